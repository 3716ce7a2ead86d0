/**
 * `pnpm seed`: imports content/ into the CMS database (the one DATABASE_* points at).
 * Boots Strapi in this process, without its HTTP server.
 */
import path from 'node:path';
import { env } from '@pioneers/env';
import { createStrapi } from '@strapi/strapi';
import { SeedContentError } from './seed/content';
import { seedContent } from './seed/import';
import { compileCms } from './compile';
import { cmsRoot, firstRun } from './env';

const contentDir = path.resolve(env.SEED_CONTENT_DIR ?? path.join(cmsRoot, '..', 'content'));

async function main(): Promise<void> {
  firstRun();
  console.log('seed: compiling the CMS…');
  const distDir = await compileCms();
  const strapi = await createStrapi({ appDir: cmsRoot, distDir }).load();
  try {
    await seedContent(strapi, contentDir);
  } finally {
    await strapi.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof SeedContentError ? error.message : error);
  process.exit(1);
});
