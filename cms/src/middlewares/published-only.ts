import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { PREVIEWABLE } from '../preview/links';
import { verifyPreviewToken } from '../preview/token';

/**
 * Query keys with which Strapi 5's Content API selects draft or unpublished document versions.
 * `status=published` is the default and stays allowed; everything else that chooses a
 * publication state is refused, at any depth (populate fragments carry their own params).
 */
const PUBLICATION_STATE_KEYS = new Set(['status', 'publicationFilter', 'hasPublishedVersion', 'publicationState']);

function findDraftSelector(value: unknown, path: string): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, child] of Object.entries(value)) {
    const childPath = path ? `${path}[${key}]` : key;
    if (PUBLICATION_STATE_KEYS.has(key) && !(key === 'status' && child === 'published')) return childPath;
    const nested = findDraftSelector(child, childPath);
    if (nested) return nested;
  }
  return undefined;
}

interface RequestContext {
  path: string;
  query: Record<string, unknown>;
  get(header: string): string;
}

/**
 * The one exception: the preview server reading the draft of the single document a signed
 * preview link names (`GET /api/articles/:documentId?status=draft`), and nothing else.
 */
function isGrantedPreview(ctx: RequestContext, apiPrefix: string, secret: string): boolean {
  const token = ctx.get('x-preview-token');
  if (!token) return false;
  const grant = secret ? verifyPreviewToken(token, secret) : undefined;
  if (!grant) throw new errors.UnauthorizedError('The preview link is invalid or has expired');
  const { status, ...rest } = ctx.query;
  return (
    status === 'draft' &&
    findDraftSelector(rest, '') === undefined &&
    ctx.path === `${apiPrefix}/${PREVIEWABLE[grant.uid]}/${grant.documentId}`
  );
}

/** Drafts are never public: the Content API only ever answers with published versions. */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const apiPrefix = strapi.config.get<string>('api.rest.prefix', '/api');
  // The secret config/admin.ts signs preview links with.
  const previewSecret = process.env.PREVIEW_SECRET ?? '';

  return async (ctx: RequestContext, next: () => Promise<unknown>) => {
    if (ctx.path === apiPrefix || ctx.path.startsWith(`${apiPrefix}/`)) {
      const selector = findDraftSelector(ctx.query, '');
      if (selector && !isGrantedPreview(ctx, apiPrefix, previewSecret)) {
        throw new errors.ValidationError(`Invalid query parameter "${selector}": only published content is available`);
      }
    }
    return next();
  };
};
