/**
 * The site builder's copy-in of Astro's cached pages (scripts/lib/cached-pages.ts): a page the
 * build no longer makes must be gone from the release, however soon after the copies the build
 * ends, and a page the build wrote must stay, whatever its log said.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { prefillFromCache, removeDropped } from '@pioneers/scripts/cached-pages';
import { cachedPagesDir } from '../../src/integrations/file-facts';

let work: string;
let cacheDir: string;
let building: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'hlj-cached-pages-'));
  cacheDir = path.join(work, 'cache');
  building = path.join(work, 'building');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** Astro's cache holding `count` pages of a listing and as many articles. */
function cachePages(count: number): string[] {
  const pages = Array.from({ length: count }, (_, index) => [`role-models/page/${index + 2}/index.html`, `news/a-${index}/index.html`]).flat();
  for (const page of pages) {
    const file = path.join(cachedPagesDir(cacheDir), page);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `<p>${page}</p>`);
  }
  return pages;
}

/** Every file under `dir`, relative to it. */
const filesIn = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();

describe('the cached pages copied in before a build', () => {
  it('are all there to begin with', async () => {
    const pages = cachePages(20);
    mkdirSync(building);
    const prefill = await prefillFromCache(building, cacheDir);
    expect([...prefill.files].sort()).toEqual([...pages].sort());
    expect(filesIn(building)).toEqual([...pages].sort());
  });

  it('are removed when the build did not make them, in the same millisecond as the copies ended too', async () => {
    // The file system keeps finer times than Date.now(): a page copied last, in the millisecond the
    // build started, once looked written by the build, and a dropped page stayed in the release.
    for (let round = 0; round < 25; round += 1) {
      rmSync(building, { recursive: true, force: true });
      mkdirSync(building);
      const pages = cachePages(20);
      const kept = pages[0]!;
      const prefill = await prefillFromCache(building, cacheDir);
      removeDropped(building, prefill, { rendered: [], copied: [`/${kept}`] });
      expect(filesIn(building), `round ${round}`).toEqual([kept]);
    }
  });

  it('are removed with their compressed copies and the folders they leave empty', async () => {
    cachePages(3);
    mkdirSync(building);
    const prefill = await prefillFromCache(building, cacheDir);
    for (const suffix of ['.br', '.gz']) writeFileSync(path.join(building, `news/a-1/index.html${suffix}`), '');
    writeFileSync(path.join(building, 'news/a-2/share.png'), '');
    removeDropped(building, prefill, { rendered: ['/news/a-0/index.html'], copied: ['/role-models/page/2/index.html'] });
    expect(filesIn(building)).toEqual(['news/a-0/index.html', 'news/a-2/share.png', 'role-models/page/2/index.html']);
    expect(existsSync(path.join(building, 'news/a-1'))).toBe(false);
    expect(existsSync(path.join(building, 'role-models/page/3'))).toBe(false);
  });

  it('stay when the build wrote them, though its log did not name them', async () => {
    cachePages(3);
    mkdirSync(building);
    const prefill = await prefillFromCache(building, cacheDir);
    // Astro writes its first page seconds after it starts.
    await new Promise((resolve) => setTimeout(resolve, 20));
    writeFileSync(path.join(building, 'news/a-2/index.html'), '<p>rendered anew</p>');
    removeDropped(building, prefill, { rendered: ['/news/a-0/index.html'], copied: [] });
    expect(filesIn(building)).toEqual(['news/a-0/index.html', 'news/a-2/index.html']);
  });

  it('all stay when the log names no file: it is one the builder cannot read', async () => {
    const pages = cachePages(3);
    mkdirSync(building);
    const prefill = await prefillFromCache(building, cacheDir);
    removeDropped(building, prefill, { rendered: [], copied: [] });
    expect(filesIn(building)).toEqual([...pages].sort());
  });
});
