/**
 * Serves whichever release `live` points to at the moment of each request, with the security
 * headers the build wrote into the release's `_headers` file, the Brotli or gzip copy the build
 * wrote beside each text file (site/src/integrations/precompress.ts) and caching headers.
 * site/nginx.conf does the same in production.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import type { Releases } from '@pioneers/publisher';

/** The site-wide (`/*`) headers of a `_headers` file (Cloudflare Pages / Netlify format). */
export function readHeadersFile(dir: string): Record<string, string> {
  const file = path.join(dir, '_headers');
  if (!existsSync(file)) return {};
  const headers: Record<string, string> = {};
  let inSiteWideBlock = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) {
      inSiteWideBlock = line.trim() === '/*';
      continue;
    }
    const separator = line.indexOf(':');
    if (inSiteWideBlock && separator > 0) headers[line.slice(0, separator).trim()] = line.slice(separator + 1).trim();
  }
  return headers;
}

/** Files a release holds for the host (Cloudflare Pages / Netlify, nginx), never pages to serve. */
const HOST_FILES = new Set(['_headers', '_redirects', '_headers.nginx']);

/**
 * Astro's `/_astro/` files have a hash of their content in their name: a new version is a new
 * address, so they are cached for a year. Everything else is revalidated (ETag) on each visit, so a
 * publish is seen at once.
 */
export function cacheControl(pathname: string): string {
  return pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate';
}

/**
 * Whether a request path reaches a file this server never serves (a host file, a hidden one), however it is spelled:
 * percent-encoded, with dot segments, doubled or back slashes, a trailing slash or another case.
 */
export function isNeverServed(url: string): boolean {
  let pathname = url.split('?')[0] ?? '';
  for (let round = 0; round < 3; round += 1) {
    try {
      pathname = decodeURIComponent(pathname);
    } catch {
      return true; // undecodable: not a path this server serves
    }
  }
  const segments = path.posix
    .normalize(`/${pathname.replaceAll('\\', '/')}`)
    .split('/')
    .filter(Boolean);
  if (segments.some((segment) => segment.startsWith('.') && segment !== '.well-known')) return true;
  return HOST_FILES.has((segments[0] ?? '').toLowerCase().replace(/[\s.\0]+$/, ''));
}

interface LiveRelease {
  serve: ReturnType<typeof sirv>;
  headers: Record<string, string>;
}

export function createSiteServer(releases: Releases): Server {
  let current: { dir: string; release: LiveRelease } | undefined;
  const releaseAt = (dir: string): LiveRelease => {
    if (current?.dir !== dir) {
      const headers = readHeadersFile(dir);
      const serve = sirv(dir, {
        // Looks each request's file up on disk instead of listing the release first: the list of a
        // 10k-page release (39k files, each one stat'ed) took seconds, on the first request after
        // every publish, with every reader waiting. Hidden files are refused above, as the list did.
        dev: true,
        extensions: ['html'],
        etag: true,
        brotli: true,
        gzip: true,
        setHeaders: (response, pathname) => {
          for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
          response.setHeader('Cache-Control', cacheControl(pathname));
        },
      });
      current = { dir, release: { serve, headers } };
    }
    return current.release;
  };

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const live = releases.live();
    if (!live) {
      response.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '10' });
      response.end('网站正在首次生成，请稍后再试。');
      return;
    }
    const { serve, headers } = releaseAt(live);
    if (isNeverServed(request.url ?? '/')) request.url = '/404-not-served';
    serve(request, response, () => {
      // Not there because the release itself went (an erasure deletes the earlier ones): try again.
      if (!existsSync(live)) throw new Error('the release was removed while answering');
      let notFound: Buffer | string = 'Not found';
      try {
        notFound = readFileSync(path.join(live, '404.html'));
      } catch {
        // a release without a 404 page still answers 404
      }
      response.writeHead(404, { ...headers, 'Content-Type': 'text/html; charset=utf-8' });
      response.end(notFound);
    });
  };

  // A request that meets a release as it is switched or deleted (an erasure deletes the earlier
  // ones at once) is answered "try again", never with a dropped connection or a stopped server.
  return createServer((request, response) => {
    try {
      handle(request, response);
    } catch (error) {
      console.error(`site server: ${request.url}: ${(error as Error).message}`);
      if (!response.headersSent) response.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '1' });
      response.end('请稍后刷新。');
    }
  });
}
