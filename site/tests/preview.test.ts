/**
 * The editors' draft preview: the preview server built from the site's templates, opened
 * through the link the CMS admin's preview pane gets, against the shared seeded CMS.
 */
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildPreviewServer, startPreviewServer, type Service } from '@pioneers/scripts/services';
import { draftSeed, rawGet, visibleText } from './helpers';

const cmsUrl = inject('cmsUrl');
const siteUrl = inject('siteUrl');
const PREVIEW_PORT = inject('previewPort');
let preview: Service;
let headers: Record<string, string>;

const types = [
  ['articles', 'api::article.article', 'title'],
  ['role-models', 'api::role-model.role-model', 'name'],
  ['awards', 'api::award.award', 'title'],
  ['lessons', 'api::lesson.lesson', 'title'],
  ['schools', 'api::school.school', 'name'],
] as const;

beforeAll(async () => {
  await buildPreviewServer(cmsUrl, { quiet: true });
  preview = await startPreviewServer(PREVIEW_PORT, cmsUrl, { quiet: true, env: { SITE_URL: siteUrl } });
  headers = { Authorization: `Bearer ${inject('adminToken')}`, 'Content-Type': 'application/json' };
}, 180_000);
afterAll(() => preview?.stop());

/** The draft's id, as the admin's edit view knows it. */
async function draftDocumentId(uid: string, slug: string): Promise<string> {
  const response = await fetch(`${cmsUrl}/content-manager/collection-types/${uid}?filters[$and][0][slug][$eq]=${encodeURIComponent(slug)}`, { headers });
  const body = (await response.json()) as { results: Array<{ documentId: string }> };
  return body.results[0]!.documentId;
}

/** What the preview pane in the admin's edit view opens. */
async function previewLink(uid: string, documentId: string): Promise<string> {
  const response = await fetch(`${cmsUrl}/content-manager/preview/url/${uid}?documentId=${documentId}&status=draft`, { headers });
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: { url: string } }).data.url;
}

describe('draft preview', () => {
  it.each(types)('a draft %s renders with its page template, marked as a preview and never indexed', async (collection, uid, label) => {
    const draft = draftSeed(collection)[0]!;
    const link = await previewLink(uid, await draftDocumentId(uid, draft.slug));
    expect(link.startsWith(`http://127.0.0.1:${PREVIEW_PORT}/preview/${collection}/`)).toBe(true);

    const response = await fetch(link);
    const html = await response.text();
    expect(response.status, html.slice(0, 500)).toBe(200);
    expect(visibleText(html)).toContain(draft[label]);
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(visibleText(html)).toContain('预览：这是尚未发布的内容');
    expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(response.headers.get('cache-control')).toContain('no-store');
    expect(response.headers.get('content-security-policy')).toContain(`frame-ancestors 'self' ${cmsUrl}`);

    const report = await new HtmlValidate({ extends: ['html-validate:standard', 'html-validate:a11y'] }).validateString(html);
    expect(report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId} ${message.message}`))).toEqual([]);
  });

  it('images in a preview are served by the preview server', async () => {
    const draft = draftSeed('articles')[0]!;
    const html = await (await fetch(await previewLink('api::article.article', await draftDocumentId('api::article.article', draft.slug)))).text();
    const image = html.match(/<img[^>]+src="([^"]+)"/)?.[1]?.replaceAll('&amp;', '&');
    expect(image, 'the draft has a cover').toBeTruthy();
    const response = await fetch(new URL(image!, `http://127.0.0.1:${PREVIEW_PORT}`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\//);

    // Only the images a preview page handed out: no other upload, size, format or quality, for anyone.
    const issued = new URL(image!, 'http://x');
    const upload = `${cmsUrl}/uploads/${draft.slug}.jpg`;
    const variants = [
      (params: URLSearchParams) => params.set('w', '4000'),
      (params: URLSearchParams) => params.set('f', 'png'),
      (params: URLSearchParams) => params.set('q', '100'),
      (params: URLSearchParams) => params.set('href', upload),
      (params: URLSearchParams) => params.append('extra', '1'),
      (params: URLSearchParams) => params.delete('w'),
    ];
    for (const change of variants) {
      const params = new URLSearchParams(issued.search);
      change(params);
      const other = await fetch(`http://127.0.0.1:${PREVIEW_PORT}/_image?${params}`);
      expect(other.status, params.toString()).toBe(404);
    }
  });

  it('without a valid link there is no draft: missing, altered and borrowed tokens are refused', async () => {
    const draft = draftSeed('articles')[0]!;
    const uid = 'api::article.article';
    const documentId = await draftDocumentId(uid, draft.slug);
    const token = new URL(await previewLink(uid, documentId)).searchParams.get('token')!;
    const other = ((await (await fetch(`${cmsUrl}/api/articles?fields[0]=title`)).json()) as { data: Array<{ documentId: string; title: string }> }).data[0]!;
    const base = `http://127.0.0.1:${PREVIEW_PORT}/preview`;

    for (const [url, status] of [
      [`${base}/articles/${documentId}/?status=draft`, 404],
      [`${base}/articles/${documentId}/?status=draft&token=${token.slice(0, -3)}abc`, 403],
      [`${base}/articles/${documentId}/?status=draft&token=forged.token`, 403],
      // The link names one document: it opens neither another one nor the same id as another type.
      [`${base}/articles/${other.documentId}/?status=draft&token=${token}`, 403],
      [`${base}/role-models/${documentId}/?status=draft&token=${token}`, 403],
    ] as const) {
      const response = await fetch(url);
      const text = visibleText(await response.text());
      expect(response.status, url).toBe(status);
      expect(text).toContain('无法预览');
      expect(text).not.toContain(draft.title);
      expect(text).not.toContain(other.title);
    }
  });

  it('other addresses lead to the public site, and the public site never has the draft', async () => {
    const response = await fetch(`http://127.0.0.1:${PREVIEW_PORT}/news/?page=2`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(`${siteUrl}/news/?page=2`);

    const draft = draftSeed('articles')[0]!;
    expect((await fetch(`${siteUrl}/news/${draft.slug}/`)).status).toBe(404);
  });

  it('redirects only ever lead to the public site, whatever the path says', async () => {
    const attempts = [
      '//evil.example/',
      '///evil.example/',
      '//evil.example/%2e%2e',
      '/\\evil.example/',
      '/\\/evil.example/',
      '/%2F%2Fevil.example/',
      '/%5C%5Cevil.example/',
      '/http://evil.example/',
      '/@evil.example/',
      '//evil.example@127.0.0.1/',
      '/.//evil.example/',
    ];
    const previewOrigin = `http://127.0.0.1:${PREVIEW_PORT}`;
    for (const attempt of attempts) {
      let response = await rawGet(previewOrigin, attempt);
      // The adapter's file server may first normalise the path (`/a/%2e%2e` → `/`), on the preview server itself.
      for (let hop = 0; hop < 3 && response.status === 301; hop += 1) {
        const location = new URL(String(response.headers.location), previewOrigin);
        expect(location.origin, attempt).toBe(previewOrigin);
        response = await rawGet(previewOrigin, `${location.pathname}${location.search}`);
      }
      expect(response.status, attempt).toBe(302);
      expect(new URL(String(response.headers.location)).origin, attempt).toBe(new URL(siteUrl).origin);
    }
  });
});
