import { cpSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type BuilderOptions, Publisher, type PublisherOptions, Releases } from '@pioneers/publisher';
import { freePort, siteBuilder } from '@pioneers/scripts/services';
import { createSiteServer } from '@pioneers/scripts/site-server';
import { fetchCollection } from '../src/cms/client';

const cmsUrl = inject('cmsUrl');
const { port: controlPort, secret } = inject('rebuild');
const controlUrl = `http://127.0.0.1:${controlPort}`;
const servers: Server[] = [];
let siteUrl: string;
let releases: Releases;
let publisher: Publisher;
let headers: Record<string, string>;

/** Serves on a free port; the server's URL. */
const serve = (server: Server, port = 0) =>
  new Promise<string>((resolve) => {
    servers.push(server);
    server.listen(port, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });

/** Where the stand-in builder below puts a page for each published entry of these collections. */
const STAND_IN_PAGES = { articles: 'news', tags: 'news/tag', 'role-models': 'role-models' } as const;

/**
 * A stand-in for `astro build`, for the tests of the publishing flow rather than of the site: the
 * site built at the start, plus a page for each article, tag and role model the CMS publishes now
 * (read with the site's own CMS client, so an unreachable CMS fails it as it fails a real build).
 */
const followCms = (url: string) => async (release: string) => {
  const published = await Promise.all(
    (Object.keys(STAND_IN_PAGES) as Array<keyof typeof STAND_IN_PAGES>).map(
      async (collection) => [collection, (await fetchCollection({ url }, collection, { fields: ['slug'] })) as Array<{ slug: string }>] as const,
    ),
  );
  cpSync(inject('outDir'), release, { recursive: true });
  for (const [collection, entries] of published) {
    for (const { slug } of entries) {
      const dir = path.join(release, STAND_IN_PAGES[collection], slug);
      if (existsSync(dir)) continue;
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'index.html'), `<!doctype html><html lang="zh-CN"><title>${slug}</title></html>`);
    }
  }
};
/** Astro for the one real publish below; the stand-in after it. */
let build: PublisherOptions['build'] = siteBuilder(cmsUrl, { quiet: true });

beforeAll(async () => {
  releases = new Releases(path.join(inject('workDir'), 'published'));
  // The site the global setup built is live at first, as after `pnpm start`.
  const first = releases.create();
  cpSync(inject('outDir'), first, { recursive: true });
  releases.activate(first);
  publisher = new Publisher({
    releases,
    secret,
    debounceMs: 1500,
    log: () => {},
    build: Object.assign((release: string, options: BuilderOptions) => build(release, options), { prepare: async (dir: string) => build.prepare?.(dir) }),
  });
  await serve(publisher.createControlServer(), controlPort);
  siteUrl = await serve(createSiteServer(releases));
  headers = { Authorization: `Bearer ${inject('adminToken')}`, 'Content-Type': 'application/json' };
});
afterAll(() => {
  for (const server of servers) server.close();
});

