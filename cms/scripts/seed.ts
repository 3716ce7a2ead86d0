/**
 * `pnpm seed`: imports content/ into the CMS database (the one DATABASE_* points at).
 * Boots Strapi in this process, without its HTTP server.
 */
import path from 'node:path';
import { env } from '@pioneers/env';
import { setImmediate } from 'node:timers/promises';
import { type Core, createStrapi } from '@strapi/strapi';
import { SeedContentError } from './seed/content';
import { seedContent } from './seed/import';
import { compileCms } from './compile';
import { cmsRoot, firstRun } from './env';

const contentDir = path.resolve(env.SEED_CONTENT_DIR ?? path.join(cmsRoot, '..', 'content'));

type Pool = { numUsed(): number; numPendingAcquires(): number; numPendingCreates(): number };

/**
 * Resolves once no query runs or waits for a connection. The Document Service sends each entry's
 * events after its transaction commits, without waiting, and each first reads the entry again
 * (populated): closing the database under them aborted those reads and failed the seed.
 */
async function databaseIdle(strapi: Core.Strapi): Promise<void> {
  const pool = (strapi.db.connection.client as { pool: Pool }).pool;
  const busy = () => pool.numUsed() + pool.numPendingAcquires() + pool.numPendingCreates() > 0;
  // A read of several queries lets go of the connection between them for a moment: idle twice running.
  for (let idleChecks = 0; idleChecks < 2; idleChecks = busy() ? 0 : idleChecks + 1) await setImmediate();
}

async function main(): Promise<void> {
  firstRun();
  console.log('seed: compiling the CMS…');
  const distDir = await compileCms();
  const strapi = await createStrapi({ appDir: cmsRoot, distDir }).load();
  try {
    await seedContent(strapi, contentDir);
    await databaseIdle(strapi);
  } finally {
    await strapi.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof SeedContentError ? error.message : error);
  process.exit(1);
});
