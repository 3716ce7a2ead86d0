import type { Core, UID } from '@strapi/strapi';

type Context = { uid: string; action: string; params: unknown };
type Params = { documentId?: string; data?: Record<string, unknown>; status?: string };

/** Whether a Document Service call makes an entry public: publishing it, or saving it as published. */
export function isPublishing(context: Context): boolean {
  const { status } = context.params as Params;
  return context.action === 'publish' || (['create', 'update'].includes(context.action) && status === 'published');
}

/** The entry as it will be published: the stored draft, with what the call saves over it. */
export async function entryBeingPublished(strapi: Core.Strapi, context: Context, populate?: '*'): Promise<Record<string, unknown>> {
  const { documentId, data } = context.params as Params;
  const stored = documentId
    ? await strapi.documents(context.uid as UID.ContentType).findOne({ documentId, status: 'draft', ...(populate ? { populate } : {}) })
    : undefined;
  return { ...(stored as Record<string, unknown> | null), ...(context.action === 'publish' ? {} : data) };
}
