/**
 * Site releases: each build goes to its own folder under `releases/`, and `live` is a symlink to
 * the one being served. Switching is a rename of a fresh symlink over `live`, which is atomic: a
 * reader gets the old site or the new one, never a missing or half-written one.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, realpathSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { link, readFile, rename, stat } from 'node:fs/promises';
import path from 'node:path';

/** Every file of a built site, as paths relative to it. */
export const siteFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));

export const isHtml = (file: string) => file.endsWith('.html');

/** The HTML pages of a built site, as paths relative to it. */
export const htmlPages = (dir: string) => siteFiles(dir).filter(isHtml);

/** Which files a new release has, and which of the earlier release's it no longer has (paths relative to each). */
export interface ReleaseFiles {
  files: string[];
  earlierFiles: string[];
  removed: string[];
}

/** `earlierFiles`, when given, are the earlier release's files, listed before. */
export function compareFiles(release: string, earlier: string | undefined, earlierFiles = earlier ? siteFiles(earlier) : []): ReleaseFiles {
  const files = siteFiles(release);
  const present = new Set(files);
  return { files, earlierFiles, removed: earlierFiles.filter((file) => !present.has(file)) };
}

/**
 * Runs `work` on every item, `size` at a time: the long steps of a release yield between files, so
 * the site server, which shares this process in `pnpm start`, keeps answering readers.
 */
export async function inBatches<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  for (let start = 0; start < items.length; start += size) await Promise.all(items.slice(start, start + size).map(work));
}

/** How the file at `a` stands to the one at `b`: one file already (hard links), two with the same bytes, or different. */
async function kinship(a: string, b: string): Promise<'same file' | 'same bytes' | 'different'> {
  const [statA, statB] = await Promise.all([stat(a), stat(b).catch(() => undefined)]);
  if (!statB?.isFile() || statA.size !== statB.size) return 'different';
  if (statA.ino === statB.ino && statA.dev === statB.dev) return 'same file';
  const [bytesA, bytesB] = await Promise.all([readFile(a), readFile(b)]);
  return bytesA.equals(bytesB) ? 'same bytes' : 'different';
}

export class Releases {
  readonly dir: string;
  readonly liveLink: string;
  /**
   * Where every build is made, then moved into a release by `adopt()`. Always the same folder:
   * Astro writes the output folder into the code of every page, and its incremental build copies
   * a page from its cache only when the page's code is unchanged.
   */
  readonly building: string;
  /**
   * Where the build's search index is written while the build finishes (its integrations still
   * write into the building folder); `adopt()` moves it into the release as `pagefind/`.
   */
  readonly indexing: string;

  constructor(siteRoot: string) {
    this.dir = path.join(siteRoot, 'releases');
    this.liveLink = path.join(siteRoot, 'live');
    this.building = path.join(siteRoot, 'building');
    this.indexing = path.join(siteRoot, 'indexing');
    mkdirSync(this.dir, { recursive: true });
  }

  /** A new, empty release folder, named so that names sort by age. */
  create(): string {
    const name = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').replace(/\..*/, '');
    let candidate = path.join(this.dir, name);
    for (let n = 2; existsSync(candidate); n += 1) candidate = path.join(this.dir, `${name}-${n}`);
    mkdirSync(candidate);
    return candidate;
  }

  /** The building folder, empty: what a failed build left there is not the next one's. */
  startBuilding(): string {
    rmSync(this.building, { recursive: true, force: true });
    rmSync(this.indexing, { recursive: true, force: true });
    mkdirSync(this.building, { recursive: true });
    return this.building;
  }

  /** Moves the finished build, and its search index if one was made, into a new release folder (renames: there whole or not at all). */
  adopt(): string {
    const release = this.create();
    renameSync(this.building, release);
    if (existsSync(this.indexing)) {
      // The index made for this release replaces any the builder left (a copy of an earlier build).
      rmSync(path.join(release, 'pagefind'), { recursive: true, force: true });
      renameSync(this.indexing, path.join(release, 'pagefind'));
    }
    return release;
  }

