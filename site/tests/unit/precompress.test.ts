/**
 * The build's Brotli and gzip copies (src/integrations/precompress.ts) on real files and real
 * zlib: each build compresses only what its store has not seen, and what it links is the file's.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedPagesDir, FileFacts } from '../../src/integrations/file-facts';
import { BROTLI_QUALITY, MANY_FILES, precompress } from '../../src/integrations/precompress';

let work: string;
let site: string;
let store: string;
const page = (text: string) => `<!doctype html><html lang="zh-CN"><body><main>${text.repeat(200)}</main></body></html>`;

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'hlj-precompress-'));
  site = path.join(work, 'site');
  store = path.join(work, 'store');
  mkdirSync(path.join(site, 'news', 'a'), { recursive: true });
  writeFileSync(path.join(site, 'news', 'a', 'index.html'), page('少先队入队仪式'));
  writeFileSync(path.join(site, 'index.html'), page('红领巾先锋'));
  writeFileSync(path.join(site, 'small.txt'), 'under one kilobyte');
  writeFileSync(path.join(site, 'photo.webp'), Buffer.alloc(4096, 7));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('precompress', () => {
  it('writes Brotli and gzip copies of the text files over 1 kB that decompress to the file', async () => {
    expect(await precompress(site, store)).toEqual({ files: 2, compressed: 2, pageQuality: BROTLI_QUALITY.pages });
    for (const file of ['index.html', 'news/a/index.html']) {
      const original = readFileSync(path.join(site, file));
      expect(brotliDecompressSync(readFileSync(path.join(site, `${file}.br`)))).toEqual(original);
      expect(gunzipSync(readFileSync(path.join(site, `${file}.gz`)))).toEqual(original);
    }
    const names = readdirSync(site);
    expect(names).not.toContain('small.txt.br');
    expect(names).not.toContain('photo.webp.br');
  });

  it('compresses in the next build only the files that changed, and links the rest from the store', async () => {
    await precompress(site, store);
    const next = path.join(work, 'next');
    mkdirSync(path.join(next, 'news', 'a'), { recursive: true });
    writeFileSync(path.join(next, 'index.html'), page('红领巾先锋'));
    writeFileSync(path.join(next, 'news', 'a', 'index.html'), page('入队仪式（更新）'));

    expect(await precompress(next, store)).toMatchObject({ files: 2, compressed: 1 });
    expect(statSync(path.join(next, 'index.html.br')).ino).toBe(statSync(path.join(site, 'index.html.br')).ino);
    expect(brotliDecompressSync(readFileSync(path.join(next, 'news', 'a', 'index.html.br')))).toEqual(readFileSync(path.join(next, 'news', 'a', 'index.html')));
    // The store keeps what the last build used: the old article's copies went, the earlier build keeps its own links.
    expect(readdirSync(store)).toHaveLength(4);
    expect(brotliDecompressSync(readFileSync(path.join(site, 'news', 'a', 'index.html.br'))).toString()).toContain('少先队入队仪式');
  });

  const brotliAt = (file: string, quality: number) => {
    const content = readFileSync(file);
    return brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } });
  };

  it('compresses the bundled CSS and JavaScript at Brotli’s best quality, and the pages a build changes at the next', async () => {
    mkdirSync(path.join(site, '_astro'));
    const css = path.join(site, '_astro', 'index.a1b2c3.css');
    writeFileSync(css, '.card{margin:0 auto;padding:1rem}\n'.repeat(100));
    await precompress(site, store);
    expect(readFileSync(`${css}.br`)).toEqual(brotliAt(css, BROTLI_QUALITY.assets));
    expect(readFileSync(path.join(site, 'index.html.br'))).toEqual(brotliAt(path.join(site, 'index.html'), BROTLI_QUALITY.pages));
  });

  it('compresses the pages of a build with many new files at the fast quality, which later builds keep', async () => {
    const files = Array.from({ length: MANY_FILES }, (_, index) => path.join(site, 'news', `${index}.html`));
    for (const [index, file] of files.entries()) writeFileSync(file, page(`第${index}篇`));
    expect(await precompress(site, store)).toMatchObject({ compressed: MANY_FILES + 2, pageQuality: BROTLI_QUALITY.manyPages });
    expect(readFileSync(`${files[7]}.br`)).toEqual(brotliAt(files[7]!, BROTLI_QUALITY.manyPages));

    writeFileSync(files[0]!, page('更新'));
    expect(await precompress(site, store)).toEqual({ files: MANY_FILES + 2, compressed: 1, pageQuality: BROTLI_QUALITY.pages });
    expect(readFileSync(`${files[0]}.br`)).toEqual(brotliAt(files[0]!, BROTLI_QUALITY.pages));
    expect(readFileSync(`${files[7]}.br`)).toEqual(brotliAt(files[7]!, BROTLI_QUALITY.manyPages));
  });

  it('replaces copies an earlier run left in the folder', async () => {
    writeFileSync(path.join(site, 'index.html.br'), 'stale');
    await precompress(site, store);
    expect(brotliDecompressSync(readFileSync(path.join(site, 'index.html.br')))).toEqual(readFileSync(path.join(site, 'index.html')));
  });
});

/**
 * A page's digest is kept for the next build (src/integrations/file-facts.ts) and taken again,
 * without reading the page, only for an untouched copy of the very file Astro's cache holds. Each
 * case below breaks one of those conditions, and the copies must then be of the page as it is.
 */
