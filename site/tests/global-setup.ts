/**
 * A real CMS on a temporary SQLite database, seeded with content/ (a copy of the run's seed
 * template), and the site built from it and served, exactly as `pnpm start` does; shared by every
 * test file, removed at the end. Every port is a free one, passed to the tests with `provide`.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import type { Server } from 'node:http';
import { Releases } from '@pioneers/publisher';
import { copyTemplateUploads, seedTemplate, TEST_ADMIN } from '@pioneers/scripts/seed-template';
import { buildSite, freePort, startCms, throwawaySecrets, type Service } from '@pioneers/scripts/services';
import { createSiteServer } from '@pioneers/scripts/site-server';
import { adminToken } from './helpers';

declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string;
    siteUrl: string;
    outDir: string;
    workDir: string;
    admin: typeof TEST_ADMIN;
    /**
     * One admin session for every file: Strapi allows five logins per address and e-mail in five
     * minutes, and the files that change content outnumber that.
     */
    adminToken: string;
    /** Where the CMS sends its webhooks; tests/publisher.test.ts listens there. */
    rebuild: { port: number; secret: string };
    /** Where the CMS's preview links point; tests/preview.test.ts runs the preview server there. */
    previewPort: number;
  }
}

export default async function setup(project: TestProject) {
  const workDir = mkdtempSync(path.join(tmpdir(), 'hlj-site-'));
  const rebuild = { port: await freePort(), secret: 'rebuild-secret-for-tests' };
  const previewPort = await freePort();
  const env = {
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: path.join(workDir, 'cms.db'),
    STRAPI_PUBLIC_DIR: path.join(workDir, 'public'),
    SERVE_ADMIN_PANEL: 'false',
    ...throwawaySecrets(),
    PREVIEW_URL: `http://127.0.0.1:${previewPort}`,
    HOST: '127.0.0.1',
    SITE_REBUILD_URL: `http://127.0.0.1:${rebuild.port}/hooks/strapi`,
    SITE_REBUILD_SECRET: rebuild.secret,
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
    // The seed template scripts/test.ts shares with the CMS tests, or one made here.
    const template = await seedTemplate(process.env.HLJ_TEST_SEED_DIR ?? path.join(workDir, 'seed'));
    cpSync(template.database.DATABASE_FILENAME!, env.DATABASE_FILENAME);
    copyTemplateUploads(template, env.STRAPI_PUBLIC_DIR);
    const cms = await startCms(await freePort(), { env, quiet: true });
    services.push(cms);
    // Served the way `pnpm start` serves it: a release behind the site server, with its headers.
    const releases = new Releases(path.join(workDir, 'site'));
    await buildSite(cms.url, releases.building, { env, quiet: true });
    const outDir = releases.adopt();
    releases.activate(outDir);
    siteServer = createSiteServer(releases);
    const sitePort = await freePort();
    await new Promise<void>((resolve) => siteServer!.listen(sitePort, '127.0.0.1', resolve));

    project.provide('cmsUrl', cms.url);
    project.provide('siteUrl', `http://127.0.0.1:${sitePort}`);
    project.provide('outDir', outDir);
    project.provide('workDir', workDir);
    project.provide('admin', TEST_ADMIN);
    project.provide('adminToken', await adminToken(cms.url, TEST_ADMIN));
    project.provide('rebuild', rebuild);
    project.provide('previewPort', previewPort);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
