import type { Core } from '@strapi/strapi';

const ARTICLE = 'api::article.article';

// Strapi's input types leave out null, which is how the Document Service clears a field.
const cleared = (field: 'publishAt' | 'unpublishAt') => ({ [field]: null }) as never;

/**
 * Publishes the articles whose `publishAt` has come and unpublishes those whose `unpublishAt`
 * has, through the Document Service, so webhooks fire and the site rebuilds as for any publish.
 * Each schedule is cleared once carried out, so an editor's later manual change is not undone.
 */
export async function runArticleSchedule(strapi: Core.Strapi, now = new Date()): Promise<{ published: string[]; unpublished: string[] }> {
  const documents = strapi.documents(ARTICLE);
  const at = now.toISOString();
  const published: string[] = [];
  const unpublished: string[] = [];

  const due = await documents.findMany({ status: 'draft', filters: { publishAt: { $lte: at } }, fields: ['slug'] });
  for (const { documentId, slug } of due) {
    await documents.update({ documentId, data: cleared('publishAt') });
    await documents.publish({ documentId });
    published.push(String(slug));
  }

  const expired = await documents.findMany({ status: 'published', filters: { unpublishAt: { $lte: at } }, fields: ['slug'] });
  for (const { documentId, slug } of expired) {
    await documents.unpublish({ documentId });
    await documents.update({ documentId, data: cleared('unpublishAt') });
    unpublished.push(String(slug));
  }

  if (published.length || unpublished.length) {
    strapi.log.info(`schedule: published ${published.join(', ') || '-'}; unpublished ${unpublished.join(', ') || '-'}`);
  }
  return { published, unpublished };
}
