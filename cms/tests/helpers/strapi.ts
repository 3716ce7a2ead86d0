import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createStrapi, type Core } from '@strapi/strapi';
import pg from 'pg';
import supertest from 'supertest';
import { cmsRoot } from '../../scripts/env';

import { throwawaySecrets } from '../../../scripts/lib/services';

export { contentDir } from '../../../scripts/lib/content-files';
export const ADMIN = { email: 'admin@test.example.com', password: 'Test-admin-1234' };

export interface TestCms {
  strapi: Core.Strapi;
  http: () => ReturnType<typeof supertest>;
  workDir: string;
  stop: () => Promise<void>;
}

/**
 * A fresh, empty database: a temporary SQLite file, or a new database on the PostgreSQL server
 * that TEST_POSTGRES_URL names (scripts/test-postgres.ts runs the suite that way).
 */
export async function freshDatabase(workDir: string): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> {
  const server = process.env.TEST_POSTGRES_URL;
  if (!server) return { env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(workDir, 'test.db') }, drop: async () => {} };
  const name = `hlj_test_${randomBytes(6).toString('hex')}`;
  const onServer = async (sql: string) => {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await onServer(`CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.href }, drop: () => onServer(`DROP DATABASE ${name} WITH (FORCE)`) };
}

/**
 * A real Strapi on a fresh temporary database (see freshDatabase) and uploads folder, with its
 * HTTP server mounted (not listening: supertest drives it). `stop` destroys it and deletes both.
 */
export async function startCms(): Promise<TestCms> {
  const workDir = mkdtempSync(path.join(tmpdir(), 'hlj-cms-'));
  mkdirSync(path.join(workDir, 'public', 'uploads'), { recursive: true });
  const database = await freshDatabase(workDir);
  Object.assign(process.env, {
    NODE_ENV: 'test',
    // Schedules run only when a test calls them.
    CRON_ENABLED: 'false',
    ...database.env,
    STRAPI_PUBLIC_DIR: path.join(workDir, 'public'),
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    ...throwawaySecrets(),
    PREVIEW_URL: 'http://preview.test:4323',
  });

  // strapi.destroy() removes every process listener, Vitest's own included: put them back after.
  const listeners = process.eventNames().map((event) => [event, process.listeners(event as never)] as const);
  const strapi = await createStrapi({ appDir: cmsRoot, distDir: path.join(cmsRoot, 'dist'), serveAdminPanel: false }).load();
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
