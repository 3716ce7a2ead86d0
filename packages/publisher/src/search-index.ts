/**
 * The site's search index, made by Pagefind's Node API over a release. Its service process (the
 * extended build, which segments Chinese) starts with the first index and stays up between
 * builds; it does not keep Node alive.
 */
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import * as pagefind from 'pagefind';
import { SearchIndexError } from './errors';
import { htmlPages, isHtml } from './releases';

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/** What a new release changed against the one before it, as far as the search index cares. */
export interface SearchIndexChange {
  /** The release the new one follows (the live one), if any. */
  earlier: string | undefined;
  /** The files the builder wrote anew (paths relative to the release, as in BuildReport.rendered), or undefined if it did not say. */
  rendered: string[] | undefined;
  /** Where the index goes; `<pages>/pagefind` unless given. */
  output?: string;
}

/**
 * A folder's identity, which a rename keeps: the search index is made while the build is still in
 * the building folder, and followed by the next one once that folder has become a release.
 */
function folderIdentity(dir: string): string {
  const { dev, ino, birthtimeMs } = statSync(dir);
  return `${dev}:${ino}:${birthtimeMs}`;
}

function checked<T extends { errors: string[] }>(result: T, what: string): T {
  if (result.errors.length > 0) throw new SearchIndexError(`the search index could not ${what}: ${result.errors.join('; ')}`);
  return result;
}

async function createIndex(): Promise<PagefindIndex> {
  const { index, errors } = await pagefind.createIndex();
  if (!index) throw new SearchIndexError(`the search index could not be made: ${errors.join('; ')}`);
  return index;
}

/** Indexes the pages in `dir` into `dir/pagefind`; the number of pages indexed. */
export async function indexSite(dir: string): Promise<number> {
  const index = await createIndex();
  try {
    const { page_count } = checked(await index.addDirectory({ path: dir }), 'read the site');
    checked(await index.writeFiles({ outputPath: path.join(dir, 'pagefind') }), 'be written');
    return page_count;
  } finally {
    await index.deleteIndex();
  }
}

/** Pagefind's folders of files named by their content's digest (`zh-cn_a184cc4.pf_fragment`). */
const ADDRESSED_FOLDERS = ['fragment', 'index', 'filter'];

/**
 * Links the earlier index's files named by their content's digest into `output`: Pagefind does not
 * write such a file again when its name is there, so a release compresses (at gzip's best, most of
 * the time an index takes to write) only the pages and word chunks that changed. The files the new
 * index does not name are removed after it is written (`removeUnnamed`).
 */
