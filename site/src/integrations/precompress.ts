/**
 * Writes a Brotli (`.br`) and a gzip (`.gz`) copy beside every text file of the build, so the site
 * server (sirv) and nginx (`brotli_static`, `gzip_static`) send compressed files without
 * compressing on each request. Images, video and PDFs are compressed already and are left alone.
 *
 * Brotli at its best quality takes tens of milliseconds a page: compressing every page on every
 * build cost a publish minutes at 4,000 pages, though one edit changes a few. So the copies are
 * kept in Astro's cache folder, named by the digest of what they compress; each build hard-links
 * those it can reuse and compresses only what the store has not seen, on zlib's thread pool.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';

const TEXT = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.vtt', '.webmanifest']);
/** Below one TCP packet compression saves nothing worth a second file. */
const MIN_BYTES = 1024;

const [brotli, gzipAsync] = [promisify(brotliCompress), promisify(gzip)];
const ENCODINGS: Array<[extension: string, compress: (content: Buffer) => Promise<Buffer>]> = [
  ['.br', (content) => brotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } })],
  ['.gz', (content) => gzipAsync(content, { level: 9 })],
];

/** Compressed copies by the SHA-256 of their source, in `dir`; what a build did not use is pruned after it. */
class CompressedStore {
  private readonly used = new Set<string>();

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  /** Writes `target` as a hard link to the stored copy, compressing (and storing) it first if there is none; whether it did. */
  async place(content: Buffer, digest: string, [extension, compress]: (typeof ENCODINGS)[number], target: string): Promise<boolean> {
    const name = `${digest}${extension}`;
    const stored = path.join(this.dir, name);
    this.used.add(name);
    const fresh = !existsSync(stored);
    if (fresh) {
      // Stored whole or not at all: a build stopped halfway leaves no truncated copy to reuse.
      const temporary = `${stored}.${process.pid}.tmp`;
      writeFileSync(temporary, await compress(content));
      renameSync(temporary, stored);
    }
    rmSync(target, { force: true });
    try {
      linkSync(stored, target);
    } catch (error) {
      // A cache folder on another file system than the output cannot be linked from.
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      copyFileSync(stored, target);
    }
    return fresh;
  }

  prune(): void {
    for (const name of readdirSync(this.dir)) if (!this.used.has(name)) rmSync(path.join(this.dir, name), { force: true });
  }
}

/** Precompresses the text files in `dir`, reusing the copies in `storeDir`; how many files, and how many were compressed anew. */
export async function precompress(dir: string, storeDir: string): Promise<{ files: number; compressed: number }> {
  const store = new CompressedStore(storeDir);
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && TEXT.has(path.extname(entry.name)))
    .map((entry) => path.join(entry.parentPath, entry.name));
  let count = 0;
  let compressed = 0;
  // As many files at a time as zlib's thread pool has threads for the machine's cores.
  const next = files.values();
  const worker = async () => {
    for (const file of next) {
      const content = readFileSync(file);
      if (content.length < MIN_BYTES) continue;
      const digest = createHash('sha256').update(content).digest('base64url');
      const fresh = await Promise.all(ENCODINGS.map((encoding) => store.place(content, digest, encoding, `${file}${encoding[0]}`)));
      count += 1;
      if (fresh.includes(true)) compressed += 1;
    }
  };
  await Promise.all(Array.from({ length: availableParallelism() }, worker));
  store.prune();
  return { files: count, compressed };
}

export default function precompressIntegration(): AstroIntegration {
  let storeDir = '';
  return {
    name: 'hlj:precompress',
    hooks: {
      'astro:config:done': ({ config }) => {
        storeDir = fileURLToPath(new URL('precompressed/', config.cacheDir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { files, compressed } = await precompress(fileURLToPath(dir), storeDir);
        logger.info(`${files} files precompressed (Brotli, gzip), ${compressed} of them anew`);
      },
    },
  };
}