const status = async (url: string) => (await fetch(url)).status;
/** Waits for the site to answer `expected` for a page, as a reader refreshing would. */
async function servedWithin(route: string, expected: number, seconds = 300): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < seconds * 1000) {
    // A connection the server closed as idle while the client reused it is a refresh away from an answer.
    const answered = await status(`${siteUrl}${route}`).catch(() => undefined);
    if (answered === expected) return (Date.now() - started) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${route} did not answer ${expected} within ${seconds} s; publisher: ${JSON.stringify(publisher.status)}`);
}

const article = (slug: string) => ({
  title: `发布测试 ${slug}`,
  slug,
  summary: '发布流程测试稿件。',
  publishedOn: '2026-11-28',
  body: [{ type: 'paragraph', children: [{ type: 'text', text: '测试正文。' }] }],
});
const contentManager = (uid: string) => `${cmsUrl}/content-manager/collection-types/${uid}`;

async function publishNew(uid: string, data: Record<string, unknown>): Promise<string> {
  const response = await fetch(`${contentManager(uid)}/actions/publish`, { method: 'POST', headers, body: JSON.stringify(data) });
  expect(response.status, await response.clone().text()).toBe(200);
  return ((await response.json()) as { data: { documentId: string } }).data.documentId;
}

describe('publishing in the CMS updates the site by itself', () => {
  it('a published article is built by Astro and served; unpublished, it is gone', { timeout: 600_000 }, async () => {
    const id = await publishNew('api::article.article', article('real-publish'));
    await servedWithin('/news/real-publish/', 200);
    expect(await (await fetch(`${siteUrl}/news/real-publish/`)).text()).toContain('发布测试 real-publish');
    expect(publisher.status.live?.pages).toBeGreaterThan(50);
    // This builder shows the default 48 cards a page where the global setup's build showed 4: the
    // listings' later pages, which Astro's cache holds and the builder copied in, were dropped.
    expect(existsSync(path.join(releases.live()!, 'role-models/page/2/index.html'))).toBe(false);
    expect(existsSync(path.join(inject('outDir'), 'role-models/page/2/index.html'))).toBe(true);
    await publisher.idle();
    // Between publishes the builder copies Astro's cached pages beside the building folder; the next build starts from them.
    const prepared = `${releases.building}.next`;
    expect(existsSync(path.join(prepared, 'news/real-publish/index.html'))).toBe(true);
    const preparedFolder = statSync(prepared).ino;

    expect((await fetch(`${contentManager('api::article.article')}/${id}/actions/unpublish`, { method: 'POST', headers, body: '{}' })).status).toBe(200);
    await servedWithin('/news/real-publish/', 404);
    await publisher.idle();
    expect(publisher.status.live).toMatchObject({ rendered: expect.any(Number), copied: expect.any(Number) });
    expect(publisher.status.live!.copied).toBeGreaterThan(50);
    expect(existsSync(path.join(releases.live()!, 'news/real-publish'))).toBe(false);
    // The release is that folder, renamed twice (into the building folder, then into the releases).
    expect(statSync(releases.live()!).ino).toBe(preparedFolder);
    build = followCms(cmsUrl);
  });

  it('publish → served; unpublish → gone; publish again and delete → gone', async () => {
    const id = await publishNew('api::article.article', article('publish-flow'));
    await servedWithin('/news/publish-flow/', 200);

    expect((await fetch(`${contentManager('api::article.article')}/${id}/actions/unpublish`, { method: 'POST', headers, body: '{}' })).status).toBe(200);
    await servedWithin('/news/publish-flow/', 404);

    expect(
      (
        await fetch(`${contentManager('api::article.article')}/${id}/actions/publish`, {
          method: 'POST',
          headers,
          body: JSON.stringify(article('publish-flow')),
        })
      ).status,
    ).toBe(200);
    await servedWithin('/news/publish-flow/', 200);
    expect((await fetch(`${contentManager('api::article.article')}/${id}`, { method: 'DELETE', headers })).status).toBe(200);
    await servedWithin('/news/publish-flow/', 404);
  });

  it('publishes a scheduled article at its time', async () => {
    const publishAt = new Date(Date.now() + 5000).toISOString();
    const response = await fetch(contentManager('api::article.article'), {
      method: 'POST',
      headers,
      body: JSON.stringify({ ...article('scheduled'), publishAt }),
    });
    expect(response.status).toBe(201);
    expect(await status(`${siteUrl}/news/scheduled/`)).toBe(404);
    await servedWithin('/news/scheduled/', 200);
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(publishAt));
  });

  it('coalesces a burst of 20 publishes into at most 2 builds, ending with the final state', async () => {
    await publisher.idle();
    const before = publisher.status.builds + publisher.status.failures;
    for (let index = 0; index < 20; index += 1) await publishNew('api::tag.tag', { name: `连发测试${index}`, slug: `burst-${index}` });
    await servedWithin('/news/tag/burst-19/', 200);
    await publisher.idle();
    expect(publisher.status.builds + publisher.status.failures - before).toBeLessThanOrEqual(2);
    for (let index = 0; index < 20; index += 1) expect(await status(`${siteUrl}/news/tag/burst-${index}/`)).toBe(200);
  });

  it('ignores saving a draft, and refuses a webhook without the secret', async () => {
    await publisher.idle();
    const before = publisher.status.builds;
    const withoutSecret = await fetch(`${controlUrl}/hooks/strapi`, {
      method: 'POST',
      body: JSON.stringify({ event: 'entry.publish', uid: 'api::article.article' }),
    });
    expect(withoutSecret.status).toBe(401);
    const wrongSecret = await fetch(`${controlUrl}/hooks/strapi`, {
      method: 'POST',
      headers: { Authorization: 'Bearer wrong' },
      body: JSON.stringify({ event: 'entry.publish', uid: 'api::article.article' }),
    });
    expect(wrongSecret.status).toBe(401);
    const draft = await fetch(`${controlUrl}/hooks/strapi`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${secret}` },
      body: JSON.stringify({ event: 'entry.update', uid: 'api::article.article', entry: { publishedAt: null } }),
    });
    expect(await draft.json()).toMatchObject({ queued: false });
    expect(publisher.status.pending).toEqual([]);
    expect(publisher.status.builds).toBe(before);
  });

  it('reports its state as JSON and as a page for editors', async () => {
    const json = (await (await fetch(`${controlUrl}/status`)).json()) as Publisher['status'];
    expect(json).toMatchObject({ state: 'idle', live: { release: path.basename(releases.live()!) } });
    const page = await (await fetch(`${controlUrl}/`)).text();
    expect(page).toContain('网站发布状态：已是最新');
  });
});

