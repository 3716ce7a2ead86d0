/**
 * Writes a Brotli (`.br`) and a gzip (`.gz`) copy beside every text file of the build, so the site
 * server (sirv) and nginx (`brotli_static`, `gzip_static`) send compressed files without
 * compressing on each request. Images, video and PDFs are compressed already and are left alone.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';

const TEXT = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.vtt', '.webmanifest']);
/** Below one TCP packet compression saves nothing worth a second file. */
const MIN_BYTES = 1024;

export function precompress(dir: string): number {
  let written = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !TEXT.has(path.extname(entry.name))) continue;
    const file = path.join(entry.parentPath, entry.name);
    const content = readFileSync(file);
    if (content.length < MIN_BYTES) continue;
    writeFileSync(
      `${file}.br`,
      brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }),
    );
    writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
    written += 1;
  }
  return written;
}

export default function precompressIntegration(): AstroIntegration {
  return {
    name: 'hlj:precompress',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        logger.info(`${precompress(fileURLToPath(dir))} files precompressed (Brotli, gzip)`);
      },
    },
  };
}
