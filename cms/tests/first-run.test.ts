/**
 * A fresh clone has no cms/.env. Every command that boots Strapi does its own first-run setup, so
 * `pnpm seed` works before `pnpm start` ever ran (it used to stop with "App keys are required",
 * because Strapi reads .env when it is imported, before the seed had written it).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { bin, cmsDir, throwawaySecrets } from '@pioneers/scripts/services';

const dir = mkdtempSync(path.join(tmpdir(), 'hlj-first-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('`pnpm seed` without cms/.env generates the secrets, then seeds', { timeout: 300_000 }, () => {
  const content = path.join(dir, 'content');
  mkdirSync(path.join(content, 'tags'), { recursive: true });
  writeFileSync(path.join(content, 'tags', 'first-run.json'), JSON.stringify({ name: '首次运行', slug: 'first-run' }));
  const secrets = Object.keys(throwawaySecrets());
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !secrets.includes(name) && !name.startsWith('DATABASE_')));
  const envFile = path.join(dir, 'cms.env');

  const seed = spawnSync(bin(cmsDir, 'tsx'), ['scripts/seed.ts'], {
    cwd: cmsDir,
    encoding: 'utf8',
    env: {
      ...env,
      ENV_PATH: envFile,
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: path.join(dir, 'cms.db'),
      STRAPI_PUBLIC_DIR: path.join(dir, 'public'),
      SEED_CONTENT_DIR: content,
      CRON_ENABLED: 'false',
    },
  });
  expect(seed.status, `${seed.stdout}\n${seed.stderr}`).toBe(0);
  expect(seed.stdout).toMatch(/seed: done — 1 created/);
  const written = readFileSync(envFile, 'utf8');
  for (const name of secrets) expect(written).toMatch(new RegExp(`^${name}=.+$`, 'm'));
});

it.each([
  ['seed', 'scripts/seed.ts', { DATABASE_CLIENT: 'mysql' }, 'DATABASE_CLIENT="mysql" is not valid: expected one of sqlite, postgres'],
  ['backup', 'scripts/backup.ts', { DATABASE_PORT: '5432x' }, 'DATABASE_PORT="5432x" is not valid: expected a whole number from 0 to 65535'],
  ['first-run', 'scripts/first-run.ts', { CRON_ENABLED: 'yes' }, 'CRON_ENABLED="yes" is not valid: expected true or false'],
])('`pnpm %s` with a bad value in the environment stops with one line naming it, before any work', (_name, script, bad, line) => {
  const run = spawnSync(bin(cmsDir, 'tsx'), [script], { cwd: cmsDir, encoding: 'utf8', env: { ...process.env, ENV_PATH: path.join(dir, 'bad.env'), ...bad } });
  expect(run.status).toBe(1);
  expect(run.stderr).toBe(`env: ${line}\n`);
});
