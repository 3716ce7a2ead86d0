/** Serves whichever release `live` points to at the moment of each request. */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import type { Releases } from './releases';

export function createSiteServer(releases: Releases): Server {
  const handlers = new Map<string, ReturnType<typeof sirv>>();
  const handlerFor = (dir: string) => {
    let handler = handlers.get(dir);
    if (!handler) {
      handler = sirv(dir, { extensions: ['html'], etag: true, gzip: false, brotli: false });
      handlers.clear();
      handlers.set(dir, handler);
    }
    return handler;
  };

  return createServer((request, response) => {
    const live = releases.live();
    if (!live) {
      response.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '10' });
      response.end('网站正在首次生成，请稍后再试。');
      return;
    }
    handlerFor(live)(request, response, () => {
      let notFound: Buffer | string = 'Not found';
      try {
        notFound = readFileSync(path.join(live, '404.html'));
      } catch {
        // a release without a 404 page still answers 404
      }
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(notFound);
    });
  });
}