  /** Release names, oldest first. */
  list(): string[] {
    return readdirSync(this.dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  }

  /** The folder being served, or undefined before the first release. */
  live(): string | undefined {
    try {
      return realpathSync(this.liveLink);
    } catch {
      return undefined;
    }
  }

  activate(release: string): void {
    const temporary = `${this.liveLink}.${process.pid}.tmp`;
    rmSync(temporary, { force: true });
    symlinkSync(path.relative(path.dirname(this.liveLink), release), temporary);
    renameSync(temporary, this.liveLink);
  }

  /** Keeps the newest `keep` releases and, whatever its age, the live one. */
  prune(keep: number): void {
    const live = existsSync(this.liveLink) ? path.basename(readlinkSync(this.liveLink)) : undefined;
    const names = this.list();
    for (const name of names.slice(0, Math.max(0, names.length - keep))) {
      if (name !== live) rmSync(path.join(this.dir, name), { recursive: true, force: true });
    }
  }

  /**
   * After an erasure goes live, no earlier release may come back: they still hold the erased
   * person's pages and search index. Deletes them and remembers why, for `rollback` to say so.
   */
  forgetEarlierThan(release: string, reason: string): void {
    const name = path.basename(release);
    for (const earlier of this.list().filter((other) => other < name)) rmSync(path.join(this.dir, earlier), { recursive: true, force: true });
    writeFileSync(this.barrierFile, `${name}\n${reason}\n`);
  }

  private get barrierFile(): string {
    return path.join(this.dir, 'rollback-barrier');
  }

  /**
   * Replaces each file of `release` that is byte for byte the one at the same path in `earlier` by
   * a hard link to it, so releases share what did not change and keeping five costs little more
   * disk than one. Safe on a live release: each file is swapped by a rename, and both hold the same
   * bytes. The link is made beside the releases, not in one, so the site server, which lists a
   * release when it starts serving it, never meets a name that is gone a moment later. Returns how
   * many files the two releases share.
   */
  async shareUnchanged(release: string, earlier: string | undefined): Promise<number> {
    if (!earlier) return 0;
    let linked = 0;
    let made = 0;
    await inBatches(siteFiles(release), 32, async (file) => {
      const [ours, theirs] = [path.join(release, file), path.join(earlier, file)];
      const kin = await kinship(ours, theirs);
      if (kin === 'different') return;
      // Already one file (the build linked both from the same store, as the compressed copies are):
      // a rename onto a link of itself would do nothing and leave the temporary behind.
      if (kin === 'same bytes') {
        const temporary = path.join(this.dir, `.link-${process.pid}-${made++}`);
        await link(theirs, temporary);
        await rename(temporary, ours);
      }
      linked += 1;
    });
    return linked;
  }

  discard(release: string): void {
    if (release !== this.live()) rmSync(release, { recursive: true, force: true });
  }

  /** Makes the release before the live one live again; returns it. */
  rollback(): string {
    const names = this.list();
    const live = this.live();
    const index = live ? names.indexOf(path.basename(live)) : -1;
    if (index < 1) {
      const [barrier, reason] = existsSync(this.barrierFile) ? readFileSync(this.barrierFile, 'utf8').split('\n') : [];
      throw new Error(
        barrier !== undefined && barrier === names[index]
          ? `there is no earlier release to roll back to: earlier ones were deleted when ${barrier} went live (${reason})`
          : 'there is no earlier release to roll back to',
      );
    }
    const previous = path.join(this.dir, names[index - 1]!);
    this.activate(previous);
    // Drop the release rolled back from, so the next rollback goes one further.
    rmSync(path.join(this.dir, names[index]!), { recursive: true, force: true });
    for (const newer of names.slice(index + 1)) rmSync(path.join(this.dir, newer), { recursive: true, force: true });
    return previous;
  }
}
