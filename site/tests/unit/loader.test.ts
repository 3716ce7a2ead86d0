/**
 * The content-layer loader against a fake Astro LoaderContext, reading the CMS's answers from a
 * snapshot folder (the client's STRAPI_SNAPSHOT_DIR mode): no CMS, no Astro build.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { strapiLoader } from '../../src/cms/loader';
import { fakeLoaderContext as fakeContext } from '../fake-loader-context';

const CMS = 'http://cms.test';
let snapshotDir: string;
beforeEach(() => (snapshotDir = mkdtempSync(path.join(tmpdir(), 'hlj-loader-'))));
afterEach(() => rmSync(snapshotDir, { recursive: true, force: true }));

const answer = (name: string, data: unknown) => writeFileSync(path.join(snapshotDir, `${name}.json`), JSON.stringify(data));

const article = (slug: string, title: string) => ({
  id: 7,
  documentId: `doc-${slug}`,
  slug,
  title,
  cover: { url: `/uploads/${slug}.jpg`, mime: 'image/jpeg', formats: { small: { url: `/uploads/small_${slug}.jpg`, mime: 'image/jpeg' } } },
  elsewhere: { url: 'https://media.example.com/x.jpg', mime: 'image/jpeg' },
});

describe('the CMS loader', () => {
  it('keys entries by slug, drops row ids, and makes CMS media URLs absolute', async () => {
    answer('articles', [article('a', '一'), article('b', '二')]);
    const { entries, context, meta } = fakeContext();
    await strapiLoader('articles', { url: CMS, snapshotDir }).load(context);
    expect([...entries.keys()]).toEqual(['a', 'b']);
    const data = entries.get('a')!.data;
    expect(data).not.toHaveProperty('id');
    expect(data).not.toHaveProperty('documentId');
    expect(data.cover).toMatchObject({ url: `${CMS}/uploads/a.jpg`, formats: { small: { url: `${CMS}/uploads/small_a.jpg` } } });
    expect(data.elsewhere).toMatchObject({ url: 'https://media.example.com/x.jpg' });
    expect(meta.get('lastSynced')).toBeTruthy();
  });

  it('re-parses only changed entries and removes those no longer published', async () => {
    const { entries, parsed, context } = fakeContext();
    const loader = strapiLoader('articles', { url: CMS, snapshotDir });
    answer('articles', [article('a', '一'), article('b', '二'), article('c', '三')]);
    await loader.load(context);
    parsed.length = 0;

    answer('articles', [article('a', '一'), article('c', '三（改）')]);
    await loader.load(context);
    expect(parsed).toEqual(['c']);
    expect([...entries.keys()].sort()).toEqual(['a', 'c']);
    expect(entries.get('c')!.data.title).toBe('三（改）');
  });

  it('keys a single type by its name, and stores nothing when it has no entry', async () => {
    const { entries, context } = fakeContext();
    answer('homepage', { id: 1, documentId: 'home', heroTitle: '首页' });
    await strapiLoader('homepage', { url: CMS, snapshotDir }).load(context);
    expect(entries.get('homepage')!.data).toEqual({ heroTitle: '首页' });

    answer('homepage', null);
    await strapiLoader('homepage', { url: CMS, snapshotDir }).load(context);
    expect([...entries.keys()]).toEqual([]);
  });
});

/**
 * A stand-in CMS over real HTTP for the loader's bookkeeping: it answers the versions listing and
 * `filters[documentId][$in]` queries from what a test publishes, and records every request.
 */
