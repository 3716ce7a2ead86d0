/**
 * Runs the CMS test suite again on a real PostgreSQL server: a throwaway cluster (initdb in a
 * temporary folder, loopback only, fsync off), each test file on its own fresh database, all
 * removed at the end. PostgreSQL comes from the OS packages (`.ci/run` installs them).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { env } from '@pioneers/env';
import { freePort } from '@pioneers/scripts/free-port';
import { cmsRoot } from './env';

function postgresBin(): string | undefined {
  if (env.PG_BIN) return env.PG_BIN;
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a)) : [];
  const packaged = versions.map((version) => `/usr/lib/postgresql/${version}/bin`).find((dir) => existsSync(path.join(dir, 'initdb')));
  if (packaged) return packaged;
  const found = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).stdout.trim();
  return found ? path.dirname(found) : undefined;
}

async function main(): Promise<number> {
  const bin = postgresBin();
  if (!bin) {
    console.error(
      'PostgreSQL is not installed, so the CMS tests cannot run on it. Install it (Debian/Ubuntu: `apt-get install postgresql`) or set PG_BIN to its bin folder.',
    );
    return 1;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'hlj-pg-'));
  const data = path.join(dir, 'data');
  // PostgreSQL refuses to run as root: as root, run it as the packaged `postgres` user.
  const asRoot = process.getuid?.() === 0;
  if (asRoot)
    chownSync(dir, Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })), Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })));
  const pg = (tool: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', path.join(bin, tool), ...args], { stdio: 'pipe' })
      : execFileSync(path.join(bin, tool), args, { stdio: 'pipe' });

  const port = await freePort();
  console.log(`▶ PostgreSQL (${bin}) on 127.0.0.1:${port}`);
  let started = false;
  try {
    pg('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale']);
    writeFileSync(path.join(dir, 'README'), 'Temporary PostgreSQL cluster for the CMS tests; removed when they finish.\n');
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    pg('pg_ctl', ['-D', data, '-l', path.join(dir, 'server.log'), '-o', options, '-w', 'start']);
    started = true;
    const vitest = spawnSync(path.join(cmsRoot, 'node_modules', '.bin', 'vitest'), ['run', ...process.argv.slice(2)], {
      cwd: cmsRoot,
      stdio: 'inherit',
      env: { ...process.env, TEST_POSTGRES_URL: `postgres://postgres@127.0.0.1:${port}/postgres` },
    });
    return vitest.status ?? 1;
  } catch (error) {
    const output = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    console.error(`PostgreSQL could not be started: ${(error as Error).message}\n${output}`);
    return 1;
  } finally {
    if (started) pg('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then((code) => process.exit(code));
