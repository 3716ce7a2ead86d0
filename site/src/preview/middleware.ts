import { env } from '@pioneers/env';
import { defineMiddleware } from 'astro:middleware';

const publicSite = new URL(env.SITE_URL);
// The CMS admin shows previews in a frame; nothing else may.
const frameAncestors = env.PREVIEW_FRAME_ANCESTORS ?? new URL(env.STRAPI_URL).origin;

/** As long as a preview link lives (cms/src/plugins/pioneers/server/preview/token.ts): the images of a preview page stay viewable that long. */
const IMAGE_LIFETIME_MS = 2 * 60 * 60 * 1000;
const MAX_REMEMBERED_IMAGES = 20_000;
/**
 * The image addresses preview pages have handed out, with when each stops working. Astro's image
 * endpoint would otherwise fetch and re-encode any upload at any size for anyone who asks.
 */
const issuedImages = new Map<string, number>();

function rememberImages(html: string): void {
  const expires = Date.now() + IMAGE_LIFETIME_MS;
  for (const [address] of html.matchAll(/\/_image\/?\?[^"'\s,<>]+/g)) {
    issuedImages.delete(address.replaceAll('&amp;', '&'));
    issuedImages.set(address.replaceAll('&amp;', '&'), expires);
  }
  // Oldest first: a Map keeps insertion order.
  for (const [address, expiry] of issuedImages) {
    if (issuedImages.size <= MAX_REMEMBERED_IMAGES && expiry > Date.now()) break;
    issuedImages.delete(address);
  }
}

const wasIssued = (address: string) => (issuedImages.get(address) ?? 0) > Date.now();

/**
 * The preview server answers previews and the images in them. Every other address belongs to
 * the public site, so links followed from a preview lead there, and only there.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const { pathname, search } = context.url;
  // Astro's image endpoint, at the address the site's trailing-slash setting gives it.
  const isImage = pathname === '/_image' || pathname === '/_image/';
  if (!pathname.startsWith('/preview/') && !isImage) {
    // Only the path changes: whatever it says (`//evil.example/`), the origin stays the public site's.
    const target = new URL(publicSite);
    target.pathname = pathname;
    target.search = search;
    return context.redirect(target.href, 302);
  }
  if (isImage && !wasIssued(`${pathname}${search}`)) return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });

  const response = await next();
  const headers = new Headers(response.headers);
  headers.set('X-Robots-Tag', 'noindex, nofollow');
  headers.set('Cache-Control', 'private, no-store');
  headers.set('Referrer-Policy', 'no-referrer');
  headers.set('X-Content-Type-Options', 'nosniff');
  headers.set('Content-Security-Policy', `frame-ancestors 'self' ${frameAncestors}; object-src 'none'; base-uri 'self'`);
  if (!isImage && headers.get('Content-Type')?.startsWith('text/html')) {
    const html = await response.text();
    rememberImages(html);
    return new Response(html, { status: response.status, statusText: response.statusText, headers });
  }
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
});
