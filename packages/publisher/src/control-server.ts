/**
 * The control API on its own port: Strapi's webhook (`POST /hooks/strapi`), a rebuild by hand
 * (`POST /rebuild`, `?force=1`), both with the secret as a bearer token; the status as JSON
 * (`GET /status`) and as a page for editors (`GET /`).
 */
import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { Change, PublisherStatus } from './status';
import { renderStatusPage } from './status-page';
import { changeFromWebhook, isRelevant, type WebhookPayload } from './webhooks';

/** What the control API drives: the Publisher. */
export interface Controllable {
  readonly status: PublisherStatus;
  enqueue(change: Change, force?: boolean): void;
}

const MAX_BODY_CHARS = 1_000_000;

function authorised(request: IncomingMessage, secret: string): boolean {
  const given = Buffer.from(request.headers.authorization ?? '');
  const expected = Buffer.from(`Bearer ${secret}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    request.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.length > MAX_BODY_CHARS) request.destroy();
    });
    request.on('end', () => resolve(text));
    request.on('error', reject);
  });
}

export function createControlServer(publisher: Controllable, secret: string): Server {
  return createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const json = (status: number, body: unknown) => {
      response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      response.end(JSON.stringify(body));
    };

    if (request.method === 'POST' && (url.pathname === '/hooks/strapi' || url.pathname === '/rebuild')) {
      if (!authorised(request, secret)) return json(401, { error: 'missing or wrong secret' });
      let payload: unknown;
      try {
        const body = await readBody(request);
        payload = body ? JSON.parse(body) : {};
      } catch {
        return json(400, { error: 'the body is not JSON' });
      }
      if (typeof payload !== 'object' || payload === null) return json(400, { error: 'the body is not a JSON object' });
      if (url.pathname === '/rebuild') {
        publisher.enqueue({ event: 'manual', subject: 'site', at: new Date().toISOString() }, url.searchParams.get('force') === '1');
        return json(202, { queued: true });
      }
      const webhook = payload as WebhookPayload;
      if (!isRelevant(webhook)) return json(202, { queued: false, reason: 'does not change the public site' });
      publisher.enqueue(changeFromWebhook({ ...webhook, event: webhook.event! }));
      return json(202, { queued: true });
    }

    if (request.method === 'GET' && url.pathname === '/status') return json(200, publisher.status);
    if (request.method === 'GET' && url.pathname === '/') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      response.end(renderStatusPage(publisher.status));
      return;
    }
    json(404, { error: 'not found' });
  });
}