describe('digests kept between builds', () => {
  const file = 'news/a/index.html';
  const before = page('少先队入队仪式');
  // The same length, other bytes: what a page whose digest was wrongly reused would be told apart by.
  const after = page('少先队入团仪式');
  let cache: string;
  const digests = (buildStartMs: number) => new FileFacts<string>(path.join(cache, 'digests.json'), cache, buildStartMs);
  const compressedText = () => brotliDecompressSync(readFileSync(path.join(site, `${file}.br`))).toString();
  const inThePast = (target: string) => utimesSync(target, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));

  beforeEach(async () => {
    cache = path.join(work, 'cache');
    // Astro's cached page, and the build's copy of it made before the build started.
    mkdirSync(path.join(cachedPagesDir(cache), 'news', 'a'), { recursive: true });
    writeFileSync(path.join(cachedPagesDir(cache), file), before);
    inThePast(path.join(site, file));
    await precompress(site, store, digests(Date.now()));
    expect(compressedText()).toBe(before);
    // From here on the build's copy holds other bytes than the digest that was kept.
    writeFileSync(path.join(site, file), after);
    inThePast(path.join(site, file));
  });

  it('takes the kept digest for an untouched copy of the same cached file', async () => {
    await precompress(site, store, digests(Date.now()));
    expect(compressedText()).toBe(before);
  });

  it.each([
    ['the build wrote its copy (rendered it)', () => utimesSync(path.join(site, file), new Date(), new Date())],
    ['Astro rewrote its cached file', () => writeFileSync(path.join(cachedPagesDir(cache), file), after)],
    [
      'the cached file is another one now',
      () => {
        rmSync(path.join(cachedPagesDir(cache), file));
        writeFileSync(path.join(cachedPagesDir(cache), file), before);
      },
    ],
    ['the cache has no such page (a page without a cache key)', () => rmSync(path.join(cachedPagesDir(cache), file))],
    [
      'the copy differs in size',
      () => {
        writeFileSync(path.join(site, file), page('入队'));
        inThePast(path.join(site, file));
      },
    ],
  ])('reads the page again when %s', async (_, change) => {
    change();
    await precompress(site, store, digests(Date.now() - 1000));
    expect(compressedText()).toBe(readFileSync(path.join(site, file), 'utf8'));
  });
});
