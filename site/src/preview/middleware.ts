import { defineMiddleware } from 'astro:middleware';

const publicSite = process.env.SITE_URL || 'http://localhost:4321';
// The CMS admin shows previews in a frame; nothing else may.
const frameAncestors = process.env.PREVIEW_FRAME_ANCESTORS || new URL(process.env.STRAPI_URL || 'http://127.0.0.1:1337').origin;

/**
 * The preview server answers previews and the images in them. Every other address belongs to
 * the public site, so links followed from a preview lead there.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const { pathname, search } = context.url;
  if (!pathname.startsWith('/preview/') && !pathname.startsWith('/_image')) {
    return context.redirect(new URL(`${pathname}${search}`, publicSite).href, 302);
  }
  const response = await next();
  const headers = new Headers(response.headers);
  headers.set('X-Robots-Tag', 'noindex, nofollow');
  headers.set('Cache-Control', 'private, no-store');
  headers.set('Referrer-Policy', 'no-referrer');
  headers.set('X-Content-Type-Options', 'nosniff');
  headers.set('Content-Security-Policy', `frame-ancestors 'self' ${frameAncestors}; object-src 'none'; base-uri 'self'`);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
});
