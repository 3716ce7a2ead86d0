/**
 * Writes a Brotli (`.br`) and a gzip (`.gz`) copy beside every text file of the build, so the site
 * server (sirv) and nginx (`brotli_static`, `gzip_static`) send compressed files without
 * compressing on each request. Images, video and PDFs are compressed already and are left alone.
 *
 * Brotli takes tens of milliseconds a page at its higher qualities: compressing every page on every
 * build cost a publish minutes at 4,000 pages, though one edit changes a few. So the copies are
 * kept in Astro's cache folder, named by the digest of what they compress; each build hard-links
 * those it can reuse and compresses only what the store has not seen, on zlib's thread pool.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { FileFacts } from './file-facts';

const TEXT = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.vtt', '.webmanifest']);
/** Below one TCP packet compression saves nothing worth a second file. */
const MIN_BYTES = 1024;

const [brotli, gzipAsync] = [promisify(brotliCompress), promisify(gzip)];

type Compress = (content: Buffer) => Promise<Buffer>;

const brotliAt =
  (quality: number): Compress =>
  (content) =>
    brotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } });

/**
 * Brotli qualities and the gzip level, from `pnpm bench`'s "Precompression" table on this site's
 * files (docs/site.md has the figures). Brotli's best quality takes two to three times the next
 * one's time for 2 % fewer bytes: it is kept for the bundled CSS and JavaScript (`_astro/`), a
 * handful of files each reader downloads once and caches for a year. The pages a publish changes
 * get quality 10. A build that finds many pages to compress (the first one, or after a change to
 * every page's layout) would spend minutes on that, tens of milliseconds a page: those get quality
 * 5, some 15 times faster than 10 for 9 % more bytes, and keep it until they change. gzip only
 * reaches clients without Brotli; level 9 made these files no smaller than level 6.
 */
export const BROTLI_QUALITY = { assets: 11, pages: 10, manyPages: 5 } as const;
export const GZIP_LEVEL = 6;
/** More new files than this in one build is "many". */
export const MANY_FILES = 500;

const gzipAtLevel: Compress = (content) => gzipAsync(content, { level: GZIP_LEVEL });

/** Astro's bundled, content-hashed files. */
export const isBundledAsset = (dir: string, file: string) => path.relative(dir, file).startsWith(`_astro${path.sep}`);

const EXTENSIONS = ['.br', '.gz'] as const;
type Extension = (typeof EXTENSIONS)[number];

/**
 * Compressed copies by the SHA-256 of their source, in `dir`; what a build did not use is pruned after it.
 * The folder is listed once: at 10k pages a build places 20k copies, and asking the file system
 * about each (is it stored, is the target there) cost a second of every publish.
 */
class CompressedStore {
  private readonly used = new Set<string>();
  private readonly stored: Set<string>;

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
    this.stored = new Set(readdirSync(dir));
  }

  /** Whether both copies of the content with this digest are stored. */
  has(digest: string): boolean {
    return EXTENSIONS.every((extension) => this.stored.has(`${digest}${extension}`));
  }

  /** Writes `target` as a hard link to the stored copy, compressing (and storing) it first if there is none. */
  async place(content: () => Buffer, digest: string, extension: Extension, compress: Compress, target: string): Promise<void> {
    const name = `${digest}${extension}`;
    const stored = path.join(this.dir, name);
    this.used.add(name);
    if (!this.stored.has(name)) {
      // Stored whole or not at all: a build stopped halfway leaves no truncated copy to reuse.
      const temporary = `${stored}.${process.pid}.tmp`;
      writeFileSync(temporary, await compress(content()));
      renameSync(temporary, stored);
      this.stored.add(name);
    }
    try {
      linkSync(stored, target);
    } catch (error) {
      const { code } = error as NodeJS.ErrnoException;
      // A copy left by an earlier build in this folder is replaced.
      if (code === 'EEXIST') {
        rmSync(target);
        linkSync(stored, target);
        // A cache folder on another file system than the output cannot be linked from.
      } else if (code === 'EXDEV') copyFileSync(stored, target);
      else throw error;
    }
  }

  prune(): void {
    for (const name of this.stored) if (!this.used.has(name)) rmSync(path.join(this.dir, name), { force: true });
  }
}

/** The files of a build that get compressed copies: text files of at least MIN_BYTES. */
export function precompressibleFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && TEXT.has(path.extname(entry.name)))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => statSync(file).size >= MIN_BYTES);
}

/**
 * Precompresses the text files in `dir`, reusing the copies in `storeDir`; how many files, how many
 * were compressed anew, and the Brotli quality new pages got.
 */
export async function precompress(
  dir: string,
  storeDir: string,
  digests?: FileFacts<string>,
): Promise<{ files: number; compressed: number; pageQuality: number }> {
  const store = new CompressedStore(storeDir);
  const digestOf = (file: string) => createHash('sha256').update(readFileSync(file)).digest('base64url');
  const files = precompressibleFiles(dir).map((file) => ({
    file,
    digest: digests ? digests.of(dir, path.relative(dir, file), () => digestOf(file)) : digestOf(file),
  }));
  digests?.save();
  const compressed = files.filter(({ digest }) => !store.has(digest)).length;
  const pageQuality = compressed > MANY_FILES ? BROTLI_QUALITY.manyPages : BROTLI_QUALITY.pages;
  const [pageBrotli, assetBrotli] = [brotliAt(pageQuality), brotliAt(BROTLI_QUALITY.assets)];
  // As many files at a time as the machine has cores: zlib compresses on libuv's thread pool
  // (4 threads unless UV_THREADPOOL_SIZE says otherwise), Brotli and gzip of a file side by side.
  const next = files.values();
  const worker = async () => {
    for (const { file, digest } of next) {
      const content = () => readFileSync(file);
      await Promise.all([
        store.place(content, digest, '.br', isBundledAsset(dir, file) ? assetBrotli : pageBrotli, `${file}.br`),
        store.place(content, digest, '.gz', gzipAtLevel, `${file}.gz`),
      ]);
    }
  };
  await Promise.all(Array.from({ length: availableParallelism() }, worker));
  store.prune();
  return { files: files.length, compressed, pageQuality };
}

export default function precompressIntegration(): AstroIntegration {
  let cacheDir = '';
  let buildStartMs = 0;
  return {
    name: 'hlj:precompress',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': () => {
        buildStartMs = Date.now();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const digests = new FileFacts<string>(path.join(cacheDir, 'precompressed-digests.json'), cacheDir, buildStartMs);
        const { files, compressed, pageQuality } = await precompress(fileURLToPath(dir), path.join(cacheDir, 'precompressed'), digests);
        logger.info(`${files} files precompressed (Brotli, gzip), ${compressed} of them anew (pages at Brotli quality ${pageQuality})`);
      },
    },
  };
}
