/**
 * Drafts for the preview server (src/preview): the same queries and schemas the build uses, so a
 * preview shows exactly the fields the published page will.
 */
import type { z } from 'astro/zod';
import { absoluteMedia, cmsSettings, fetchPreviewDocument, type CmsSettings } from './client';
import { queries } from './queries';
import * as schemas from './schemas';

/** The collections the CMS issues preview links for (cms/src/preview/links.ts), by API path. */
const previewable = {
  articles: schemas.article,
  'role-models': schemas.roleModel,
  awards: schemas.award,
  lessons: schemas.lesson,
  schools: schemas.school,
} as const;

export type PreviewCollection = keyof typeof previewable;
export type PreviewDocument = {
  [C in PreviewCollection]: { collection: C; entry: { id: string; data: z.output<(typeof previewable)[C]> } };
}[PreviewCollection];

export const isPreviewCollection = (value: string | undefined): value is PreviewCollection => value !== undefined && Object.hasOwn(previewable, value);

export async function fetchPreview(
  collection: PreviewCollection,
  documentId: string,
  grant: { token: string; status: 'draft' | 'published' },
  settings: CmsSettings = cmsSettings(),
): Promise<PreviewDocument> {
  const { sort: _sort, ...query } = queries[collection] as (typeof queries)[PreviewCollection] & { sort?: unknown };
  const raw = await fetchPreviewDocument(settings, collection, documentId, { ...grant, query });
  const { id: _id, documentId: _documentId, ...fields } = raw as Record<string, unknown>;
  const data = previewable[collection].parse(absoluteMedia(fields, settings.url));
  return { collection, entry: { id: String(fields.slug), data } } as PreviewDocument;
}
