import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import { asListed, cacheKey } from '../../../lib/cache-keys';
import { awardShareImage } from '../../../lib/share-image';
import { newestAwards, type PageEntry } from '../../../lib/site';

export const getStaticPaths = (async () =>
  Promise.all(
    // The image shows what the award's card shows (and the site's name, in every key).
    (await newestAwards()).map(async (award) => ({ params: { slug: award.data.slug }, props: { award }, cacheKey: await cacheKey([asListed(award)]) })),
  )) satisfies GetStaticPaths;

/** `GET /honors/<award>/share.png`: the award's 1200×630 share image (lib/share-image.ts). */
export const GET: APIRoute<{ award: PageEntry<'awards'> }> = async ({ props }) => {
  const siteName = (await getEntry('siteSetting', 'site-setting'))?.data.siteName ?? '红领巾先锋';
  return new Response(new Uint8Array(await awardShareImage(props.award, siteName)), { headers: { 'Content-Type': 'image/png' } });
};
