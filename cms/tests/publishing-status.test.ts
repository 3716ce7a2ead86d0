import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublisherStatus } from '../../scripts/lib/publisher';
import { ADMIN, startCms, type TestCms } from './helpers/strapi';

let cms: TestCms;
let adminJwt: string;
let publisher: Server;
let publisherUrl: string;

const status: PublisherStatus = {
  state: 'idle',
  pending: [],
  builds: 1,
  failures: 0,
  live: { release: 'r1', startedAt: '2026-11-29T01:00:00.000Z', finishedAt: '2026-11-29T01:00:09.000Z', pages: 77, changes: [] },
};

beforeAll(async () => {
  cms = await startCms();
  const login = await cms.http().post('/admin/login').send(ADMIN);
  adminJwt = login.body.data.token ?? login.body.data.accessToken;
  // A rebuild service answering its status, as scripts/lib/publisher.ts does.
  publisher = createServer((request, response) => {
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

const read = () => cms.http().get('/admin/publishing/status').set('Authorization', `Bearer ${adminJwt}`);

describe('publishing status in the admin', () => {
  it('relays the rebuild service status to signed-in editors only', async () => {
    process.env.SITE_REBUILD_URL = `${publisherUrl}/hooks/strapi`;
    const response = await read();
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ available: true, status });
    expect((await cms.http().get('/admin/publishing/status')).status).toBe(401);
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
});
