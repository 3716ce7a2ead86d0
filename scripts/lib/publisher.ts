/**
 * The rebuild service: Strapi's webhooks tell it what changed; it waits for a quiet moment,
 * builds the site into a new release, checks it, and only then makes it live. A failed build
 * leaves the live site untouched and is reported with its reason.
 */
import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { REBUILD_EVENTS, uids } from '@pioneers/contract';
import { LinkChecker } from 'linkinator';
import { htmlPages, type Releases } from './releases';
import { buildSite, freePort, type BuildReport } from './services';

export interface Change {
  event: string;
  /** Content type, e.g. `api::article.article`, or `media`. */
  subject: string;
  label?: string;
  at: string;
}

export interface BuildRecord {
  release: string;
  startedAt: string;
  finishedAt: string;
  pages: number;
  /** Files Astro rendered, and files it copied unchanged from the previous build. */
  rendered: number;
  copied: number;
  changes: Change[];
}

export interface PublisherStatus {
  state: 'idle' | 'queued' | 'building';
  pending: Change[];
  building?: { startedAt: string; changes: Change[] };
  live?: BuildRecord;
  lastFailure?: { at: string; reason: string; changes: Change[] };
  builds: number;
  failures: number;
}

export interface PublisherOptions {
  cmsUrl: string;
  releases: Releases;
  secret: string;
  /** Quiet time after the last change before a build starts. */
  debounceMs?: number;
  /** A build starts at the latest this long after the first waiting change. */
  maxWaitMs?: number;
  /** A new build may have at most this fraction fewer pages than the live one, unless forced. */
  maxShrink?: number;
  keepReleases?: number;
  /**
   * Builds the site into a folder; `astro build` from the CMS unless a test gives another. `force`
   * renders every page; the report says which files were rendered and which copied unchanged.
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: a builder that reports nothing is any async function, as the tests' stand-ins are.
  build?: (dir: string, options: { force: boolean }) => Promise<BuildReport | void>;
  quiet?: boolean;
  log?: (line: string) => void;
}

/** Profiles of people, many of them children: their names never go into the (unauthenticated) status. */
const ROLE_MODEL = uids.roleModel;

const RELEVANT_EVENTS: ReadonlySet<string> = new Set(REBUILD_EVENTS);

/** Deleting a profile is how a guardian's erasure request is carried out (cms/src/privacy/erasure.ts). */
const isErasure = (change: Change) => change.event === 'entry.delete' && change.subject === ROLE_MODEL;

export class Publisher {
  readonly status: PublisherStatus = { state: 'idle', pending: [], builds: 0, failures: 0 };
  private timer: NodeJS.Timeout | undefined;
  private firstPendingAt = 0;
  private forceNext = false;
  /**
   * A build that fails while rendering may leave Astro's incremental cache holding pages of
   * content that never went live; the next build renders every page, rewriting the cache.
   */
  private renderAllNext = false;
  private running: Promise<void> | undefined;
  private readonly options: Required<Omit<PublisherOptions, 'log'>> & Pick<PublisherOptions, 'log'>;

  constructor(options: PublisherOptions) {
    this.options = {
      debounceMs: 3000,
      maxWaitMs: 30_000,
      maxShrink: 0.5,
      keepReleases: 5,
      quiet: false,
      build: (dir, { force }) => buildSite(options.cmsUrl, dir, { quiet: options.quiet, force }),
      ...options,
    };
  }

  private log(line: string): void {
    (this.options.log ?? console.log)(`publisher: ${line}`);
  }

  /** Whether a Strapi webhook event can change what the public sees. */
  static isRelevant(payload: { event?: string; entry?: { publishedAt?: string | null } }): boolean {
    if (!payload.event || !RELEVANT_EVENTS.has(payload.event)) return false;
    // With Draft & Publish, saving a draft changes nothing public; publishing does.
    if (payload.event === 'entry.update') return Boolean(payload.entry?.publishedAt);
    return true;
  }

