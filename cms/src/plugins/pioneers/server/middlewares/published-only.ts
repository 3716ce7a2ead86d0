import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { env } from '../../../../env';
import { matchedRoutes, type MatchedRoute } from '../http/matched-routes';
import { PREVIEWABLE } from '../preview/links';
import { publishedRelations } from '../preview/published-relations';
import { verifyPreviewToken, type PreviewGrant } from '../preview/token';

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
  method: string;
  query: Record<string, unknown>;
  body?: unknown;
  get(header: string): string;
}

/**
 * The one exception: the preview server reading the draft of the single document a signed
 * preview link names (`GET /api/articles/:documentId?status=draft`), and nothing else.
 */
function grantedPreview(ctx: RequestContext, routes: MatchedRoute[], apiPrefix: string, secret: string): PreviewGrant | undefined {
  const token = ctx.get('x-preview-token');
  if (!token) return undefined;
  const grant = secret ? verifyPreviewToken(token, secret) : undefined;
  if (!grant) throw new errors.UnauthorizedError('The preview link is invalid or has expired');
  const { status, ...rest } = ctx.query;
  const ownDocument = routes.every((route) => route.path === `${apiPrefix}/${PREVIEWABLE.get(grant.uid)}/:id` && route.params.id === grant.documentId);
  return status === 'draft' && findDraftSelector(rest, '') === undefined && ownDocument ? grant : undefined;
}

/**
 * Drafts are never public: the Content API only ever answers with published versions. The rule
 * applies to every request the router sends to a Content API route, however its path is spelled.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const apiPrefix = strapi.config.get<string>('api.rest.prefix', '/api');
  // The secret config/admin.ts signs preview links with.
  const previewSecret = env.PREVIEW_SECRET ?? '';

  return async (ctx: RequestContext, next: () => Promise<unknown>) => {
    const routes = matchedRoutes(strapi, ctx).filter((route) => route.path.startsWith(`${apiPrefix}/`));
    if (routes.length === 0) return next();
    const selector = findDraftSelector(ctx.query, '');
    if (!selector) return next();
    const grant = grantedPreview(ctx, routes, apiPrefix, previewSecret);
    if (!grant) throw new errors.ValidationError(`Invalid query parameter "${selector}": only published content is available`);
    await next();
    // A grant opens its own document's draft; whatever that draft links to is shown as published.
    const body = ctx.body as { data?: Record<string, unknown> | null } | undefined;
    if (body?.data) await publishedRelations(strapi, grant.uid, body.data);
  };
};
