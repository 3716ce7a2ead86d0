import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublisherStatus } from '@pioneers/publisher/status';
import { ADMIN, startCms, type TestCms } from './helpers/strapi';

let cms: TestCms;
let adminJwt: string;
let publisher: Server;
let publisherUrl: string;
/** What the CMS posted to the rebuild service. */
const hooks: Array<{ authorization?: string; body: { event: string; uid?: string; entry?: { documentId?: string } } }> = [];
const hookWaiters: Array<() => void> = [];

async function hookFor(documentId: string, event: string) {
  const find = () => hooks.find((hook) => hook.body.event === event && hook.body.entry?.documentId === documentId);
  while (!find()) await new Promise<void>((resolve) => hookWaiters.push(resolve));
  return find()!;
}

const status: PublisherStatus = {
  state: 'idle',
  pending: [],
  builds: 1,
  failures: 0,
  live: {
    release: 'r1',
    startedAt: '2026-11-29T01:00:00.000Z',
    finishedAt: '2026-11-29T01:00:09.000Z',
    pages: 77,
    rendered: 77,
    copied: 0,
    changes: [
      { event: 'entry.delete', subject: 'api::role-model.role-model', label: '王小雨', at: '2026-11-29T00:59:00.000Z' },
      { event: 'media.delete', subject: 'media', label: 'wang-xiaoyu.jpg', at: '2026-11-29T00:59:01.000Z' },
    ],
  },
};

beforeAll(async () => {
  cms = await startCms();
  const login = await cms.http().post('/admin/login').send(ADMIN);
  adminJwt = login.body.data.token ?? login.body.data.accessToken;
  // A rebuild service answering its status, as packages/publisher does.
  publisher = createServer(async (request, response) => {
    if (request.method === 'POST') {
      let body = '';
      for await (const chunk of request) body += chunk;
      hooks.push({ authorization: request.headers.authorization, body: JSON.parse(body) });
      for (const waiter of hookWaiters.splice(0)) waiter();
      response.writeHead(202).end();
      return;
    }
    response.writeHead(request.url === '/status' ? 200 : 404, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify(status));
  });
  await new Promise<void>((resolve) => publisher.listen(0, '127.0.0.1', resolve));
  publisherUrl = `http://127.0.0.1:${(publisher.address() as AddressInfo).port}`;
});
afterAll(async () => {
  publisher?.close();
  await cms?.stop();
});

const read = (jwt = adminJwt) => cms.http().get('/admin/publishing/status').set('Authorization', `Bearer ${jwt}`);

async function signIn(code: string): Promise<string> {
  const role = await cms.strapi.db.query('admin::role').findOne({ where: { code } });
  const email = `${code}@status.test`;
  const password = 'Status-test-1234';
  await cms.strapi.service('admin::user').create({ email, firstname: code, password, isActive: true, registrationToken: null, roles: [role.id] });
  return (await cms.http().post('/admin/login').send({ email, password })).body.data.token;
}

describe('publishing status in the admin', () => {
  it('relays the rebuild service status to signed-in editors only', async () => {
    process.env.SITE_REBUILD_URL = `${publisherUrl}/hooks/strapi`;
    const response = await read();
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ available: true, status, linkWarnings: [] });
    expect((await cms.http().get('/admin/publishing/status')).status).toBe(401);
  });

  it('shows Editors which kind of content changed, never which entry (it may name an erased child)', async () => {
    process.env.SITE_REBUILD_URL = `${publisherUrl}/hooks/strapi`;
    const response = await read(await signIn('strapi-editor'));
    expect(response.status).toBe(200);
    expect(response.body.status.live.changes.map((change: { label: string }) => change.label)).toEqual(['榜样', '媒体文件']);
    expect(JSON.stringify(response.body)).not.toMatch(/王小雨|wang-xiaoyu/);
  });

  it('posts what can change the public site to the rebuild service, with its secret', async () => {
    process.env.SITE_REBUILD_URL = `${publisherUrl}/hooks/strapi`;
    process.env.SITE_REBUILD_SECRET = 'relay-secret';
    const tags = cms.strapi.documents('api::tag.tag');
    const draft = await tags.create({ data: { name: '转发测试', slug: 'zhuan-fa-ce-shi' } });
    await tags.publish({ documentId: draft.documentId });
    const hook = await hookFor(draft.documentId, 'entry.publish');
    expect(hook).toMatchObject({ authorization: 'Bearer relay-secret', body: { event: 'entry.publish', uid: 'api::tag.tag' } });
    // Saving a new draft changes nothing public: not relayed.
    expect(hooks.filter((posted) => posted.body.entry?.documentId === draft.documentId).map((posted) => posted.body.event)).not.toContain('entry.create');
    delete process.env.SITE_REBUILD_SECRET;
  });

  it('says why when the rebuild service is missing or down', async () => {
    delete process.env.SITE_REBUILD_URL;
    expect((await read()).body).toMatchObject({ available: false, reason: expect.stringContaining('SITE_REBUILD_URL') });

    process.env.SITE_STATUS_URL = 'http://127.0.0.1:9/status';
    const down = await read();
    expect(down.status).toBe(200);
    expect(down.body).toMatchObject({ available: false, reason: expect.stringContaining('没有响应') });
    delete process.env.SITE_STATUS_URL;
  });

  it('tells an entry’s edit view how far the site has got with its published version', async () => {
    process.env.SITE_REBUILD_URL = `${publisherUrl}/hooks/strapi`;
    process.env.SITE_URL = 'https://site.example';
    const articles = cms.strapi.documents('api::article.article');
    const draft = await articles.create({
      data: {
        title: '进度测试',
        slug: 'jin-du-ce-shi',
        summary: '摘要',
        body: [{ type: 'paragraph', children: [{ type: 'text', text: '正文' }] }],
        publishedOn: '2026-12-01',
      },
    } as never);
    const progress = () =>
      cms
        .http()
        .get(`/admin/publishing/entries/${encodeURIComponent('api::article.article')}/${draft.documentId}`)
        .set('Authorization', `Bearer ${adminJwt}`);
    expect((await progress()).body).toEqual({ published: false });

    await articles.publish({ documentId: draft.documentId } as never);
    const { publishedAt } = (await articles.findOne({ documentId: draft.documentId, status: 'published' } as never)) as unknown as { publishedAt: string };
    const at = (seconds: number) => new Date(Date.parse(publishedAt) + seconds * 1000).toISOString();
    const live = { ...status.live!, startedAt: at(-60), finishedAt: at(-50) };
    const cases: Array<[Partial<PublisherStatus>, unknown]> = [
      [{ state: 'queued', live }, { state: 'queued' }],
      [
        { state: 'building', live, building: { startedAt: at(1), changes: [] } },
        { state: 'building', since: at(1) },
      ],
      [
        { state: 'idle', live, lastFailure: { at: at(5), reason: '构建超时', changes: [] } },
        { state: 'failed', at: at(5), reason: '构建超时' },
      ],
      [
        { state: 'idle', live: { ...live, startedAt: at(2), finishedAt: at(9) } },
        { state: 'live', since: at(9), url: 'https://site.example/news/jin-du-ce-shi/' },
      ],
    ];
    for (const [change, expected] of cases) {
      const saved = { ...status };
      Object.assign(status, { building: undefined, lastFailure: undefined }, change);
      expect((await progress()).body).toEqual({ published: true, progress: expected });
      Object.assign(status, saved);
    }

    const author = await signIn('strapi-author');
    expect((await progress().set('Authorization', `Bearer ${author}`)).status).toBe(403);
    delete process.env.SITE_URL;
  });
});
