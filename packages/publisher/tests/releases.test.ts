/** Releases on disk: unchanged files shared as hard links, atomic switching, rollback and erasure barriers. */
import { linkSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareFiles } from '../src/index';
import { releasesPerTest } from './fixture';

const { releases, release } = releasesPerTest();

const inode = (file: string) => statSync(file).ino;

describe('a new release shares what did not change with the live one', () => {
  it('links identical files and keeps changed and new ones; what went is listed', async () => {
    const live = release({ 'index.html': 'home', 'news/a/index.html': 'a', 'news/b/index.html': 'b', '_astro/site.css': 'css', 'gone.html': 'gone' });
    releases().activate(live);
    const next = release({ 'index.html': 'home, new', 'news/a/index.html': 'a', 'news/b/index.html': 'b', '_astro/site.css': 'css', 'news/c/index.html': 'c' });

    const diff = compareFiles(next, releases().live());
    expect(diff.removed).toEqual(['gone.html']);
    expect(diff.earlierFiles).toHaveLength(5);
    expect(await releases().shareUnchanged(next, releases().live())).toBe(3);
    for (const file of ['news/a/index.html', 'news/b/index.html', '_astro/site.css']) {
      expect(inode(path.join(next, file)), file).toBe(inode(path.join(live, file)));
    }
    for (const file of ['index.html', 'news/c/index.html']) expect(statSync(path.join(next, file)).nlink, file).toBe(1);
    expect(readFileSync(path.join(next, 'index.html'), 'utf8')).toBe('home, new');

    // Pruning the earlier release leaves the new one whole: a hard link is the file itself.
    releases().activate(next);
    releases().prune(1);
    expect(releases().list()).toEqual([path.basename(next)]);
    expect(readFileSync(path.join(next, 'news/a/index.html'), 'utf8')).toBe('a');
  });

  it('while it runs on the live release, a reader listing it sees only the release’s own files', async () => {
    const files = Object.fromEntries(Array.from({ length: 200 }, (_, index) => [`news/${index}/index.html`, `page ${index}`]));
    const live = release(files);
    releases().activate(live);
    const next = release(files);
    releases().activate(next);
    const expected = new Set(Object.keys(files).flatMap((file) => [file, path.dirname(file), path.dirname(path.dirname(file))]));
    const seen = new Set<string>();
    let sharing = true;
    const reading = (async () => {
      while (sharing) {
        for (const name of readdirSync(next, { recursive: true }) as string[]) seen.add(name);
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    expect(await releases().shareUnchanged(next, live)).toBe(200);
    sharing = false;
    await reading;
    expect([...seen].filter((name) => !expected.has(name))).toEqual([]);
  });

  it('counts files the builds already share (compressed copies linked from one store) and leaves nothing behind, release after release', async () => {
    const store = path.join(releases().dir, '..', 'store.br');
    writeFileSync(store, 'compressed');
    const withStoreCopy = () => {
      const folder = release({ 'index.html': 'home' });
      linkSync(store, path.join(folder, 'index.html.br'));
      return folder;
    };
    let earlier = withStoreCopy();
    for (let round = 0; round < 3; round += 1) {
      const next = withStoreCopy();
      expect(await releases().shareUnchanged(next, earlier)).toBe(2);
      expect(inode(path.join(next, 'index.html'))).toBe(inode(path.join(earlier, 'index.html')));
      expect(readdirSync(releases().dir).filter((name) => name.startsWith('.'))).toEqual([]);
      earlier = next;
    }
  });

  it('with nothing live, every file is new', async () => {
    const first = release({ 'index.html': 'home' });
    expect(await releases().shareUnchanged(first, undefined)).toBe(0);
    expect(compareFiles(first, undefined)).toEqual({ files: ['index.html'], earlierFiles: [], removed: [] });
  });
});

describe('rollback', () => {
  it('with nothing released, says so', async () => {
    expect(() => releases().rollback()).toThrow(/^there is no earlier release to roll back to$/);
  });

  it('makes the previous release live again and drops the newer one', async () => {
    const older = release({ 'index.html': 'old' });
    releases().activate(older);
    const newer = release({ 'index.html': 'new' });
    await releases().shareUnchanged(newer, older);
    releases().activate(newer);
    expect(releases().rollback()).toBe(older);
    expect(releases().live()).toBe(older);
    expect(releases().list()).toEqual([path.basename(older)]);
    expect(() => releases().rollback()).toThrow('there is no earlier release to roll back to');
  });

  it('cannot go back past an erasure', async () => {
    const older = release({ 'index.html': 'with the profile' });
    releases().activate(older);
    const erased = release({ 'index.html': 'without it' });
    releases().activate(erased);
    releases().forgetEarlierThan(erased, 'a profile was deleted, which erases it');
    expect(releases().list()).toEqual([path.basename(erased)]);
    expect(() => releases().rollback()).toThrow(/deleted when .* went live \(a profile was deleted, which erases it\)/);
  });
});
