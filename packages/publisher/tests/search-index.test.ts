/**
 * The rebuild service's search index, with the real Pagefind: a release that re-reads only the
 * pages its build rendered must get the index that reading the whole release gives.
 */
import { cpSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { indexSite, SearchIndexer, stopSearchIndexer } from '../src/index';
import { releasesPerTest } from './fixture';

const { release } = releasesPerTest();
let indexer: SearchIndexer;
beforeEach(() => {
  indexer = new SearchIndexer();
});
afterAll(() => stopSearchIndexer());

const page = (title: string, text: string) =>
  `<!doctype html><html lang="zh-CN"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;
const STORIES: Record<string, string> = {
  'index.html': page('首页', '红领巾先锋工程'),
  'news/ruduiyishi/index.html': page('新队员入队仪式', '一年级新队员在队旗下庄严宣誓'),
  'news/shaodaihui/index.html': page('少代会召开', '少先队员代表共商队务'),
  'news/zihu/index.html': page('自护大课堂', '防溺水安全知识进校园'),
  '404.html': '<!doctype html><html lang="zh-CN"><head><title>未找到</title></head><body>页面不存在</body></html>',
};

/** Every page a release's index holds: its address and text (without the zero-width spaces Pagefind segments Chinese with), from its fragments. */
function indexedPages(folder: string): Array<{ url: string; content: string }> {
  const fragments = path.join(folder, 'pagefind', 'fragment');
  return readdirSync(fragments)
    .map((name) => {
      const data = gunzipSync(readFileSync(path.join(fragments, name))).toString('utf8');
      const { url, content } = JSON.parse(data.slice(data.indexOf('{'))) as { url: string; content: string };
      return { url, content: content.replaceAll('\u200b', '') };
    })
    .sort((a, b) => a.url.localeCompare(b.url));
}

/** Every file of a release's index, relative to its folder, and its bytes as served (decompressed if gzipped). */
function indexFiles(folder: string): Map<string, string> {
  const root = path.join(folder, 'pagefind');
  const files = new Map<string, string>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const bytes = readFileSync(path.join(entry.parentPath, entry.name));
    files.set(
      path.relative(root, path.join(entry.parentPath, entry.name)),
      (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8'),
    );
  }
  return files;
}

/** What reading the whole of `folder` indexes, in a copy of it. */
async function fullIndexOf(folder: string) {
  const copy = `${folder}-full`;
  cpSync(folder, copy, { recursive: true });
  rmSync(path.join(copy, 'pagefind'), { recursive: true, force: true });
  await indexSite(copy);
  return indexedPages(copy);
}

describe('the search index of a release', () => {
  it('re-reads only the pages the build rendered, and indexes what reading everything would', async () => {
    const first = release(STORIES);
    expect(await indexer.index(first, { earlier: undefined, rendered: undefined })).toBe(5);

    const edited = 'news/zihu/index.html';
    const afterEdit = { ...STORIES, [edited]: page('自护大课堂', '防溺水与交通安全知识进校园，萤火虫小队来讲课') };
    const second = release(afterEdit);
    expect(await indexer.index(second, { earlier: first, rendered: [`/${edited}`, '/rss.xml'] })).toBe(1);
    const pages = indexedPages(second);
    expect(pages.find((entry) => entry.url === '/news/zihu/')?.content).toContain('萤火虫小队');
    expect(pages).toEqual(await fullIndexOf(second));

    // A new page is read with the rendered ones.
    const added = 'news/jianduiri/index.html';
    const third = release({ ...afterEdit, [added]: page('建队日', '中国少年先锋队建队纪念日') });
    expect(await indexer.index(third, { earlier: second, rendered: [`/${added}`] })).toBe(1);
    expect(indexedPages(third)).toEqual(await fullIndexOf(third));
  });

  it('reads the whole release when a page went, when it follows another release, or when the build did not say what it rendered', async () => {
    const first = release(STORIES);
    await indexer.index(first, { earlier: undefined, rendered: undefined });

    const { 'news/shaodaihui/index.html': _gone, ...remaining } = STORIES;
    const withoutOne = release(remaining);
    expect(await indexer.index(withoutOne, { earlier: first, rendered: [] })).toBe(4);
    expect(indexedPages(withoutOne).map((entry) => entry.url)).not.toContain('/news/shaodaihui/');
    expect(indexedPages(withoutOne)).toEqual(await fullIndexOf(withoutOne));

    // The live release is not the one this index describes (a rollback, a failed release, another process).
    const afterRollback = release(STORIES);
    expect(await indexer.index(afterRollback, { earlier: first, rendered: [] })).toBe(5);
    expect(indexedPages(afterRollback)).toEqual(await fullIndexOf(afterRollback));

    expect(await indexer.index(release(STORIES), { earlier: afterRollback, rendered: undefined })).toBe(5);
  });

  it('writes again only the pages and word chunks that changed, and keeps no file of the earlier index it no longer names', async () => {
    const first = release(STORIES);
    await indexer.index(first, { earlier: undefined, rendered: undefined });
    const edited = 'news/zihu/index.html';
    // A pupil's name, then corrected away by the editor: no file of the new index may hold it.
    const named = { ...STORIES, [edited]: page('自护大课堂', '防溺水安全知识进校园，队员欧阳知秋领读安全守则') };
    const second = release(named);
    await indexer.index(second, { earlier: first, rendered: [`/${edited}`] });
    const corrected = release(STORIES);
    await indexer.index(corrected, { earlier: second, rendered: [`/${edited}`] });

    // Pagefind segments Chinese with zero-width spaces in a page's text, and keeps the words apart in its word chunks.
    const holdingName = (folder: string) => [...indexFiles(folder)].filter(([, text]) => text.replaceAll('\u200b', '').includes('欧阳')).map(([file]) => file);
    expect(holdingName(second).map((file) => path.dirname(file))).toEqual(expect.arrayContaining(['fragment', 'index']));
    expect(holdingName(corrected)).toEqual([]);
    const files = indexFiles(corrected);
    // The pages' files are those reading the whole release writes: their names are digests of their contents.
    const full = `${corrected}-full`;
    cpSync(corrected, full, { recursive: true });
    rmSync(path.join(full, 'pagefind'), { recursive: true, force: true });
    await indexSite(full);
    const fragments = (all: Map<string, string>) => [...all.keys()].filter((file) => file.startsWith('fragment/')).sort();
    expect(fragments(files)).toEqual(fragments(indexFiles(full)));
    // The pages the edit did not touch are the earlier release's files, not compressed again.
    const unchanged = readdirSync(path.join(first, 'pagefind', 'fragment'));
    const inode = (folder: string, name: string) => statSync(path.join(folder, 'pagefind', 'fragment', name), { throwIfNoEntry: false })?.ino;
    const shared = unchanged.filter((name) => inode(corrected, name) === inode(first, name));
    expect(shared.length).toBe(unchanged.length - 1);
  });
});
