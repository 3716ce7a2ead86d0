import { signPreviewToken } from './token';

/** The content types the site can render as a preview, with the Content API path of each. */
export const PREVIEWABLE: Readonly<Record<string, string>> = {
  'api::article.article': 'articles',
  'api::role-model.role-model': 'role-models',
  'api::award.award': 'awards',
  'api::lesson.lesson': 'lessons',
  'api::school.school': 'schools',
};

export interface PreviewTarget {
  documentId?: string;
  status?: 'draft' | 'published' | string;
}

/**
 * The address the admin's preview pane opens: the site's preview server, rendering this one
 * document with the page template it will be published with. `null` hides the pane.
 */
export function previewLink(uid: string, { documentId, status }: PreviewTarget, { baseUrl, secret }: { baseUrl: string; secret: string }): string | null {
  const collection = PREVIEWABLE[uid];
  if (!collection || !documentId || !secret) return null;
  const params = new URLSearchParams({
    status: status === 'published' ? 'published' : 'draft',
    token: signPreviewToken({ uid, documentId }, secret),
  });
  return `${baseUrl.replace(/\/+$/, '')}/preview/${collection}/${documentId}/?${params}`;
}
