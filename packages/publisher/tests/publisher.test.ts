/**
 * The publisher's own logic (queueing, coalescing, failures, the control API) with a stand-in
 * builder that writes a few pages, and the real Pagefind: no CMS, no Astro.
 * site/tests/publisher.test.ts runs it with Astro and the CMS.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { type Builder, BuildFailedError, type Change, Publisher, type PublisherOptions, stopSearchIndexer } from '../src/index';
import { releasesPerTest } from './fixture';

const SECRET = 'publisher-unit-secret';
const { releases } = releasesPerTest();
afterAll(() => stopSearchIndexer());

/** A builder writing `pages` linked pages; it records each build's changes and how many ran at once. */
function fakeBuilder(pages = () => 3) {
  const record = { builds: 0, running: 0, mostAtOnce: 0, gate: Promise.resolve() };
  const build = async (release: string) => {
    record.running += 1;
    record.mostAtOnce = Math.max(record.mostAtOnce, record.running);
    try {
      await record.gate;
      const names = Array.from({ length: pages() - 1 }, (_, index) => `page-${index}`);
      writeFileSync(path.join(release, 'index.html'), `<!doctype html>${names.map((name) => `<a href="/${name}/">${name}</a>`).join('')}`);
      for (const name of names) {
        mkdirSync(path.join(release, name));
        writeFileSync(path.join(release, name, 'index.html'), `<!doctype html><a href="/">home</a>`);
      }
      record.builds += 1;
    } finally {
      record.running -= 1;
    }
  };
  return { record, build };
}

const publisherWith = (options: Partial<PublisherOptions>) =>
  new Publisher({ releases: releases(), secret: SECRET, debounceMs: 0, log: () => {}, build: fakeBuilder().build, ...options });
const change = (label: string): Change => ({ event: 'entry.publish', subject: 'api::article.article', label, at: new Date().toISOString() });

describe('which webhooks can change the public site', () => {
  it.each([
    [{ event: 'entry.publish' }, true],
    [{ event: 'entry.unpublish' }, true],
    [{ event: 'entry.delete' }, true],
    [{ event: 'entry.update', entry: { publishedAt: '2026-11-28T00:00:00Z' } }, true],
    [{ event: 'entry.update', entry: { publishedAt: null } }, false],
    [{ event: 'entry.update' }, false],
    [{ event: 'entry.create' }, false],
    [{ event: 'media.update' }, true],
    [{ event: 'media.delete' }, true],
    [{ event: 'media.create' }, false],
    [{ event: 'review-workflows.updateEntryStage' }, false],
    [{}, false],
  ])('%j → %s', (payload, relevant) => {
    expect(Publisher.isRelevant(payload)).toBe(relevant);
  });
});

describe('queueing', () => {
  it('coalesces a burst of changes into one build that carries them all', async () => {
    const { record, build } = fakeBuilder();
    const publisher = publisherWith({ build });
    for (let index = 0; index < 20; index += 1) publisher.enqueue(change(`burst-${index}`));
    expect(publisher.status.state).toBe('queued');
    await publisher.idle();
    expect(record.builds).toBe(1);
    expect(publisher.status.live?.changes.map((c) => c.label)).toEqual(Array.from({ length: 20 }, (_, index) => `burst-${index}`));
    expect(publisher.status).toMatchObject({ state: 'idle', pending: [], builds: 1, failures: 0 });
    expect(releases().live()).toBe(path.join(releases().dir, publisher.status.live!.release));
  });

  it('never overlaps builds: changes during a build make exactly one more build after it', async () => {
    const { record, build } = fakeBuilder();
    let open!: () => void;
    record.gate = new Promise((resolve) => (open = resolve));
    const publisher = publisherWith({ build });
    publisher.enqueue(change('first'));
    await expect.poll(() => publisher.status.state).toBe('building');
    for (let index = 0; index < 5; index += 1) publisher.enqueue(change(`during-${index}`));
    expect(publisher.status.state).toBe('building');
    open();
    await publisher.idle();
    expect(record).toMatchObject({ builds: 2, mostAtOnce: 1 });
    expect(publisher.status.live?.changes.map((c) => c.label)).toEqual(['during-0', 'during-1', 'during-2', 'during-3', 'during-4']);
  });

  it('a stream of changes cannot postpone the build past maxWaitMs', async () => {
    const { record, build } = fakeBuilder();
    // With only the quiet period, this build would wait an hour.
    const publisher = publisherWith({ build, debounceMs: 3_600_000, maxWaitMs: 0 });
    publisher.enqueue(change('one'));
    publisher.enqueue(change('two'));
    await publisher.idle();
    expect(record.builds).toBe(1);
  });
});

