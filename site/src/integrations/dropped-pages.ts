/**
 * Removes the pages the rebuild service's builder copied into the output folder from Astro's cache
 * (scripts/lib/cached-pages.ts) that this build did not make: an unpublished article, a deleted
 * pupil's profile, a listing's page beyond its last. First among the integrations, so that none
 * of the others (the CSP's hashes, the compressed copies) reads or compresses such a page.
 *
 * The builder removes them too, from Astro's log, as soon as the last page is written, so that
 * the search index, which starts then, never reads one; this removal does not depend on when the
 * builder reads that log.
 */
import { readdirSync, rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Removes the page `file` (relative to `dir`) with its compressed copies, and the folders it
 * leaves empty. The builder and this integration may remove the same page at the same time.
 */
export function removePage(dir: string, file: string): void {
  for (const copy of [file, `${file}.br`, `${file}.gz`]) rmSync(path.join(dir, copy), { force: true });
  for (let folder = path.dirname(path.join(dir, file)); folder !== dir; folder = path.dirname(folder)) {
    try {
      rmdirSync(folder);
    } catch {
      // Not empty, so neither is any folder above it; or removed by the other already.
      break;
    }
  }
}

/** `prefilled`: whether the output folder holds the builder's copies when the build starts (SITE_OUT_DIR_PREFILLED). */
export default function droppedPagesIntegration(prefilled: boolean): AstroIntegration {
  let outDir = '';
  let copiedIn: string[] = [];
  return {
    name: 'hlj:dropped-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        // Before Astro writes anything: whatever the folder holds now, the builder copied in.
        if (!prefilled) return;
        copiedIn = readdirSync(outDir, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)));
      },
      'astro:build:done': ({ assets, logger }) => {
        const made = new Set([...assets.values()].flat().map((url) => path.relative(outDir, fileURLToPath(url))));
        const dropped = copiedIn.filter((file) => !made.has(file));
        for (const file of dropped) removePage(outDir, file);
        if (dropped.length > 0) logger.info(`${dropped.length} page(s) copied in from the cache and no longer made, removed`);
      },
    },
  };
}
