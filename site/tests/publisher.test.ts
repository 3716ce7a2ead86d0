import { cpSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Publisher } from '../../scripts/lib/publisher';
import { Releases } from '../../scripts/lib/releases';
import { createSiteServer } from '../../scripts/lib/site-server';
import { adminToken } from './helpers';

const cmsUrl = inject('cmsUrl');
const { port: controlPort, secret } = inject('rebuild');
const sitePort = controlPort + 1;
const siteUrl = `http://127.0.0.1:${sitePort}`;
const controlUrl = `http://127.0.0.1:${controlPort}`;
const servers: Server[] = [];
let releases: Releases;
let publisher: Publisher;
let headers: Record<string, string>;

const listen = (server: Server, port: number) =>
  new Promise<void>((resolve) => {
    servers.push(server);
    server.listen(port, '127.0.0.1', resolve);
  });

beforeAll(async () => {
  releases = new Releases(path.join(inject('workDir'), 'published'));
  publisher = new Publisher({ cmsUrl, releases, secret, debounceMs: 1500, quiet: true, log: () => {} });
  await listen(publisher.createControlServer(), controlPort);
  await listen(createSiteServer(releases), sitePort);
  publisher.enqueue({ event: 'start', subject: 'site', at: new Date().toISOString() });
  await publisher.idle();
  headers = { Authorization: `Bearer ${await adminToken(cmsUrl, inject('admin'))}`, 'Content-Type': 'application/json' };
});
afterAll(() => servers.forEach((server) => server.close()));

const status = async (url: string) => (await fetch(url)).status;
/** Waits for the site to answer `expected` for a page, as a reader refreshing would. */
async function servedWithin(route: string, expected: number, seconds = 90): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < seconds * 1000) {
    if ((await status(`${siteUrl}${route}`)) === expected) return (Date.now() - started) / 1000;
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
  it('serves the first build', async () => {
    expect(await status(`${siteUrl}/honors/`)).toBe(200);
    expect(publisher.status.live?.pages).toBeGreaterThan(50);
  });

  it('publish → served; unpublish → gone; publish again and delete → gone', async () => {
    const id = await publishNew('api::article.article', article('publish-flow'));
    await servedWithin('/news/publish-flow/', 200);
    expect(await (await fetch(`${siteUrl}/news/publish-flow/`)).text()).toContain('发布测试 publish-flow');

    expect((await fetch(`${contentManager('api::article.article')}/${id}/actions/unpublish`, { method: 'POST', headers, body: '{}' })).status).toBe(200);
    await servedWithin('/news/publish-flow/', 404);

    expect((await fetch(`${contentManager('api::article.article')}/${id}/actions/publish`, { method: 'POST', headers, body: JSON.stringify(article('publish-flow')) })).status).toBe(200);
    await servedWithin('/news/publish-flow/', 200);
    expect((await fetch(`${contentManager('api::article.article')}/${id}`, { method: 'DELETE', headers })).status).toBe(200);
    await servedWithin('/news/publish-flow/', 404);
  });

  it('publishes a scheduled article at its time', async () => {
    const publishAt = new Date(Date.now() + 5000).toISOString();
    const response = await fetch(contentManager('api::article.article'), { method: 'POST', headers, body: JSON.stringify({ ...article('scheduled'), publishAt }) });
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
    const withoutSecret = await fetch(`${controlUrl}/hooks/strapi`, { method: 'POST', body: JSON.stringify({ event: 'entry.publish', uid: 'api::article.article' }) });
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
    await new Promise((resolve) => setTimeout(resolve, 2000));
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
    const down = new Publisher({ cmsUrl: 'http://127.0.0.1:1499', releases: downReleases, secret, debounceMs: 10, quiet: true, log: () => {} });
    await listen(createSiteServer(downReleases), sitePort + 1);
    const before = await (await fetch(`http://127.0.0.1:${sitePort + 1}/news/`)).arrayBuffer();

    down.enqueue({ event: 'manual', subject: 'site', at: new Date().toISOString() });
    await down.idle();
    expect(down.status.lastFailure?.reason).toMatch(/cannot reach the CMS at http:\/\/127\.0\.0\.1:1499/);
    expect(downReleases.live()).toBe(copy);
    expect(downReleases.list()).toEqual([path.basename(copy)]);
    const after = await (await fetch(`http://127.0.0.1:${sitePort + 1}/news/`)).arrayBuffer();
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