describe('a failed build never takes the site down', () => {
  it('keeps serving the previous site byte for byte and records why', async () => {
    // A second publisher whose CMS is down, serving a copy of the live release.
    const downReleases = new Releases(path.join(inject('workDir'), 'cms-down'));
    const copy = downReleases.create();
    cpSync(releases.live()!, copy, { recursive: true });
    downReleases.activate(copy);
    const cmsDown = `http://127.0.0.1:${await freePort()}`;
    const down = new Publisher({ releases: downReleases, secret, debounceMs: 10, log: () => {}, build: followCms(cmsDown) });
    const downSite = await serve(createSiteServer(downReleases));
    const before = await (await fetch(`${downSite}/news/`)).arrayBuffer();

    down.enqueue({ event: 'manual', subject: 'site', at: new Date().toISOString() });
    await down.idle();
    expect(down.status.lastFailure?.reason).toContain(`cannot reach the CMS at ${cmsDown}`);
    expect(downReleases.live()).toBe(copy);
    expect(downReleases.list()).toEqual([path.basename(copy)]);
    const after = await (await fetch(`${downSite}/news/`)).arrayBuffer();
    expect(Buffer.from(after).equals(Buffer.from(before))).toBe(true);
  });
});

describe('rollback', () => {
  it('serves the previous release again', async () => {
    const names = releases.list();
    expect(names.length).toBeGreaterThanOrEqual(2);
    const previous = path.join(releases.dir, names.at(-2)!);
    expect(releases.rollback()).toBe(previous);
    expect(releases.live()).toBe(previous);
    const served = await (await fetch(`${siteUrl}/news/`)).text();
    expect(served).toBe(readFileSync(path.join(previous, 'news/index.html'), 'utf8'));
  });
});

describe('an erased profile leaves no trace in publishing', () => {
  it('the status never names it, and no earlier release can be rolled back to', async () => {
    const profile = {
      name: '待删除的辅导员',
      slug: 'erasure-trace-test',
      kind: 'counselor',
      isMinor: false,
      headline: '测试',
      story: [{ type: 'paragraph', children: [{ type: 'text', text: '测试。' }] }],
    };
    const id = await publishNew('api::role-model.role-model', profile);
    await servedWithin('/role-models/erasure-trace-test/', 200);
    expect(releases.list().length).toBeGreaterThanOrEqual(2);

    expect((await fetch(`${contentManager('api::role-model.role-model')}/${id}`, { method: 'DELETE', headers })).status).toBe(200);
    await servedWithin('/role-models/erasure-trace-test/', 404);
    await publisher.idle();

    for (const view of [await (await fetch(`${controlUrl}/status`)).text(), await (await fetch(`${controlUrl}/`)).text()]) {
      expect(view).not.toContain(profile.name);
      expect(view).not.toContain(profile.slug);
    }
    expect(releases.list()).toEqual([path.basename(releases.live()!)]);
    expect(() => releases.rollback()).toThrow(/deleted when .* went live \(a profile was deleted/);
  });
});