describe('a failed build leaves the live site as it was', () => {
  it('records the reason and discards the half-built release', async () => {
    const good = fakeBuilder();
    const publisher = publisherWith({ build: (release) => current(release) });
    let current: (release: string) => Promise<void> = good.build;
    publisher.enqueue(change('good'));
    await publisher.idle();
    const live = releases().live();

    current = async (release) => {
      writeFileSync(path.join(release, 'partial.html'), '<!doctype html>');
      throw new BuildFailedError('cannot reach the CMS at http://cms.invalid (ENOTFOUND)');
    };
    publisher.enqueue(change('bad'));
    await publisher.idle();
    expect(releases().live()).toBe(live);
    expect(releases().list()).toEqual([path.basename(live!)]);
    expect(publisher.status).toMatchObject({ builds: 1, failures: 1, lastFailure: { reason: 'cannot reach the CMS at http://cms.invalid (ENOTFOUND)' } });

    // Any other error a builder throws is reported by its first line.
    current = async () => {
      throw new TypeError('a template read a missing field\n    at render (page.astro:3)');
    };
    publisher.enqueue(change('worse'));
    await publisher.idle();
    expect(publisher.status).toMatchObject({ failures: 2, lastFailure: { reason: 'a template read a missing field' } });
    expect(releases().live()).toBe(live);
  });

  it('refuses a build that lost more than maxShrink of the pages, unless forced', async () => {
    let pages = 10;
    const { build } = fakeBuilder(() => pages);
    const publisher = publisherWith({ build, maxShrink: 0.5 });
    publisher.enqueue(change('full'));
    await publisher.idle();
    const live = releases().live();

    pages = 4;
    publisher.enqueue(change('collapsed'));
    await publisher.idle();
    expect(publisher.status.lastFailure?.reason).toMatch(/4 pages against 10 live; refusing to publish a collapse/);
    expect(releases().live()).toBe(live);

    publisher.enqueue(change('forced'), true);
    await publisher.idle();
    expect(publisher.status.live?.pages).toBe(4);
    expect(releases().live()).not.toBe(live);
  });

  it('a broken link in the new build is refused', async () => {
    const publisher = publisherWith({
      build: async (release) => writeFileSync(path.join(release, 'index.html'), '<!doctype html><a href="/missing/">missing</a>'),
    });
    publisher.enqueue(change('broken'));
    await publisher.idle();
    expect(publisher.status.lastFailure?.reason).toMatch(/broken link/);
    expect(readdirSync(releases().dir)).toEqual([]);
  });
});

