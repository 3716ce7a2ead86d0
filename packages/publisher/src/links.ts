/**
 * The release check's links: every link and image on a page must lead to a file of the same
 * release. The graph of which page links to which file is kept from one release to the next, so a
 * release is checked in proportion to its change: the pages that changed, and the pages that
 * linked to files that went. A full check reads every page.
 *
 * Read from the files, not over HTTP: linkinator (which the site's own tests use) reports each
 * address once, for the first page it met it on, so it cannot tell which pages link to what.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import type { BrokenLink } from './errors';
import { inBatches, isHtml, type ReleaseFiles } from './releases';

/** Attributes that point at another file, by element. */
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
};

/** Stands for the release's own address: links to any other (the canonical site URL, other sites) are not this release's. */
const RELEASE_ORIGIN = 'http://release.invalid';

interface PageLink {
  /** As written on the page. */
  url: string;
  /** The file of the release it leads to; none if it leads nowhere. */
  target?: string;
}

/** The addresses one page links to, as written. */
function linksOn(html: string): string[] {
  const urls: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      for (const attribute of URL_ATTRIBUTES[name] ?? []) {
        const value = attributes[attribute]?.trim();
        if (!value) continue;
        if (attribute === 'srcset') urls.push(...value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!));
        else urls.push(value);
      }
    },
  });
  parser.end(html);
  return urls.filter(Boolean);
}

/** The file an address of the release is served from, as the site server finds it (`/a/` → `a/index.html`). */
function resolve(pathname: string, files: ReadonlySet<string>): string | undefined {
  const file = pathname.slice(1);
  const candidates = file === '' || file.endsWith('/') ? [`${file}index.html`] : [file, `${file}.html`, `${file}/index.html`];
  return candidates.find((candidate) => files.has(candidate));
}

/** Reads one page's links and what each leads to in the release whose files are `files`. */
async function readPage(release: string, page: string, files: ReadonlySet<string>): Promise<PageLink[]> {
  const base = `${RELEASE_ORIGIN}/${page.split(path.sep).join('/')}`;
  const links: PageLink[] = [];
  for (const url of linksOn(await readFile(path.join(release, page), 'utf8'))) {
    let address: URL;
    try {
      address = new URL(url, base);
    } catch {
      links.push({ url });
      continue;
    }
    if (address.origin !== RELEASE_ORIGIN) continue; // other sites, mailto:, data:, javascript:
    let pathname: string;
    try {
      pathname = decodeURIComponent(address.pathname);
    } catch {
      links.push({ url });
      continue;
    }
    links.push({ url, target: resolve(pathname, files) });
  }
  return links;
}

export interface LinkCheck {
  /** The graph of the checked release, to check the next one against. */
  graph: LinkGraph;
  broken: BrokenLink[];
  /** Pages read: all of them, or those changed and those linking to what went. */
  checkedPages: number;
}

/** Which file each page of one release links to. */
export class LinkGraph {
  private constructor(
    /** The release folder the graph describes. */
    readonly release: string,
    private readonly pages: ReadonlyMap<string, PageLink[]>,
  ) {}

  /** Reads and checks every page of a release. */
  static async checkAll(release: string, files: readonly string[]): Promise<LinkCheck> {
    const present = new Set(files);
    const pages = new Map<string, PageLink[]>();
    const htmlFiles = files.filter(isHtml);
    await readPages(release, htmlFiles, present, pages);
    return { graph: new LinkGraph(release, pages), broken: brokenLinks(pages, htmlFiles), checkedPages: pages.size };
  }

  /**
   * Checks a release that differs from this graph's by the pages in `changed` and the files in
   * `removed`: reads those pages, and the pages whose links led to files that went; every other
   * page has the same bytes and the same files to link to as in the release already checked.
   */
  async checkChanged(release: string, { files, removed: removedFiles }: ReleaseFiles, changed: Iterable<string>): Promise<LinkCheck> {
    const present = new Set(files);
    const removed = new Set(removedFiles);
    const pages = new Map(this.pages);
    for (const file of removed) pages.delete(file);
    const toRead = new Set([...changed].filter(isHtml));
    for (const [page, links] of pages) {
      if (links.some((link) => link.target !== undefined && removed.has(link.target))) toRead.add(page);
    }
    await readPages(release, [...toRead], present, pages);
    return { graph: new LinkGraph(release, pages), broken: brokenLinks(pages, toRead), checkedPages: toRead.size };
  }
}

async function readPages(release: string, toRead: readonly string[], files: ReadonlySet<string>, into: Map<string, PageLink[]>): Promise<void> {
  await inBatches(toRead, 32, async (page) => {
    into.set(page, await readPage(release, page, files));
  });
}

function brokenLinks(pages: ReadonlyMap<string, PageLink[]>, checked: Iterable<string>): BrokenLink[] {
  // Pages are read a batch at a time, in no set order: report them in the order of their paths.
  return [...checked]
    .sort()
    .flatMap((page) =>
      (pages.get(page) ?? []).filter((link) => link.target === undefined).map((link) => ({ page: page.split(path.sep).join('/'), url: link.url })),
    );
}
