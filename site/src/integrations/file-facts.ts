/**
 * What an integration learnt about each page of a build (its digest, its inline scripts), kept in
 * Astro's cache folder for the next build, so a publish does not read every page again (3 s at
 * 10k pages) to learn what an edit did not change.
 *
 * A fact is reused only for a page that is a copy of Astro's cached one, made before the build
 * started and left as it was (the rebuild service's builder copies the unchanged pages in first:
 * scripts/lib/services.ts), and only while that cached file is the very file the fact was learnt
 * from (its inode, size and time). Astro rewrites a cached page only when it renders the page, and
 * then writes the build's copy too, which makes that copy newer than the build's start.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Where Astro's incremental build (7.3) keeps its rendered pages, inside its cache folder. */
export const cachedPagesDir = (cacheDir: string) => path.join(cacheDir, 'dist');
/** Its manifest, rewritten by every build that renders its pages to the end. */
export const incrementalManifest = (cacheDir: string) => path.join(cacheDir, 'incremental-build.json');

interface Known<T> {
  /** The cached page's inode, size and modification time when the fact was learnt. */
  stamp: string;
  fact: T;
}

export class FileFacts<T> {
  private readonly known: Record<string, Known<T>>;
  private readonly learnt: Record<string, Known<T>> = {};
  private readonly cachedPages: string;

  /** `store` is a JSON file of this integration's facts in `cacheDir`; the build started at `buildStartMs`. */
  constructor(
    private readonly store: string,
    cacheDir: string,
    private readonly buildStartMs: number,
  ) {
    this.cachedPages = cachedPagesDir(cacheDir);
    this.known = existsSync(store) ? (JSON.parse(readFileSync(store, 'utf8')) as Record<string, Known<T>>) : {};
  }

  /** The fact about `file` (relative to the build folder `dir`): the one learnt before if it still holds, or `learn()`'s. */
  of(dir: string, file: string, learn: () => T): T {
    const cached = statSync(path.join(this.cachedPages, file), { throwIfNoEntry: false });
    if (!cached) return learn();
    const stamp = `${cached.ino}:${cached.size}:${cached.mtimeMs}`;
    const known = this.known[file];
    const copy = statSync(path.join(dir, file));
    const unchanged = known?.stamp === stamp && copy.size === cached.size && copy.mtimeMs < this.buildStartMs;
    const fact = unchanged ? known.fact : learn();
    this.learnt[file] = { stamp, fact };
    return fact;
  }

  /** Keeps the facts of this build's pages for the next one (written whole or not at all). */
  save(): void {
    mkdirSync(path.dirname(this.store), { recursive: true });
    const temporary = `${this.store}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(this.learnt));
    renameSync(temporary, this.store);
  }
}