describe('a release scales with the change', () => {
  it('is searchable, shares unchanged files, and checks the links of the change; a forced build or a rollback checks all', async () => {
    let pages = 4;
    const { build } = fakeBuilder(() => pages);
    // Reports as Astro does: the files it rendered; the rest it copied unchanged from the previous build.
    let rendered = ['/index.html', '/page-0/index.html', '/page-1/index.html', '/page-2/index.html'];
    // As Astro does, it says when every page is written, and goes on writing other files (images, a sitemap).
    const searchable: Builder = async (release, { pagesWritten }) => {
      await build(release);
      writeFileSync(
        path.join(release, 'index.html'),
        `<!doctype html><html lang="zh-CN"><body><main data-pagefind-body><h1>少先队入队仪式</h1></main></body></html>`,
      );
      pagesWritten?.(rendered);
      await new Promise((resolve) => setTimeout(resolve, 20));
      writeFileSync(path.join(release, 'sitemap-index.xml'), '<sitemapindex/>');
      return { rendered, copied: [] };
    };
    const publisher = publisherWith({ build: searchable });
    publisher.enqueue(change('first'));
    await publisher.idle();
    const first = releases().live()!;
    expect(publisher.status.live).toMatchObject({ pages: 4, linked: 0, linkCheck: 'full', checkedPages: 4 });
    // Pagefind's Node API wrote the index into the release before it went live.
    expect(JSON.parse(readFileSync(path.join(first, 'pagefind', 'pagefind-entry.json'), 'utf8'))).toMatchObject({ languages: { 'zh-cn': { page_count: 1 } } });

    pages = 5;
    rendered = ['/index.html', '/page-3/index.html'];
    publisher.enqueue(change('one more page'));
    await publisher.idle();
    const second = releases().live()!;
    expect(second).not.toBe(first);
    expect(publisher.status.live).toMatchObject({ pages: 5, rendered: 2, linkCheck: 'changed', checkedPages: 2 });
    expect(publisher.status.live!.linked).toBeGreaterThanOrEqual(3);
    expect(statSync(path.join(second, 'page-0', 'index.html')).ino).toBe(statSync(path.join(first, 'page-0', 'index.html')).ino);

    pages = 12;
    publisher.enqueue(change('forced'), true);
    await publisher.idle();
    expect(publisher.status.live).toMatchObject({ linkCheck: 'full', checkedPages: 12 });

    // After a rollback what the publisher knew of the live release no longer describes it: the next
    // release is compared with the 5 pages now live (against the 12 before, it would have lost more
    // than half), and every page's links are checked.
    releases().rollback();
    pages = 5;
    publisher.enqueue(change('after rollback'));
    await publisher.idle();
    expect(publisher.status.lastFailure).toBeUndefined();
    expect(publisher.status.live).toMatchObject({ pages: 5, linkCheck: 'full', checkedPages: 5 });
  });

  it("gets the builder's next build ready once a release is live, not after a failure; a failed preparation only costs time", async () => {
    const { build } = fakeBuilder();
    const events: string[] = [];
    let fail = false;
    let prepareFails = false;
    const builder: Builder = Object.assign(
      async (release: string) => {
        events.push('build');
        await build(release);
        if (fail) throw new Error('the CMS answered 500');
      },
      {
        prepare: async (dir: string) => {
          events.push(`prepare ${path.relative(releases().dir, dir)} while ${releases().live() ? 'live' : 'nothing is live'}`);
          if (prepareFails) throw new Error('disk full');
        },
      },
    );
    const logged: string[] = [];
    const publisher = publisherWith({ build: builder, log: (line) => logged.push(line) });
    publisher.enqueue(change('first'));
    await publisher.idle();
    // The building folder, after the release it made went live.
    expect(events).toEqual(['build', 'prepare ../building while live']);
    fail = true;
    publisher.enqueue(change('fails'));
    await publisher.idle();
    expect(events).toEqual(['build', 'prepare ../building while live', 'build']);
    fail = false;
    prepareFails = true;
    publisher.enqueue(change('prepare fails'));
    await publisher.idle();
    expect(publisher.status.lastFailure?.reason).toMatch(/CMS answered 500/);
    expect(publisher.status.live?.changes.map((each) => each.label)).toEqual(['prepare fails']);
    expect(logged.join('\n')).toMatch(/the next build was not made ready: disk full/);
  });

  it('the index made for a release replaces one its builder left in it (a copy of an earlier build)', async () => {
    const { build } = fakeBuilder();
    const publisher = publisherWith({
      build: async (release) => {
        await build(release);
        mkdirSync(path.join(release, 'pagefind'));
        writeFileSync(path.join(release, 'pagefind', 'pagefind-entry.json'), '{"stale":true}');
      },
    });
    publisher.enqueue(change('first'));
    await publisher.idle();
    expect(publisher.status.lastFailure).toBeUndefined();
    expect(JSON.parse(readFileSync(path.join(releases().live()!, 'pagefind', 'pagefind-entry.json'), 'utf8'))).toHaveProperty('languages');
  });

  it('a build that fails after its pages were indexed leaves the live release, and the next one is indexed whole', async () => {
    const { build } = fakeBuilder();
    const page = (title: string) => `<!doctype html><html lang="zh-CN"><body><main data-pagefind-body><h1>${title}</h1></main></body></html>`;
    let fail = false;
    const builder: Builder = async (release, { pagesWritten }) => {
      await build(release);
      writeFileSync(path.join(release, 'index.html'), page(fail ? '半途而废' : '自护大课堂'));
      pagesWritten?.(['/index.html']);
      if (fail) throw new Error('images failed');
      return { rendered: ['/index.html'], copied: [] };
    };
    const publisher = publisherWith({ build: builder });
    const indexedTitles = (release: string) =>
      readdirSync(path.join(release, 'pagefind', 'fragment')).map((name) =>
        gunzipSync(readFileSync(path.join(release, 'pagefind', 'fragment', name)))
          .toString('utf8')
          .replaceAll('\u200b', ''),
      );
    publisher.enqueue(change('first'));
    await publisher.idle();
    const first = releases().live()!;
    fail = true;
    publisher.enqueue(change('fails after its pages'));
    await publisher.idle();
    expect(publisher.status.lastFailure?.reason).toMatch(/images failed/);
    expect(releases().live()).toBe(first);
    expect(indexedTitles(first).join()).toContain('自护大课堂');
    fail = false;
    publisher.enqueue(change('after the failure'));
    await publisher.idle();
    const next = releases().live()!;
    expect(next).not.toBe(first);
    expect(indexedTitles(next).join()).toContain('自护大课堂');
    expect(indexedTitles(next).join()).not.toContain('半途而废');
  });

  it('a full link check comes round on its schedule, and for a builder that does not say what it rendered', async () => {
    const reporting = async (release: string) => {
      await fakeBuilder().build(release);
      return { rendered: ['/index.html'], copied: [] };
    };
    for (const options of [{ build: reporting, fullLinkCheckEveryMs: 0 }, {}]) {
      const publisher = publisherWith(options);
      for (const label of ['first', 'second']) {
        publisher.enqueue(change(label));
        await publisher.idle();
        expect(publisher.status.live).toMatchObject({ linkCheck: 'full' });
      }
    }
  });
});

