import { describe, expect, inject, it } from 'vitest';
import { CmsError, fetchCollection, fetchDocuments, PAGE_SIZE } from '../src/cms/client';
import { queries } from '../src/cms/queries';
import { buildSite, freePort } from '@pioneers/scripts/services';
import path from 'node:path';

const cmsUrl = inject('cmsUrl');

describe('the CMS client', () => {
  it(`pages through every entry at ${PAGE_SIZE} a page, past Strapi's default page of 25`, async () => {
    const headers = { Authorization: `Bearer ${inject('adminToken')}`, 'Content-Type': 'application/json' };
    const created: string[] = [];
    try {
      for (let index = 0; index < PAGE_SIZE + 10; index += 1) {
        const response = await fetch(`${cmsUrl}/content-manager/collection-types/api::tag.tag/actions/publish`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ name: `分页测试${index}`, slug: `paging-test-${index}` }),
        });
        expect(response.status, await response.clone().text()).toBe(200);
        created.push(((await response.json()) as { data: { documentId: string } }).data.documentId);
      }
      const tags = (await fetchCollection({ url: cmsUrl }, 'tags', { fields: ['slug'] })) as Array<{ slug: string }>;
      const slugs = new Set(tags.map((tag) => tag.slug));
      for (let index = 0; index < PAGE_SIZE + 10; index += 1) expect(slugs.has(`paging-test-${index}`)).toBe(true);
      expect(tags.length).toBe(slugs.size);
    } finally {
      for (const documentId of created) {
        await fetch(`${cmsUrl}/content-manager/collection-types/api::tag.tag/${documentId}`, { method: 'DELETE', headers });
      }
    }
  });

  it.each(['articles', 'awards', 'lessons'] as const)('fetches %s by documentId, a page of ids per request, within the query bounds', async (name) => {
    const settings = { url: cmsUrl };
    const all = (await fetchCollection(settings, name, queries[name])) as Array<{ documentId: string }>;
    const unknown = Array.from({ length: PAGE_SIZE * 2 - all.length + 5 }, (_, index) => `no-such-document-${index}`);
    const fetched = (await fetchDocuments(settings, name, queries[name], [...unknown, ...all.map((entry) => entry.documentId)])) as typeof all;
    const byId = (entries: typeof all) => [...entries].sort((a, b) => a.documentId.localeCompare(b.documentId));
    expect(byId(fetched)).toEqual(byId(all));
  });

  it('names the URL and the cause when the CMS cannot be reached', async () => {
    const down = `http://127.0.0.1:${await freePort()}`;
    const error = await fetchCollection({ url: down }, 'articles', {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CmsError);
    expect((error as Error).message).toContain(`cannot reach the CMS at ${down} (ECONNREFUSED)`);
  });

  it('names the status and the CMS message when a request is refused', async () => {
    const error = await fetchCollection({ url: cmsUrl, token: 'not-a-token' }, 'articles', {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CmsError);
    expect((error as Error).message).toMatch(/answered 401 Unauthorized for http:\/\/127\.0\.0\.1:\d+\/api\/articles\?.*: Missing or invalid credentials/);
  });

  it('fails the build with that message when the CMS is down', async () => {
    const outDir = path.join(inject('workDir'), 'dist-unreachable');
    const down = `http://127.0.0.1:${await freePort()}`;
    const error = await buildSite(down, outDir, { quiet: true }).catch((caught: unknown) => caught);
    expect((error as Error).message).toContain(`cannot reach the CMS at ${down} (ECONNREFUSED)`);
  });
});
