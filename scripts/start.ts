/**
 * `pnpm start`: the whole platform on this machine, from a fresh clone.
 * First-run setup (secrets, admin panel build), seed content, then the CMS; Ctrl-C stops it all.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const cmsDir = path.join(root, 'cms');
const port = Number(process.env.PORT ?? 1337);
const cmsUrl = `http://localhost:${port}`;
const children = new Set<ChildProcess>();

function step(title: string): void {
  console.log(`\n▶ ${title}`);
}

/** Runs a pnpm script, streaming its output; `done` rejects on failure. */
function pnpm(args: string[], options: { background?: boolean } = {}): ChildProcess & { done: Promise<void> } {
  // pnpm puts its own bin folder on the PATH of the scripts it runs, so this is the same pnpm.
  const child = spawn('pnpm', args, {
    cwd: root,
    stdio: 'inherit',
    env: process.env,
  });
  children.add(child);
  const done = new Promise<void>((resolve, reject) => {
    child.on('exit', (code, signal) => {
      children.delete(child);
      if (code === 0) resolve();
      else reject(new Error(`pnpm ${args.join(' ')} ${signal ? `was stopped (${signal})` : `exited with ${code}`}`));
    });
  });
  if (options.background) done.catch(() => {});
  return Object.assign(child, { done });
}

function newestChange(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .reduce((newest, entry) => Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs), 0);
}

function adminPanelIsCurrent(): boolean {
  const built = path.join(cmsDir, 'dist', 'build', 'index.html');
  if (!existsSync(built)) return false;
  return statSync(built).mtimeMs > newestChange(path.join(cmsDir, 'src', 'admin'));
}

async function waitForHealth(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${url}/_health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the CMS did not answer at ${url}/_health within ${timeoutMs / 1000} s`);
}

function stopAll(): void {
  for (const child of children) child.kill('SIGTERM');
}
process.on('SIGINT', () => {
  console.log('\nStopping…');
  stopAll();
});
process.on('SIGTERM', stopAll);

async function main(): Promise<void> {
  step('First-run setup: secrets in cms/.env');
  await pnpm(['--filter', 'cms', 'first-run']).done;

  if (adminPanelIsCurrent()) {
    step('Admin panel: already built');
  } else {
    step('Building the admin panel (first run only, about a minute)');
    await pnpm(['--filter', 'cms', 'build']).done;
  }

  step('Importing seed content');
  await pnpm(['--filter', 'cms', 'seed']).done;

  step(`Starting the CMS on ${cmsUrl}`);
  const cms = pnpm(['--filter', 'cms', 'start'], { background: true });
  await Promise.race([waitForHealth(cmsUrl), cms.done]);

  const email = process.env.ADMIN_EMAIL || 'admin@example.com';
  console.log(`
────────────────────────────────────────────────────────────────
  红领巾先锋 is running
  CMS admin:   ${cmsUrl}/admin
  Content API: ${cmsUrl}/api/articles
  Log in as ${email} with ADMIN_PASSWORD, or the password printed
  once in the seed output on the first run.
  Ctrl-C stops everything.
────────────────────────────────────────────────────────────────`);
  await cms.done;
}

main().catch((error: unknown) => {
  console.error(`\n✖ ${(error as Error).message}`);
  stopAll();
  process.exit(1);
});
