/**
 * `pnpm build`: the static site and its search index into site/dist (or SITE_OUT_DIR), from the
 * CMS at STRAPI_URL. Without a CMS to read it says so in one line, not with Astro's stack trace.
 */
import path from 'node:path';
import { env, requireValidEnv } from '@pioneers/env';
import { stopSearchIndexer } from '@pioneers/publisher';
import { cmsSettings } from 'site/cms/client';
import { buildSite, siteDir } from './lib/services';

requireValidEnv('site');
const { url, snapshotDir } = cmsSettings();
const outDir = path.resolve(siteDir, env.SITE_OUT_DIR);

async function main(): Promise<void> {
  if (
    !snapshotDir &&
    !(await fetch(`${url}/_health`).then(
      (response) => response.ok,
      () => false,
    ))
  ) {
    throw new Error(`no CMS answers at ${url}. Start it first (\`pnpm start\`), or set STRAPI_URL to a running one.`);
  }
  await buildSite(url, outDir);
  await stopSearchIndexer();
  console.log(`build: the site is in ${path.relative(process.cwd(), outDir) || '.'}`);
}

main().catch((error: unknown) => {
  console.error(`build: ${(error as Error).message.split('\n')[0]}`);
  process.exit(1);
});