async function standInCms() {
  const published = new Map<string, Map<string, { version: string; entry: Record<string, unknown> }>>();
  const requests: string[] = [];
  const afterListing: Array<() => void> = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url!, 'http://cms');
    requests.push(url.pathname + (url.searchParams.has('filters[documentId][$in][0]') ? ' (some)' : ''));
    const name = url.pathname.replace('/api/', '');
    const answer = (body: unknown) => response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
    if (name === 'content-versions') {
      answer({
        data: Object.fromEntries(
          [...published].map(([type, documents]) => [type, Object.fromEntries([...documents].map(([id, { version }]) => [id, version]))]),
        ),
      });
      for (const change of afterListing.splice(0)) change();
      return;
    }
    const documents = [...(published.get(name) ?? new Map())];
    if (name === 'homepage') return answer({ data: documents[0]?.[1].entry ?? null });
    const wanted = [...url.searchParams].filter(([key]) => key.startsWith('filters[documentId][$in]')).map(([, value]) => value);
    const data = documents.filter(([id]) => !wanted.length || wanted.includes(id)).map(([documentId, { entry }]) => ({ id: 1, documentId, ...entry }));
    answer({ data, meta: { pagination: { page: 1, pageCount: 1 } } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const publish = (type: string, documentId: string, entry: Record<string, unknown>, version = JSON.stringify(entry)) => {
    if (!published.has(type)) published.set(type, new Map());
    published.get(type)!.set(documentId, { version, entry });
  };
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    /** A change made just after the next listing was sent, before the loader fetches. */
    afterListing,
    publish,
    unpublish: (type: string, documentId: string) => published.get(type)?.delete(documentId),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

describe('the CMS loader after the first sync', () => {
  let cms: Awaited<ReturnType<typeof standInCms>>;
  beforeEach(async () => {
    cms = await standInCms();
    cms.publish('homepage', 'home', { heroTitle: '首页' });
    for (const slug of ['a', 'b', 'c']) cms.publish('articles', `doc-${slug}`, { slug, title: slug });
  });
  afterEach(() => cms.close());

  async function syncedArticles() {
    const astro = fakeContext();
    const loader = strapiLoader('articles', { url: cms.url });
    await loader.load(astro.context);
    expect(cms.requests).toEqual(['/api/content-versions', '/api/articles']);
    cms.requests.length = 0;
    astro.parsed.length = 0;
    return { ...astro, sync: () => loader.load(astro.context) };
  }

  it('asks only for the versions when nothing changed', async () => {
    const { sync, parsed, entries } = await syncedArticles();
    await sync();
    expect(cms.requests).toEqual(['/api/content-versions']);
    expect(parsed).toEqual([]);
    expect([...entries.keys()]).toEqual(['a', 'b', 'c']);
  });

  it('fetches only documents whose version changed, and removes those no longer listed without fetching', async () => {
    const { sync, parsed, entries } = await syncedArticles();
    cms.publish('articles', 'doc-b', { slug: 'b', title: 'b（改）' });
    cms.unpublish('articles', 'doc-c');
    await sync();
    expect(cms.requests).toEqual(['/api/content-versions', '/api/articles (some)']);
    expect(parsed).toEqual(['b']);
    expect(entries.get('b')!.data.title).toBe('b（改）');
    expect([...entries.keys()]).toEqual(['a', 'b']);
  });

  it('moves an entry whose slug changed, and drops one unpublished between the listing and the fetch', async () => {
    const { sync, entries, meta } = await syncedArticles();
    cms.publish('articles', 'doc-a', { slug: 'a-new', title: 'a' });
    cms.publish('articles', 'doc-c', { slug: 'c', title: 'c（改）' });
    cms.afterListing.push(() => cms.unpublish('articles', 'doc-c'));
    await sync();
    expect([...entries.keys()].sort()).toEqual(['a-new', 'b']);
    expect(Object.keys(JSON.parse(meta.get('documents')!)).sort()).toEqual(['doc-a', 'doc-b']);
  });

  it('syncs in full again when the store no longer holds what the last sync recorded, or the query or CMS address changed', async () => {
    const { sync, entries, meta, context } = await syncedArticles();
    entries.delete('b');
    await sync();
    expect(cms.requests).toEqual(['/api/content-versions', '/api/articles']);
    expect([...entries.keys()].sort()).toEqual(['a', 'b', 'c']);

    cms.requests.length = 0;
    meta.set('query', 'the query of an older site');
    await sync();
    expect(cms.requests).toEqual(['/api/content-versions', '/api/articles']);

    // Media URLs are stored absolute: from another address of the CMS, every entry is fetched again.
    const moved = await standInCms();
    try {
      for (const slug of ['a', 'b', 'c']) moved.publish('articles', `doc-${slug}`, { slug, title: slug });
      await strapiLoader('articles', { url: moved.url }).load(context);
      expect(moved.requests).toEqual(['/api/content-versions', '/api/articles']);
    } finally {
      await moved.close();
    }
  });

  it('asks for a page of documents per request when many changed', async () => {
    const { sync, entries } = await syncedArticles();
    for (let index = 0; index < 250; index += 1) cms.publish('articles', `doc-many-${index}`, { slug: `many-${index}`, title: `${index}` });
    await sync();
    expect(cms.requests).toEqual(['/api/content-versions', ...Array(3).fill('/api/articles (some)')]);
    expect(entries.size).toBe(253);
  });

  it('shares one listing between the collections of a sync, and asks again at the next', async () => {
    const articles = fakeContext();
    const homepage = fakeContext();
    const settings = { url: cms.url };
    const sync = () => Promise.all([strapiLoader('articles', settings).load(articles.context), strapiLoader('homepage', settings).load(homepage.context)]);
    await sync();
    expect(cms.requests.filter((path) => path === '/api/content-versions')).toHaveLength(1);
    expect(homepage.entries.get('homepage')!.data).toEqual({ heroTitle: '首页' });

    cms.requests.length = 0;
    cms.unpublish('homepage', 'home');
    await sync();
    expect(cms.requests).toEqual(['/api/content-versions']);
    expect(homepage.entries.size).toBe(0);
  });
});
