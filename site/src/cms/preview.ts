/**
 * Drafts for the preview server (src/preview): the same queries and schemas the build uses, so a
 * preview shows exactly the fields the published page will.
 */
import { CONTENT_TYPES } from '@pioneers/contract';
import type { z } from 'astro/zod';
import { absoluteMedia, cmsSettings, fetchPreviewDocument, type CmsSettings } from './client';
import { schemas } from './generated/schemas';
import { queries } from './queries';

/** The collections the CMS issues preview links for (the registry's previewable types), by API path. */
export type PreviewCollection = Extract<(typeof CONTENT_TYPES)[number], { previewable: true }>['rest'];
export type PreviewDocument = {
  [C in PreviewCollection]: { collection: C; entry: { id: string; data: z.output<(typeof schemas)[C]> } };
}[PreviewCollection];

const previewable: ReadonlySet<string> = new Set(CONTENT_TYPES.filter((type) => type.previewable).map((type) => type.rest));

export const isPreviewCollection = (value: string | undefined): value is PreviewCollection => value !== undefined && previewable.has(value);

export async function fetchPreview(
  collection: PreviewCollection,
  documentId: string,
  grant: { token: string; status: 'draft' | 'published' },
  settings: CmsSettings = cmsSettings(),
): Promise<PreviewDocument> {
  const { sort: _sort, ...query } = queries[collection] as (typeof queries)[PreviewCollection] & { sort?: unknown };
  const raw = await fetchPreviewDocument(settings, collection, documentId, { ...grant, query });
  const { id: _id, documentId: _documentId, ...fields } = raw as Record<string, unknown>;
  const data = schemas[collection].parse(absoluteMedia(fields, settings.url));
  return { collection, entry: { id: String(fields.slug), data } } as PreviewDocument;
}
