/**
 * `pnpm start`: the whole platform on this machine, from a fresh clone. First-run setup
 * (secrets, admin panel build), seed content, the CMS, then the site built from it and served.
 * Ctrl-C stops everything.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildSite, cmsDir, run, seedCms, serveSite, siteDir, startCms, type Service } from './lib/services';

const cmsPort = Number(process.env.PORT ?? 1337);
const sitePort = Number(process.env.SITE_PORT ?? 4321);
const services: Service[] = [];
let stopping = false;

function step(title: string): void {
  console.log(`\n▶ ${title}`);
}

function newestChange(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .reduce((newest, entry) => Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs), 0);
}

function adminPanelIsCurrent(): boolean {
  const built = path.join(cmsDir, 'dist', 'build', 'index.html');
  return existsSync(built) && statSync(built).mtimeMs > newestChange(path.join(cmsDir, 'src', 'admin'));
}

async function stopAll(): Promise<void> {
  await Promise.all(services.splice(0).map((service) => service.stop()));
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopping = true;
    console.log('\nStopping…');
    void stopAll().then(() => process.exit(0));
  });
}

async function main(): Promise<void> {
  step('First-run setup: secrets in cms/.env, uploads folder');
  await run(path.join(cmsDir, 'node_modules', '.bin', 'tsx'), ['scripts/first-run.ts'], { cwd: cmsDir });

  if (adminPanelIsCurrent()) {
    step('Admin panel: already built');
  } else {
    step('Building the admin panel (first run only, about a minute)');
    await run(path.join(cmsDir, 'node_modules', '.bin', 'strapi'), ['build'], { cwd: cmsDir });
  }

  step('Importing seed content');
  await seedCms();

  step(`Starting the CMS on port ${cmsPort}`);
  const cms = await startCms(cmsPort);
  services.push(cms);

  step('Building the site from the CMS');
  const outDir = path.join(siteDir, 'dist');
  await buildSite(cms.url, outDir);

  step(`Serving the site on port ${sitePort}`);
  services.push(await serveSite(outDir, sitePort));

  const email = process.env.ADMIN_EMAIL || 'admin@example.com';
  console.log(`
────────────────────────────────────────────────────────────────
  红领巾先锋 is running
  Site:        http://localhost:${sitePort}/
  CMS admin:   http://localhost:${cmsPort}/admin
  Content API: http://localhost:${cmsPort}/api/articles
  Log in as ${email} with ADMIN_PASSWORD, or the password printed
  once in the seed output of the first run.
  After editing in the CMS, rebuild the site with: npx -y pnpm@12.4.2 build
  Ctrl-C stops everything.
────────────────────────────────────────────────────────────────`);

  await Promise.race(services.map((service) => new Promise((resolve) => service.child.once('exit', resolve))));
  if (!stopping) throw new Error('a service stopped unexpectedly');
}

main().catch(async (error: unknown) => {
  if (stopping) return;
  console.error(`\n✖ ${(error as Error).message}`);
  await stopAll();
  process.exit(1);
});
