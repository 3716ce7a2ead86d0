import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a preview link grants: reading one document's draft, until it expires. */
export interface PreviewGrant {
  uid: string;
  documentId: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
}

/** Long enough to review and revise a story in one sitting; a leaked link soon stops working. */
export const PREVIEW_LIFETIME_MS = 2 * 60 * 60 * 1000;

const mac = (payload: string, secret: string) => createHmac('sha256', secret).update(payload).digest('base64url');

/**
 * A signed, expiring grant. The CMS both signs (for the admin's preview pane) and checks it (when
 * the preview server asks for the draft), so the signing secret never leaves the CMS.
 */
export function signPreviewToken(grant: Omit<PreviewGrant, 'expiresAt'>, secret: string, now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ uid: grant.uid, documentId: grant.documentId, expiresAt: now + PREVIEW_LIFETIME_MS })).toString('base64url');
  return `${payload}.${mac(payload, secret)}`;
}

/** The grant a token carries, or `undefined` when it is forged, altered or expired. */
export function verifyPreviewToken(token: string, secret: string, now = Date.now()): PreviewGrant | undefined {
  const [payload, signature, ...rest] = token.split('.');
  if (!payload || !signature || rest.length > 0) return undefined;
  const expected = Buffer.from(mac(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  try {
    const grant = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<PreviewGrant>;
    if (typeof grant.uid !== 'string' || typeof grant.documentId !== 'string' || typeof grant.expiresAt !== 'number') return undefined;
    return grant.expiresAt > now ? (grant as PreviewGrant) : undefined;
  } catch {
    return undefined;
  }
}
