import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort, nginxAvailable, type Service, startNginx } from '@pioneers/scripts/services';
import { builtFiles, page, rawGet } from './helpers';

const outDir = inject('outDir');
/** A content-hashed file of the build (an image Astro re-encoded). */
const asset = () => `/${builtFiles(outDir).find((file) => file.startsWith('_astro/') && !/\.(br|gz)$/.test(file))!}`;

/** What every production server must do with a build: the site server of `pnpm start`, and nginx. */
function servesLikeProduction(baseUrl: () => string) {
  it('sends pages Brotli- or gzip-compressed from the files the build wrote, revalidated on each visit', async () => {
    // fetch() decodes the body: equal text means the compressed copy holds the page.
    const br = await fetch(`${baseUrl()}/honors/`, { headers: { 'Accept-Encoding': 'br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(br.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect(br.headers.get('content-security-policy')).toContain("object-src 'none'");
    expect(await br.text()).toBe(page(outDir, 'honors'));

    const gzip = await fetch(`${baseUrl()}/honors/`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(await gzip.text()).toBe(page(outDir, 'honors'));

    const plain = await fetch(`${baseUrl()}/honors/`, { headers: { 'Accept-Encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
  });

  it('caches hashed assets for a year, immutable', async () => {
    const response = await fetch(`${baseUrl()}${asset()}`, { headers: { 'Accept-Encoding': 'br' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers a missing page 404 with the site’s page, and never serves the host files', async () => {
    const missing = await fetch(`${baseUrl()}/no-such-page/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('<html lang="zh-CN"');
    for (const file of ['/_headers', '/_headers.nginx']) expect((await fetch(`${baseUrl()}${file}`)).status, file).toBe(404);
  });

  it('never serves a hidden file of a release, however its path is spelled', async () => {
    // As a tool might leave one beside the pages.
    const hidden = ['.env.backup', 'news/.cache/notes.txt'];
    for (const file of hidden) {
      mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
      writeFileSync(path.join(outDir, file), 'NOT_FOR_READERS');
    }
    try {
      const spellings = [
        '/.env.backup',
        '/%2eenv.backup',
        '/%2Eenv.backup',
        '/news/../.env.backup',
        '//.env.backup',
        '/news/.cache/notes.txt',
        '/news/%2ecache/notes.txt',
        '/news/x/../.cache/notes.txt',
      ];
      for (const spelling of spellings) {
        const response = await rawGet(baseUrl(), spelling);
        expect(response.status, spelling).toBe(404);
        expect(response.body, spelling).not.toContain('NOT_FOR_READERS');
      }
    } finally {
      for (const file of hidden) rmSync(path.join(outDir, file), { force: true });
      rmSync(path.join(outDir, 'news/.cache'), { recursive: true, force: true });
    }
  });
}

describe('the site server', () => {
  servesLikeProduction(() => inject('siteUrl'));
});

describe.skipIf(!nginxAvailable())('nginx with site/nginx/site.conf', () => {
  let nginx: Service | undefined;
  const prefix = mkdtempSync(path.join(tmpdir(), 'hlj-nginx-'));
  beforeAll(async () => {
    nginx = await startNginx(outDir, await freePort(), prefix);
  });
  afterAll(async () => {
    await nginx?.stop();
    rmSync(prefix, { recursive: true, force: true });
  });
  servesLikeProduction(() => nginx!.url);
});
