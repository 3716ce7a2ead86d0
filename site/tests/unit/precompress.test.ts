/**
 * The build's Brotli and gzip copies (src/integrations/precompress.ts) on real files and real
 * zlib: each build compresses only what its store has not seen, and what it links is the file's.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
