import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createStrapi, type Core } from '@strapi/strapi';
import pg from 'pg';
import supertest from 'supertest';
import { inject } from 'vitest';
import { cmsRoot } from '../../scripts/env';
import { copyTemplateUploads, seedTemplate, TEST_ADMIN, type SeedTemplate } from '@pioneers/scripts/seed-template';
import { throwawaySecrets } from '@pioneers/scripts/services';

export { contentDir } from '@pioneers/scripts/content-files';
export const ADMIN = TEST_ADMIN;

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where this run's seed template lives (see seedTemplate). */
    seedDir: string;
  }
}

const onServer = async (server: string, sql: string) => {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
};

const onDatabase = (server: string, name: string) => {
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.href;
};

/**
 * This run's seeded template (made by the first test that asks for it): a SQLite file, or a
 * database on the PostgreSQL server that TEST_POSTGRES_URL names.
 */
export async function seededTemplate(): Promise<SeedTemplate> {
  const dir = inject('seedDir');
  const server = process.env.TEST_POSTGRES_URL;
  if (!server) return seedTemplate(dir);
  const name = 'hlj_seed_template';
  return seedTemplate(dir, {
    env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: onDatabase(server, name) },
    // Again after a seed that failed half-way.
    create: async () => {
      await onServer(server, `DROP DATABASE IF EXISTS ${name}`);
      await onServer(server, `CREATE DATABASE ${name}`);
    },
  });
}

export interface TestCms {
  strapi: Core.Strapi;
  http: () => ReturnType<typeof supertest>;
  workDir: string;
  stop: () => Promise<void>;
}

/**
 * A fresh database: a temporary SQLite file, or a new database on the PostgreSQL server that
 * TEST_POSTGRES_URL names (scripts/test-postgres.ts runs the suite that way). Empty, or a copy of
 * the seeded template's database when one is given.
 */
export async function freshDatabase(workDir: string, template?: SeedTemplate): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> {
  const server = process.env.TEST_POSTGRES_URL;
  if (!server) {
    const file = path.join(workDir, 'test.db');
    if (template) copyFileSync(template.database.DATABASE_FILENAME!, file);
    return { env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file }, drop: async () => {} };
  }
  const name = `hlj_test_${randomBytes(6).toString('hex')}`;
  const source = template && new URL(template.database.DATABASE_URL!).pathname.slice(1);
  await onServer(server, `CREATE DATABASE ${name}${source ? ` TEMPLATE ${source}` : ''}`);
  return { env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: onDatabase(server, name) }, drop: () => onServer(server, `DROP DATABASE ${name} WITH (FORCE)`) };
}

/**
 * A real Strapi on a fresh temporary database (see freshDatabase) and uploads folder, with its
 * HTTP server mounted (not listening: supertest drives it). `stop` destroys it and deletes both.
 * `seeded`: both start as copies of the seeded template (content/ imported, ADMIN the super admin),
 * which is what `seedContent` on an empty one gives, in a second instead of a minute.
 * `adminPanel`: it serves the admin panel built in dist/build (`strapi build`), for a browser.
 * `cron`: the scheduled tasks are scheduled (CRON_ENABLED).
 */
export async function startCms({
  seeded = false,
  adminPanel = false,
  cron = false,
}: {
  seeded?: boolean;
  adminPanel?: boolean;
  cron?: boolean;
} = {}): Promise<TestCms> {
  const workDir = mkdtempSync(path.join(tmpdir(), 'hlj-cms-'));
  mkdirSync(path.join(workDir, 'public', 'uploads'), { recursive: true });
  const template = seeded ? await seededTemplate() : undefined;
  const database = await freshDatabase(workDir, template);
  if (template) copyTemplateUploads(template, path.join(workDir, 'public'));
  Object.assign(process.env, {
    NODE_ENV: 'test',
    // Schedules run only when a test calls them, unless it asks for the scheduler.
    CRON_ENABLED: String(cron),
    ...database.env,
    STRAPI_PUBLIC_DIR: path.join(workDir, 'public'),
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    ...throwawaySecrets(),
    PREVIEW_URL: 'http://preview.test:4323',
  });

  // strapi.destroy() removes every process listener, Vitest's own included: put them back after.
  const listeners = process.eventNames().map((event) => [event, process.listeners(event as never)] as const);
  const strapi = await createStrapi({ appDir: cmsRoot, distDir: path.join(cmsRoot, 'dist'), serveAdminPanel: adminPanel }).load();
  strapi.log.level = process.env.TEST_LOG_LEVEL ?? 'warn';
  strapi.server.mount();

  return {
    strapi,
    workDir,
    http: () => supertest(strapi.server.httpServer),
    async stop() {
      await strapi.destroy();
      for (const [event, handlers] of listeners) {
        for (const handler of handlers) {
          if (!process.listeners(event as never).includes(handler as never)) process.on(event as never, handler as never);
        }
      }
      await database.drop();
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}

/** A new active admin user with that role (its code, e.g. `strapi-editor`), and how to sign in as them. */
export async function adminUser(cms: TestCms, roleCode: string): Promise<{ email: string; password: string }> {
  const role = await cms.strapi.db.query('admin::role').findOne({ where: { code: roleCode } });
  const email = `user-${randomBytes(4).toString('hex')}@admin.test`;
  const password = 'Admin-test-1234';
  await cms.strapi.service('admin::user').create({ email, firstname: '测试用户', password, isActive: true, registrationToken: null, roles: [role.id] });
  return { email, password };
}

/** The project's scheduled tasks (src/plugins/pioneers/server/cron-tasks.ts) as Strapi's scheduler holds them, beside its own. */
export function scheduledTasks(cms: TestCms): Array<{ name: string | null; options: unknown }> {
  const tasks = ['articleSchedule', 'consentCheck'];
  return (cms.strapi.cron.jobs as Array<{ name: string | null; options: unknown }>)
    .filter((job) => tasks.includes(job.name ?? ''))
    .map(({ name, options }) => ({ name, options }));
}