function linkEarlierFiles(earlier: string, output: string): void {
  for (const folder of ADDRESSED_FOLDERS) {
    const from = path.join(earlier, folder);
    if (!existsSync(from)) continue;
    mkdirSync(path.join(output, folder), { recursive: true });
    for (const name of readdirSync(from)) {
      try {
        linkSync(path.join(from, name), path.join(output, folder, name));
      } catch (error) {
        // Already there: the same name is the same content.
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
  }
}

/** Pagefind's metadata file for one language: `pagefind_dcd`, then CBOR (pagefind/src/index/index_metadata.rs). */
type PagefindMeta = [
  version: string,
  pages: Array<[hash: string, ...unknown[]]>,
  chunks: Array<[from: string, to: string, hash: string]>,
  filters: Array<[filter: string, hash: string]>,
  ...unknown[],
];
const META_PREFIX = 'pagefind_dcd';

/** The content-addressed files the index in `output` names, from its entry file and metadata. */
function namedFiles(output: string): Set<string> {
  const entry = JSON.parse(readFileSync(path.join(output, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  const named = new Set<string>();
  for (const { hash } of Object.values(entry.languages)) {
    const data = gunzipSync(readFileSync(path.join(output, `pagefind.${hash}.pf_meta`)));
    if (data.subarray(0, META_PREFIX.length).toString() !== META_PREFIX) throw new Error(`pagefind.${hash}.pf_meta does not start as Pagefind 1.6's did`);
    const [, pages, chunks, filters] = decode(data.subarray(META_PREFIX.length)) as PagefindMeta;
    for (const [page] of pages) named.add(path.join('fragment', `${page}.pf_fragment`));
    for (const [, , chunk] of chunks) named.add(path.join('index', `${chunk}.pf_index`));
    for (const [, filter] of filters) named.add(path.join('filter', `${filter}.pf_filter`));
  }
  return named;
}

/**
 * Removes the files of the earlier index the one in `output` does not name: an edited or deleted
 * page's text, and the word chunks that held its words, must not stay downloadable. Fails (and
 * the release with it) if the index names a file that is not there: Pagefind's format changed.
 */
function removeUnnamed(output: string): void {
  let named: Set<string>;
  try {
    named = namedFiles(output);
  } catch (error) {
    throw new SearchIndexError(`the search index's metadata could not be read: ${(error as Error).message}`, { cause: error });
  }
  const present = new Set<string>();
  for (const folder of ADDRESSED_FOLDERS) {
    if (!existsSync(path.join(output, folder))) continue;
    for (const name of readdirSync(path.join(output, folder))) {
      const file = path.join(folder, name);
      if (named.has(file)) present.add(file);
      else rmSync(path.join(output, file));
    }
  }
  const missing = [...named].filter((file) => !present.has(file));
  if (missing.length > 0) throw new SearchIndexError(`the search index names files it did not write, e.g. ${missing[0]}`);
}

/**
 * The rebuild service's search index: Pagefind keeps what it read of every page between releases,
 * so a release re-reads only the pages its build rendered (a page read again replaces the one
 * with its address) and the index is written from memory. Pagefind cannot forget a page, so a
 * release that drops one, or follows a release this index did not make, is read whole.
 * Releases are told apart by their folder's identity, which survives the move from the building
 * folder into the releases.
 */
export class SearchIndexer {
  /** The index, the identity of the folder it last read, and that folder's pages then. */
  private kept: { index: PagefindIndex; folder: string; pages: Set<string> } | undefined;

  /** Writes the index of the pages in `pages` into `change.output`; how many pages it read. */
  async index(pages: string, change: SearchIndexChange): Promise<number> {
    const kept = this.kept;
    this.kept = undefined;
    let index = kept?.index;
    try {
      const present = new Set(htmlPages(pages));
      const changed = kept && this.changedPages(kept, present, change);
      let read: number;
      if (index && changed) {
        for (const page of changed)
          checked(await index.addHTMLFile({ sourcePath: page, content: readFileSync(path.join(pages, page), 'utf8') }), `read ${page}`);
        read = changed.length;
      } else {
        await index?.deleteIndex();
        index = await createIndex();
        read = checked(await index.addDirectory({ path: pages }), 'read the site').page_count;
      }
      const output = change.output ?? path.join(pages, 'pagefind');
      if (change.earlier) linkEarlierFiles(path.join(change.earlier, 'pagefind'), output);
      checked(await index.writeFiles({ outputPath: output }), 'be written');
      removeUnnamed(output);
      this.kept = { index, folder: folderIdentity(pages), pages: present };
      return read;
    } catch (error) {
      await index?.deleteIndex().catch(() => undefined);
      throw error;
    }
  }

  /** The pages to read again, or undefined when the whole release must be read. */
  private changedPages(kept: { folder: string; pages: Set<string> }, present: Set<string>, { earlier, rendered }: SearchIndexChange): string[] | undefined {
    if (!earlier || !rendered || kept.folder !== folderIdentity(earlier)) return undefined;
    // The earlier release's pages are those the index read there: that folder has not changed since.
    if (![...kept.pages].every((page) => present.has(page))) return undefined;
    return rendered.map((file) => file.replace(/^\//, '')).filter(isHtml);
  }
}

/** Stops Pagefind's service process (a later index starts it again). */
export const stopSearchIndexer = () => pagefind.close();