describe('the control API', () => {
  it('accepts only webhooks with the secret, queues only relevant ones, and reports its state', async () => {
    const { build } = fakeBuilder();
    const publisher = publisherWith({ build, debounceMs: 3_600_000, maxWaitMs: 3_600_000 });
    const server = publisher.createControlServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const hook = (authorization: string | undefined, body: string) =>
      fetch(`${url}/hooks/strapi`, { method: 'POST', headers: authorization ? { Authorization: authorization } : {}, body });
    const publish = JSON.stringify({ event: 'entry.publish', uid: 'api::article.article', entry: { title: '新闻' } });
    try {
      for (const authorization of [undefined, 'Bearer wrong', `Bearer ${SECRET}x`, SECRET, `bearer ${SECRET}`]) {
        expect((await hook(authorization, publish)).status, String(authorization)).toBe(401);
      }
      expect(publisher.status.pending).toEqual([]);
      expect((await hook(`Bearer ${SECRET}`, '{ not json')).status).toBe(400);
      expect((await hook(`Bearer ${SECRET}`, 'null')).status).toBe(400);
      expect(await (await hook(`Bearer ${SECRET}`, JSON.stringify({ event: 'entry.update', entry: { publishedAt: null } }))).json()).toMatchObject({
        queued: false,
      });
      expect(publisher.status.pending).toEqual([]);
      expect(await (await hook(`Bearer ${SECRET}`, publish)).json()).toEqual({ queued: true });
      expect(publisher.status.pending).toMatchObject([{ event: 'entry.publish', subject: 'api::article.article', label: '新闻' }]);

      expect(await (await fetch(`${url}/status`)).json()).toMatchObject({ state: 'queued', builds: 0 });
      const page = await (await fetch(`${url}/`)).text();
      expect(page).toContain('网站发布状态：排队中');
      expect(page).toContain('新闻');
      expect((await fetch(`${url}/elsewhere`)).status).toBe(404);
    } finally {
      server.close();
    }
  });
});
