/**
 * Copies the non-image uploads the pages link to (videos, captions, PDFs) into the static site,
 * so it does not depend on the CMS being reachable by readers. Only files of published entries
 * are listed, so a file disappears with the entry that used it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { cmsSettings, downloadMedia } from '../../cms/client';
import type { Media } from '../../cms/generated/schemas';
import { mediaPath } from '../../lib/media';

export const getStaticPaths = (async () => {
  const [awards, lessons] = await Promise.all([getCollection('awards'), getCollection('lessons')]);
  const files: Media[] = [
    ...awards.flatMap(({ data }) => (data.decisionDocument ? [data.decisionDocument] : [])),
    ...lessons.flatMap(({ data }) => [data.video, data.captions, data.lessonPlan].filter((file): file is Media => Boolean(file))),
  ];
  const byName = new Map(files.map((file) => [mediaPath(file).slice('/media/'.length), file]));
  // Strapi gives every upload, and every replacement, a new file name: the same URL is the same file.
  return [...byName].map(([file, media]) => ({ params: { file }, props: { media }, cacheKey: `${media.url} ${media.size}` }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { media } = props as { media: Media };
  return new Response(await downloadMedia(cmsSettings(), media.url), { headers: { 'Content-Type': media.mime } });
};
