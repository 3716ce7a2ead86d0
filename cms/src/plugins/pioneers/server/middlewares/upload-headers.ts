import type { Core } from '@strapi/strapi';
import { KINDS, kindOfStoredName } from '../../../../extensions/upload/types';

interface UploadsContext {
  path: string;
  status: number;
  type: string;
  set(header: string, value: string): void;
}

/**
 * Uploads are served (by the local provider) from the CMS origin, where a file a browser ran as a
 * page could act as a signed-in editor. Only the accepted kinds are served, as their verified type,
 * never sniffed, in a sandbox with no rights (media still play: a CSP on a media response does not
 * stop a <video> elsewhere from using it); documents are downloaded, not opened on this origin.
 */
export default (_config: unknown, _context: { strapi: Core.Strapi }) => async (ctx: UploadsContext, next: () => Promise<void>) => {
  if (!ctx.path.startsWith('/uploads/')) return next();
  const kind = kindOfStoredName(ctx.path);
  if (!kind) {
    ctx.status = 404;
    return undefined;
  }
  await next();
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.set('Content-Security-Policy', "sandbox; default-src 'none'");
  if (ctx.status >= 200 && ctx.status < 300) {
    ctx.type = KINDS[kind].mime;
    if (KINDS[kind].group === 'document') ctx.set('Content-Disposition', 'attachment');
  }
  return undefined;
};
