/**
 * The site builder's copy-in of Astro's cached pages (scripts/lib/services.ts, `siteBuilder`):
 * the unchanged pages are copied into the empty building folder before `astro build`, which
 * leaves a page the folder holds already, and those the build no longer makes are removed after.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { copyFile, mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { BuildReport } from '@pioneers/publisher';
import { removePage } from 'site/integrations/dropped-pages';
import { cachedPagesDir, incrementalManifest } from 'site/integrations/file-facts';

export interface Prefill {
  /** The files copied in, relative to the building folder; those removed since are taken out. */
  files: Set<string>;
  /**
   * The newest modification time among the copies, by the file system's clock: a file modified
   * later was written by the build. Never `Date.now()`: it is truncated to the millisecond while
   * the file system keeps finer times (a copy made in the millisecond the build started would look
   * written by it, and a page the build dropped would stay), and on some machines the file
   * system's clock is not the process's.
   */
  copiedUntilMs: number;
}

/** Astro's incremental cache as it stands: every build that completes rewrites its manifest. */
export function cacheState(cacheDir: string): string {
  const manifest = statSync(incrementalManifest(cacheDir), { throwIfNoEntry: false });
  return manifest ? `${manifest.ino}:${manifest.size}:${manifest.mtimeMs}` : 'none';
}

/** Nothing copied in (a forced build renders every page). */
export const noPrefill = (): Prefill => ({ files: new Set(), copiedUntilMs: 0 });

/**
 * Copies the pages of Astro's incremental cache (its `dist/`) into the empty folder `dir`. Astro
 * copies an unchanged page from there itself, one at a time (3 s for 4k pages). Copies, never
 * hard links: Astro rewrites its cached files in place, and the folder becomes a release. Eight
 * files at a time, so a site server in the same process keeps answering.
 */
export async function prefillFromCache(dir: string, cacheDir: string): Promise<Prefill> {
  const cached = cachedPagesDir(cacheDir);
  if (!existsSync(cached)) return noPrefill();
  const files = new Set<string>();
  const folders = new Map<string, Promise<unknown>>();
  const entries = readdirSync(cached, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  const next = entries.values();
  const copyNext = async (): Promise<number> => {
    let last: string | undefined;
    for (const entry of next) {
      const relative = path.relative(cached, path.join(entry.parentPath, entry.name));
      const folder = path.dirname(path.join(dir, relative));
      if (!folders.has(folder)) folders.set(folder, mkdir(folder, { recursive: true }));
      await folders.get(folder);
      await copyFile(path.join(entry.parentPath, entry.name), path.join(dir, relative));
      files.add(relative);
      last = relative;
    }
    // Each copier's last copy is its newest.
    return last === undefined ? 0 : (await stat(path.join(dir, last))).mtimeMs;
  };
  const newest = await Promise.all(Array.from({ length: 8 }, copyNext));
  return { files, copiedUntilMs: Math.max(...newest) };
}

/**
 * Removes the copied-in pages this build did not make (their entries were unpublished or
 * deleted), with their compressed copies and the folders left empty, as soon as Astro's log says
 * the last page is written: before the search index reads the folder, so that a deleted child's
 * page is never found. (Inside the build, site/src/integrations/dropped-pages.ts removes them
 * before the other integrations read the folder, wherever the reading of the log has got to.)
 */
export function removeDropped(dir: string, prefill: Prefill, report: BuildReport): void {
  const made = new Set([...report.rendered, ...report.copied].map((file) => file.replace(/^\//, '')));
  // A log that names no file is one the builder no longer understands: the build fails rather than drop every page.
  if (made.size === 0) return;
  for (const file of prefill.files) {
    if (made.has(file)) continue;
    prefill.files.delete(file);
    // Whatever the log says, a page this build wrote is one it made.
    if ((statSync(path.join(dir, file), { throwIfNoEntry: false })?.mtimeMs ?? 0) > prefill.copiedUntilMs) continue;
    removePage(dir, file);
  }
}
