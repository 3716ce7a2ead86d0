import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES, type ContentType } from '../../../../generated/registry';

/** Types with a page of their own on the site, addressed by slug. */
type AddressedUid = Extract<ContentType, { lists: null; route: string }>['uid'];
const ADDRESSED: ReadonlySet<string> = new Set(CONTENT_TYPES.filter((type) => type.route !== null && type.lists === null).map((type) => type.uid));
const isAddressed = (uid: string): uid is AddressedUid => ADDRESSED.has(uid);

type Addressed = { slug?: string; formerSlugs?: unknown };

/**
 * When an entry is published under a new slug, its old one is kept in `formerSlugs`, so the site
 * can send readers (and links others have shared) from the old address to the new one.
 */
export function registerFormerSlugs(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const params = context.params as { documentId?: string; data?: Addressed; status?: string };
    const publishing = context.action === 'publish' || (context.action === 'update' && params.status === 'published');
    if (!publishing || !isAddressed(context.uid) || !params.documentId) return next();

    const documents = strapi.documents(context.uid);
    const published = await documents.findOne({ documentId: params.documentId, status: 'published', fields: ['slug'] });
    const draft = await documents.findOne({ documentId: params.documentId, status: 'draft', fields: ['slug', 'formerSlugs'] });
    const newSlug = params.data?.slug ?? draft?.slug;
    if (published?.slug && newSlug && published.slug !== newSlug) {
      const former = Array.isArray(draft?.formerSlugs) ? (draft.formerSlugs as unknown[]).filter((slug): slug is string => typeof slug === 'string') : [];
      const formerSlugs = [...new Set([...former, published.slug])].filter((slug) => slug !== newSlug);
      if (context.action === 'update') params.data = { ...params.data, formerSlugs };
      else await documents.update({ documentId: params.documentId, data: { formerSlugs } });
    }
    return next();
  });
}
