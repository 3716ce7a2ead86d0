import { CONTENT_TYPES } from '../../../../generated/registry';
import { signPreviewToken } from './token';

/** The content types the site can render as a preview, with the Content API path of each. */
export const PREVIEWABLE: ReadonlyMap<string, string> = new Map(CONTENT_TYPES.filter((type) => type.previewable).map((type) => [type.uid, type.rest]));

export interface PreviewTarget {
  documentId?: string;
  status?: 'draft' | 'published' | string;
}

/**
 * The address the admin's preview pane opens: the site's preview server, rendering this one
 * document with the page template it will be published with. `null` hides the pane.
 */
export function previewLink(uid: string, { documentId, status }: PreviewTarget, { baseUrl, secret }: { baseUrl: string; secret: string }): string | null {
  const collection = PREVIEWABLE.get(uid);
  if (!collection || !documentId || !secret) return null;
  const params = new URLSearchParams({
    status: status === 'published' ? 'published' : 'draft',
    token: signPreviewToken({ uid, documentId }, secret),
  });
  return `${baseUrl.replace(/\/+$/, '')}/preview/${collection}/${documentId}/?${params}`;
}
