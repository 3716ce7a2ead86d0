/**
 * `pnpm start`: the whole platform on this machine, from a fresh clone. First-run setup
 * (secrets, admin panel build), seed content, the CMS, the rebuild service and the site server:
 * what editors publish goes live by itself. Ctrl-C stops everything.
 */
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { env, requireValidEnv } from '@pioneers/env';
import { Publisher, Releases } from '@pioneers/publisher';
import { bin, buildPreviewServer, cmsDir, run, seedCms, siteBuilder, siteDir, startCms, startPreviewServer, type Service } from './lib/services';
import { createSiteServer } from './lib/site-server';

requireValidEnv();
const cmsPort = env.PORT;
const sitePort = env.SITE_PORT;
const publishPort = env.PUBLISH_PORT;
const previewPort = env.PREVIEW_PORT;
const previewUrl = env.PREVIEW_URL;
const secret = env.SITE_REBUILD_SECRET ?? randomBytes(24).toString('base64url');
const services: Service[] = [];
const servers: Server[] = [];
let stopping = false;

function step(title: string): void {
  console.log(`\n▶ ${title}`);
}

/**
 * What the services print that a person starting the platform needs: errors and warnings, the
 * seed's progress and the first admin's password. LOG_LEVEL=debug shows everything (Strapi's
 * migrations, every request of a build, …); a step that fails shows its output anyway.
 */
const verbose = env.LOG_LEVEL === 'debug';
const show = (line: string) => verbose || /\b(error|warn(ing)?|fatal)\b|✖|^(seed|compile):|^cms\/\.env|First admin|Password:|Change it after|^=+$/i.test(line);

/** The CMS runs in production mode unless NODE_ENV says otherwise; `strapi develop` is for development. */
const mode = env.NODE_ENV ?? 'production';

async function stopAll(): Promise<void> {
  for (const server of servers.splice(0)) server.close();
  await Promise.all(services.splice(0).map((service) => service.stop()));
}

function listen(server: Server, port: number, host: string): Promise<void> {
  servers.push(server);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
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
  await run(bin(cmsDir, 'tsx'), ['scripts/first-run.ts'], { cwd: cmsDir, show });

  step('Admin panel');
  await run(bin(cmsDir, 'tsx'), ['scripts/compile.ts', '--admin'], { cwd: cmsDir, env: { NODE_ENV: mode }, show });

  step('Importing seed content');
  await seedCms({ show });

  step(`Starting the CMS on port ${cmsPort} (${mode} mode)`);
  const cms = await startCms(cmsPort, {
    env: { NODE_ENV: mode, SITE_REBUILD_URL: `http://127.0.0.1:${publishPort}/hooks/strapi`, SITE_REBUILD_SECRET: secret, PREVIEW_URL: previewUrl },
    show,
  });
  services.push(cms);

  step(`Starting the rebuild service (port ${publishPort}) and the site server (port ${sitePort})`);
  const releases = new Releases(siteDir);
  // Each build's own output is kept for its failure message; the publisher says what it does.
  const publisher = new Publisher({ releases, secret, build: siteBuilder(cms.url, { quiet: !verbose }) });
  await listen(publisher.createControlServer(), publishPort, env.PUBLISH_HOST);
  await listen(createSiteServer(releases), sitePort, env.SITE_HOST);

  step('Building the site from the CMS');
  publisher.enqueue({ event: 'start', subject: 'site', at: new Date().toISOString() });
  await publisher.idle();
  if (!releases.live()) throw new Error(`the first build failed: ${publisher.status.lastFailure?.reason}`);

  step(`Building and starting the draft preview server (port ${previewPort})`);
  // Quiet: the server build warns that static pages are not rendered on demand, which is the point.
  await buildPreviewServer(cms.url, { quiet: true });
  services.push(
    await startPreviewServer(previewPort, cms.url, {
      quiet: true,
      env: {
        HOST: env.PREVIEW_HOST,
        SITE_URL: env.SITE_URL,
        PREVIEW_FRAME_ANCESTORS: env.PREVIEW_FRAME_ANCESTORS ?? `http://localhost:${cmsPort} http://127.0.0.1:${cmsPort}`,
      },
    }),
  );

  const email = env.ADMIN_EMAIL;
  console.log(`
────────────────────────────────────────────────────────────────
  红领巾先锋 is running
  Site:        http://localhost:${sitePort}/
  CMS admin:   http://localhost:${cmsPort}/admin
  Content API: http://localhost:${cmsPort}/api/articles
  Publishing:  http://localhost:${publishPort}/ (status for editors; JSON at /status)
  Preview:     ${previewUrl}/ (drafts, opened from 预览 in the admin's edit view)
  Log in as ${email} with ADMIN_PASSWORD, or the password printed
  once in the seed output of the first run.
  Editors: invite each in 设置 → 用户 → 邀请新用户 with the role 编辑,
  作者 or 隐私管理员 and send them the link it shows (docs/editors.md).
  What editors publish goes live within seconds; \`pnpm rollback\` restores the previous site.
  Ctrl-C stops everything.
────────────────────────────────────────────────────────────────`);

  await new Promise((resolve) => cms.child.once('exit', resolve));
  if (!stopping) throw new Error('a service stopped unexpectedly');
}

main().catch(async (error: unknown) => {
  if (stopping) return;
  console.error(`\n✖ ${(error as Error).message}`);
  await stopAll();
  process.exit(1);
});
