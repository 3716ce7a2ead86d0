/** The release check's links: every page on a full check, the change and what linked to what went otherwise. */
import { describe, expect, it } from 'vitest';
import { compareFiles, LinkGraph } from '../src/index';
import { releasesPerTest } from './fixture';

const { releases, release } = releasesPerTest();

const page = (body: string) => `<!doctype html><html lang="zh-CN"><body>${body}</body></html>`;

describe('a full check', () => {
  it('finds every kind of link that leads nowhere, and only those', async () => {
    const site = release({
      'index.html': page(`
        <a href="/news/">新闻</a> <a href="news">relative</a> <a href="/about">extensionless</a> <a href="/feed.xml?x=1#top">feed</a>
        <a href="#main">skip</a> <a href="https://example.org/">elsewhere</a> <a href="mailto:a@example.org">mail</a>
        <link rel="canonical" href="https://pioneers.example/"> <link rel="stylesheet" href="/_astro/site.css">
        <img src="/_astro/a.webp" srcset="/_astro/a.webp 1x, /_astro/a-2x.webp 2x" alt="">
        <a href="/missing/">gone</a> <img src="/_astro/missing.webp" alt=""> <img srcset="/_astro/a.webp 1x, /_astro/b-2x.webp 2x" alt="">
        <a href="/%E4%B8%AD%E6%96%87/">中文</a> <script src="lost.js"></script>`),
      'news/index.html': page('<a href="../">home</a>'),
      'about.html': page(''),
      'feed.xml': '<rss/>',
      '中文/index.html': page(''),
      '_astro/site.css': '',
      '_astro/a.webp': '',
      '_astro/a-2x.webp': '',
    });
    const { broken, checkedPages } = await LinkGraph.checkAll(site, compareFiles(site, undefined).files);
    expect(checkedPages).toBe(4);
    expect(broken).toEqual([
      { page: 'index.html', url: '/missing/' },
      { page: 'index.html', url: '/_astro/missing.webp' },
      { page: 'index.html', url: '/_astro/b-2x.webp' },
      { page: 'index.html', url: 'lost.js' },
    ]);
  });
});

describe('a check of the change', () => {
  const live = {
    'index.html': page('<a href="/news/a/">a</a> <a href="/news/b/">b</a>'),
    'news/a/index.html': page('<a href="/news/b/">b</a> <a href="/">home</a>'),
    'news/b/index.html': page('<a href="/">home</a>'),
    'news/c/index.html': page('<a href="/">home</a>'),
  };
  const checked = async () => {
    const first = release(live);
    releases().activate(first);
    return (await LinkGraph.checkAll(first, compareFiles(first, undefined).files)).graph;
  };

  it('reads only the changed pages when nothing went', async () => {
    const graph = await checked();
    const next = release({ ...live, 'news/c/index.html': page('<a href="/">home</a> <a href="/news/a/">a</a>') });
    const result = await graph.checkChanged(next, compareFiles(next, releases().live()), ['news/c/index.html']);
    expect(result).toMatchObject({ broken: [], checkedPages: 1 });
  });

  it('finds a broken link on a changed page', async () => {
    const graph = await checked();
    const next = release({ ...live, 'news/c/index.html': page('<a href="/news/z/">z</a>') });
    expect((await graph.checkChanged(next, compareFiles(next, releases().live()), ['news/c/index.html'])).broken).toEqual([
      { page: 'news/c/index.html', url: '/news/z/' },
    ]);
  });

  it('finds the unchanged pages that link to a page that went', async () => {
    const graph = await checked();
    const { 'news/b/index.html': _gone, ...rest } = live;
    const next = release(rest);
    const result = await graph.checkChanged(next, compareFiles(next, releases().live()), []);
    expect(result.checkedPages).toBe(2);
    expect(result.broken).toEqual([
      { page: 'index.html', url: '/news/b/' },
      { page: 'news/a/index.html', url: '/news/b/' },
    ]);
  });

  it('carries the graph forward: a page that went two releases later is still traced to the pages linking to it', async () => {
    const graph = await checked();
    const second = release({ ...live, 'news/c/index.html': page('<a href="/news/b/">b</a>') });
    const secondCheck = await graph.checkChanged(second, compareFiles(second, releases().live()), ['news/c/index.html']);
    releases().activate(second);
    const { 'news/b/index.html': _gone, ...rest } = live;
    const third = release({ ...rest, 'news/c/index.html': page('<a href="/news/b/">b</a>') });
    const { broken } = await secondCheck.graph.checkChanged(third, compareFiles(third, releases().live()), []);
    expect(broken.map((link) => link.page).sort()).toEqual(['index.html', 'news/a/index.html', 'news/c/index.html']);
  });
});
