/**
 * The content sync against the real CMS, through a proxy that counts its requests: the site's
 * loaders synced together as Astro does, each edit an editor can make followed by a sync. After
 * every one the incremental store must equal a sync from scratch, within 10 requests.
 */
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { countingProxy } from '@pioneers/scripts/measure';
import { freePort } from '@pioneers/scripts/services';
import { strapiLoader } from '../src/cms/loader';
import { fetchCollection } from '../src/cms/client';
import { isSingleType, queries, type CollectionName } from '../src/cms/queries';
import { fakeLoaderContext } from './fake-loader-context';

const cmsUrl = inject('cmsUrl');
const COLLECTIONS = Object.keys(queries) as CollectionName[];
const ERASED_NAME = '（应监护人要求隐去姓名）';

let proxy: ReturnType<typeof countingProxy>;
let proxyUrl: string;
let headers: Record<string, string>;
let site: ReturnType<typeof siteStores>;
beforeAll(async () => {
  proxy = countingProxy(cmsUrl);
  const port = await freePort();
  await new Promise<void>((resolve) => proxy.server.listen(port, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${port}`;
  site = siteStores();
  headers = { Authorization: `Bearer ${inject('adminToken')}`, 'Content-Type': 'application/json' };
});
afterAll(() => new Promise((resolve) => (proxy.server as Server).close(resolve)));

/** The site's loaders, each with its own store kept between syncs. */
function siteStores() {
  const stores = new Map(COLLECTIONS.map((name) => [name, fakeLoaderContext()]));
  const loaders = COLLECTIONS.map((name) => strapiLoader(name, { url: proxyUrl }));
  return {
    stores,
    entry: (name: CollectionName, id: string) => stores.get(name)!.entries.get(id)?.data,
    /** One sync of every collection; resolves to the number of API requests it made. */
    async sync(): Promise<number> {
      proxy.reset();
      await Promise.all(loaders.map((loader, index) => loader.load(stores.get(COLLECTIONS[index]!)!.context)));
      return proxy.counts.get('api') ?? 0;
    },
    contents: () =>
      Object.fromEntries(COLLECTIONS.map((name) => [name, Object.fromEntries([...stores.get(name)!.entries].map(([id, entry]) => [id, entry.data]))])),
  };
}

/** What a sync from an empty store finds now. */
async function fromScratch() {
  const fresh = siteStores();
  await fresh.sync();
  return fresh.contents();
}

async function documentId(collection: string, slug: string): Promise<string> {
  const body = (await (await fetch(`${cmsUrl}/api/${collection}?filters[slug][$eq]=${slug}&fields[0]=slug`)).json()) as { data: Array<{ documentId: string }> };
  return body.data[0]!.documentId;
}

async function contentManager(method: string, path: string, body?: unknown): Promise<void> {
  const response = await fetch(`${cmsUrl}/content-manager/collection-types/${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(response.status, await response.text()).toBe(200);
}
const edit = async (uid: string, id: string, data: Record<string, unknown>) => {
  await contentManager('PUT', `${uid}/${id}`, data);
  await contentManager('POST', `${uid}/${id}/actions/publish`, {});
};

/** After a change in the CMS: one sync, within the budget, leaves the store as a sync from scratch would. */
async function syncAfterChange(): Promise<void> {
  const requests = await site.sync();
  expect(requests).toBeLessThanOrEqual(10);
  expect(site.contents()).toEqual(await fromScratch());
}

describe('the incremental content sync', () => {
  it('is complete at first, and asks only for the versions when nothing changed', async () => {
    await site.sync();
    for (const name of COLLECTIONS.filter((collection) => !isSingleType(collection))) {
      const published = (await fetchCollection({ url: cmsUrl }, name, { fields: ['slug'] })) as Array<{ slug: string }>;
      expect([...site.stores.get(name)!.entries.keys()].sort()).toEqual(published.map((entry) => entry.slug).sort());
    }
    expect(site.entry('homepage', 'homepage')).toBeTruthy();
    expect(await site.sync()).toBe(1);
  });

  it('brings an edit', async () => {
    const slug = '2024-yanxue-shijian';
    const id = await documentId('articles', slug);
    const title = site.entry('articles', slug)!.title as string;
    try {
      await edit('api::article.article', id, { title: `${title}（修订）` });
      await syncAfterChange();
      expect(site.entry('articles', slug)!.title).toBe(`${title}（修订）`);
    } finally {
      await edit('api::article.article', id, { title });
    }
  });

  it('drops what is unpublished or deleted, and brings what is published anew', async () => {
    const slug = '2024-yanxue-shijian';
    const id = await documentId('articles', slug);
    await contentManager('POST', `api::article.article/${id}/actions/unpublish`, {});
    await syncAfterChange();
    expect(site.entry('articles', slug)).toBeUndefined();

    await contentManager('POST', `api::article.article/${id}/actions/publish`, {});
    await syncAfterChange();
    expect(site.entry('articles', slug)).toBeTruthy();

    await contentManager('POST', 'api::tag.tag/actions/publish', { name: '同步测试', slug: 'sync-test' });
    await syncAfterChange();
    expect(site.entry('tags', 'sync-test')).toMatchObject({ name: '同步测试' });
    await contentManager('DELETE', `api::tag.tag/${await documentId('tags', 'sync-test')}`);
    await syncAfterChange();
    expect(site.entry('tags', 'sync-test')).toBeUndefined();
  });

  it('brings a renamed school into every entry that shows it, though none of them changed', async () => {
    const school = await documentId('schools', 'hongxing-xiaoxue');
    const name = site.entry('schools', 'hongxing-xiaoxue')!.name as string;
    try {
      await edit('api::school.school', school, { name: '河洛区红星小学（更名）' });
      await syncAfterChange();
      const articles = [...site.stores.get('articles')!.entries.values()].filter(
        (entry) => (entry.data.school as { slug?: string } | null)?.slug === 'hongxing-xiaoxue',
      );
      expect(articles.length).toBeGreaterThan(0);
      for (const article of articles) expect(article.data.school).toMatchObject({ name: '河洛区红星小学（更名）' });
    } finally {
      await edit('api::school.school', school, { name });
    }
  });

  it('brings an erasure: the profile gone, the name out of the award list it was written into in place', async () => {
    await contentManager('DELETE', `api::role-model.role-model/${await documentId('role-models', 'chen-yutong')}`);
    await syncAfterChange();
    expect(site.entry('role-models', 'chen-yutong')).toBeUndefined();
    const award = JSON.stringify(site.entry('awards', '2024-district-outstanding-pupils'));
    expect(award).toContain(ERASED_NAME);
    expect(award).not.toContain('陈雨桐');
  });

  it("brings the site settings that mask pupils' names into every award list", async () => {
    const settings = `${cmsUrl}/content-manager/single-types/api::site-setting.site-setting`;
    const display = async (minorNameDisplay: string) => {
      for (const [method, url, body] of [
        ['PUT', settings, { minorNameDisplay }],
        ['POST', `${settings}/actions/publish`, {}],
      ] as const) {
        const response = await fetch(url, { method, headers, body: JSON.stringify(body) });
        expect(response.status, await response.text()).toBe(200);
      }
    };
    const names = () => (site.entry('awards', '2024-district-outstanding-pupils')!.recipients as Array<{ name: string }>).map((recipient) => recipient.name);
    const fullNames = names();
    try {
      await display('masked');
      await syncAfterChange();
      expect(names()).not.toEqual(fullNames);
      expect(names().filter((name) => name !== ERASED_NAME)).toEqual(expect.arrayContaining([expect.stringContaining('*')]));
    } finally {
      await display('full');
    }
    await syncAfterChange();
    expect(names()).toEqual(fullNames);
  });

  it('brings a changed media file into the entries that show it', async () => {
    const slug = '2024-yanxue-shijian';
    const cover = site.entry('articles', slug)!.cover as { alternativeText: string };
    const file = (await (await fetch(`${cmsUrl}/api/articles/${await documentId('articles', slug)}?populate[cover][fields][0]=url`)).json()) as {
      data: { cover: { id: number } };
    };
    const update = (alternativeText: string) => {
      const body = new FormData();
      body.set('fileInfo', JSON.stringify({ alternativeText }));
      return fetch(`${cmsUrl}/upload?id=${file.data.cover.id}`, { method: 'POST', headers: { Authorization: headers.Authorization! }, body });
    };
    try {
      expect((await update('研学实践（新说明）')).status).toBe(200);
      await syncAfterChange();
      expect(site.entry('articles', slug)!.cover).toMatchObject({ alternativeText: '研学实践（新说明）' });
    } finally {
      await update(cover.alternativeText);
    }
  });
});
