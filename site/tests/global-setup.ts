/**
 * A real CMS on a temporary SQLite database, seeded with content/, and the site built from it
 * and served, exactly as `pnpm start` does; shared by every test file, removed at the end.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import type { Server } from 'node:http';
import { Releases } from '../../scripts/lib/releases';
import { buildSite, seedCms, startCms, throwawaySecrets, type Service } from '../../scripts/lib/services';
import { createSiteServer } from '../../scripts/lib/site-server';

export const ADMIN = { email: 'site-tests@example.com', password: 'Site-tests-1234' };
/** Where the CMS sends its webhooks; tests/publisher.test.ts listens there. */
export const REBUILD = { port: 4402, secret: 'rebuild-secret-for-tests' };
/** Where the CMS's preview links point; tests/preview.test.ts runs the preview server there. */
export const PREVIEW_PORT = 4405;

declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string;
    siteUrl: string;
    outDir: string;
    workDir: string;
    admin: typeof ADMIN;
    rebuild: typeof REBUILD;
  }
}

export default async function setup(project: TestProject) {
  const workDir = mkdtempSync(path.join(tmpdir(), 'hlj-site-'));
  mkdirSync(path.join(workDir, 'public', 'uploads'), { recursive: true });
  const env = {
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: path.join(workDir, 'cms.db'),
    STRAPI_PUBLIC_DIR: path.join(workDir, 'public'),
    SERVE_ADMIN_PANEL: 'false',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    ...throwawaySecrets(),
    PREVIEW_URL: `http://127.0.0.1:${PREVIEW_PORT}`,
    HOST: '127.0.0.1',
    SITE_REBUILD_URL: `http://127.0.0.1:${REBUILD.port}/hooks/strapi`,
    SITE_REBUILD_SECRET: REBUILD.secret,
    SCHEDULE_RULE: '*/2 * * * * *',
    SITE_HOST: '127.0.0.1',
    // The seed's listings are short: with 4 cards first, their islands load the rest and page.
    LISTING_FIRST_CARDS: '4',
  };
  const services: Service[] = [];
  let siteServer: Server | undefined;
  const teardown = async () => {
    siteServer?.close();
    await Promise.all(services.map((service) => service.stop()));
    rmSync(workDir, { recursive: true, force: true });
  };

  try {
    await seedCms({ env, quiet: true });
    const cms = await startCms(1401, { env, quiet: true });
    services.push(cms);
    // Served the way `pnpm start` serves it: a release behind the site server, with its headers.
    const releases = new Releases(path.join(workDir, 'site'));
    await buildSite(cms.url, releases.building, { env, quiet: true });
    const outDir = releases.adopt();
    releases.activate(outDir);
    siteServer = createSiteServer(releases);
    await new Promise<void>((resolve) => siteServer!.listen(4401, '127.0.0.1', resolve));

    project.provide('cmsUrl', cms.url);
    project.provide('siteUrl', 'http://127.0.0.1:4401');
    project.provide('outDir', outDir);
    project.provide('workDir', workDir);
    project.provide('admin', ADMIN);
    project.provide('rebuild', REBUILD);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
