import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

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

/** Drafts are never public: the Content API only ever answers with published versions. */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const apiPrefix = strapi.config.get<string>('api.rest.prefix', '/api');

  return async (ctx: { path: string; query: unknown }, next: () => Promise<unknown>) => {
    if (ctx.path === apiPrefix || ctx.path.startsWith(`${apiPrefix}/`)) {
      const selector = findDraftSelector(ctx.query, '');
      if (selector) {
        throw new errors.ValidationError(`Invalid query parameter "${selector}": only published content is available`);
      }
    }
    return next();
  };
};