  /** Queues a change; builds start after a quiet period and never overlap. */
  enqueue(change: Change, force = false): void {
    this.status.pending.push(change);
    this.forceNext ||= force;
    if (this.status.pending.length === 1) this.firstPendingAt = Date.now();
    if (this.status.state !== 'building') this.status.state = 'queued';
    this.schedule();
  }

  private schedule(): void {
    if (this.running) return; // the running build schedules the next one when it ends
    clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(this.options.debounceMs, this.firstPendingAt + this.options.maxWaitMs - Date.now()));
    this.timer = setTimeout(() => void this.runBuild(), wait);
  }

  /** Resolves once nothing is pending or building. */
  async idle(): Promise<void> {
    while (this.running || this.status.pending.length > 0) {
      await (this.running ?? new Promise((resolve) => setTimeout(resolve, 100)));
    }
  }

  private async runBuild(): Promise<void> {
    const changes = this.status.pending.splice(0);
    const force = this.forceNext;
    this.forceNext = false;
    const startedAt = new Date().toISOString();
    this.status.state = 'building';
    this.status.building = { startedAt, changes };
    this.running = this.build(changes, startedAt, force).finally(() => {
      this.running = undefined;
      this.status.building = undefined;
      this.status.state = this.status.pending.length > 0 ? 'queued' : 'idle';
      if (this.status.pending.length > 0) {
        this.firstPendingAt = Date.now();
        this.schedule();
      }
    });
    await this.running;
  }

  private async build(changes: Change[], startedAt: string, force: boolean): Promise<void> {
    const { releases } = this.options;
    let release: string | undefined;
    this.log(`building for ${changes.length} change(s)…`);
    try {
      // Built in the one building folder (Astro's incremental cache depends on it), then moved into a release.
      const report = await this.options.build(releases.startBuilding(), { force: this.renderAllNext });
      release = releases.adopt();
      const { rendered, copied } = report ?? { rendered: htmlPages(release), copied: [] };
      const pages = htmlPages(release).length;
      const live = releases.live();
      const livePages = live ? htmlPages(live).length : 0;
      if (!force && livePages > 0 && pages < livePages * (1 - this.options.maxShrink)) {
        throw new Error(`the new build has ${pages} pages against ${livePages} live; refusing to publish a collapse (rebuild with force to accept it)`);
      }
      await this.checkLinks(release);
      releases.activate(release);
      if (changes.some(isErasure)) releases.forgetEarlierThan(release, 'a profile was deleted, which erases it');
      releases.prune(this.options.keepReleases);
      const record = {
        release: path.basename(release),
        startedAt,
        finishedAt: new Date().toISOString(),
        pages,
        rendered: rendered.length,
        copied: copied.length,
        changes,
      };
      this.status.live = record;
      this.renderAllNext = false;
      this.status.builds += 1;
      this.log(`live: ${record.release} (${pages} pages; ${record.rendered} files rendered, ${record.copied} copied)`);
    } catch (error) {
      if (release) releases.discard(release);
      this.renderAllNext = true;
      const lines = (error as Error).message
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      // A failed `astro build` carries its output; the CMS client's message is the useful line.
      const reason = lines.find((line) => /cannot reach the CMS|the CMS answered|refusing to publish|broken link/.test(line)) ?? lines[0] ?? String(error);
      this.status.lastFailure = { at: new Date().toISOString(), reason, changes };
      this.status.failures += 1;
      this.log(`build failed, the live site is unchanged: ${reason}`);
    }
  }

  private async checkLinks(release: string): Promise<void> {
    // linkinator serves the folder itself; links elsewhere (the canonical site URL, other sites) are not this release's.
    const port = await freePort();
    const result = await new LinkChecker().check({ path: release, port, recurse: true, concurrency: 16, linksToSkip: [`^(?!http://localhost:${port}/)`] });
    const broken = result.links.filter((link) => link.state === 'BROKEN');
    if (broken.length > 0) {
      throw new Error(
        `${broken.length} broken link(s), e.g. ${broken
          .slice(0, 3)
          .map((link) => `${link.url} (from ${link.parent})`)
          .join(', ')}`,
      );
    }
  }

  private authorised(request: IncomingMessage): boolean {
    const given = Buffer.from(request.headers.authorization ?? '');
    const expected = Buffer.from(`Bearer ${this.options.secret}`);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  /** The control API: Strapi's webhook, a manual rebuild, and the status for editors. */
  createControlServer(): Server {
    return createServer((request, response) => void this.handle(request, response));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const json = (status: number, body: unknown) => {
      response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      response.end(JSON.stringify(body));
    };

    if (request.method === 'POST' && (url.pathname === '/hooks/strapi' || url.pathname === '/rebuild')) {
      if (!this.authorised(request)) return json(401, { error: 'missing or wrong secret' });
      let payload: { event?: string; uid?: string; model?: string; entry?: { publishedAt?: string | null; title?: string; name?: string; slug?: string } } = {};
      try {
        const body = await new Promise<string>((resolve, reject) => {
          let text = '';
          request.on('data', (chunk: Buffer) => {
            text += chunk.toString();
            if (text.length > 1_000_000) request.destroy();
          });
          request.on('end', () => resolve(text));
          request.on('error', reject);
        });
        payload = body ? JSON.parse(body) : {};
      } catch {
        return json(400, { error: 'the body is not JSON' });
      }
      if (url.pathname === '/rebuild') {
        this.enqueue({ event: 'manual', subject: 'site', at: new Date().toISOString() }, url.searchParams.get('force') === '1');
        return json(202, { queued: true });
      }
      if (!Publisher.isRelevant(payload)) return json(202, { queued: false, reason: 'does not change the public site' });
      const entry = payload.entry;
      const subject = payload.uid ?? payload.model ?? 'media';
      this.enqueue({
        event: payload.event!,
        subject,
        // A profile is labelled by nothing personal: not its name, nor its slug (pinyin of the name).
        label: subject === ROLE_MODEL ? undefined : (entry?.title ?? entry?.name ?? entry?.slug),
        at: new Date().toISOString(),
      });
      return json(202, { queued: true });
    }

    if (request.method === 'GET' && url.pathname === '/status') return json(200, this.status);
    if (request.method === 'GET' && url.pathname === '/') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      response.end(this.statusPage());
      return;
    }
    json(404, { error: 'not found' });
  }

  private statusPage(): string {
    const { state, pending, live, lastFailure, building } = this.status;
    const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    const changes = (list: Change[]) =>
      list.length
        ? `<ul>${list.map((c) => `<li>${escapeHtml(c.event)} · ${escapeHtml(c.subject)}${c.label ? ` · ${escapeHtml(c.label)}` : ''}</li>`).join('')}</ul>`
        : '<p>（无）</p>';
    const stateLabel = { idle: '已是最新', queued: '排队中', building: '正在生成' }[state];
    return `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="refresh" content="5">
<title>网站发布状态</title><style>body{font:16px/1.7 system-ui,sans-serif;max-width:720px;margin:24px auto;padding:0 16px}.failed{color:#9e1b32}</style>
<h1>网站发布状态：${stateLabel}</h1>
${building ? `<h2>正在生成（开始于 ${escapeHtml(building.startedAt)}）</h2>${changes(building.changes)}` : ''}
<h2>等待生成的修改</h2>${changes(pending)}
<h2>当前在线版本</h2>${live ? `<p>${escapeHtml(live.release)}，${live.pages} 个页面（重新生成 ${live.rendered} 个文件，沿用上次 ${live.copied} 个），生成于 ${escapeHtml(live.finishedAt)}</p>${changes(live.changes)}` : '<p>尚无</p>'}
${lastFailure ? `<h2 class="failed">最近一次失败（${escapeHtml(lastFailure.at)}）</h2><p class="failed">${escapeHtml(lastFailure.reason.split('\n')[0] ?? '')}</p><p>失败不影响在线网站。</p>` : ''}
</html>`;
  }
}
