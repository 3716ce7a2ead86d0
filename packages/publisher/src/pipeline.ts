/**
 * One release, start to finish: build → search index → check → activate → share unchanged files.
 * The release is complete and checked before the `live` symlink turns to it; whatever fails on
 * the way throws a PublishError and leaves the live site as it was.
 */
import path from 'node:path';
import { BrokenLinksError, BuildFailedError, failureReason, PublishError, SiteCollapsedError } from './errors';
import { type LinkCheck, LinkGraph } from './links';
import type { Batch } from './queue';
import { compareFiles, isHtml, type Releases } from './releases';
import type { SearchIndexChange } from './search-index';
import type { BuildRecord } from './status';
import { isErasure } from './webhooks';

/** Which files of a build Astro rendered, and which it copied from its incremental cache. */
export interface BuildReport {
  rendered: string[];
  copied: string[];
  /** Seconds each phase of the build took (Astro's: startup, sync, bundle, pages, images, finish). */
  phases?: Record<string, number>;
}

/**
 * Builds the site into `dir` (`astro build` from the CMS in `pnpm start`; tests give stand-ins).
 * `force` renders every page. The report's `rendered` must name every file the builder wrote
 * anew; what it does not name is taken to be the previous build's, and its links are not read
 * again. A builder that reports nothing counts every page as rendered.
 */
// biome-ignore lint/suspicious/noConfusingVoidType: a builder that reports nothing is any async function, as the tests' stand-ins are.
export type Builder = ((dir: string, options: BuilderOptions) => Promise<BuildReport | void>) & {
  /**
   * Called after a release has gone live and its last steps are done, before the publisher takes
   * the next change: the builder may make the next build's work ready (the site's builder copies
   * the unchanged pages into place), off the time an editor waits. Its failure only costs time.
   */
  prepare?: (dir: string) => Promise<void>;
};

export interface BuilderOptions {
  force: boolean;
  /**
   * Called, if the builder can tell, once every page is written and before its last steps (Astro's
   * images and integrations), with the files rendered so far: the search index reads the pages
   * meanwhile.
   */
  pagesWritten?: (rendered: string[]) => void;
}

export interface PipelineOptions {
  releases: Releases;
  build: Builder;
  /** Indexes the pages in a folder for search into `change.output` (Pagefind, see search-index.ts). */
  indexSearch: (pages: string, change: SearchIndexChange) => Promise<unknown>;
  /** A new build may have at most this fraction fewer pages than the live one, unless forced. */
  maxShrink: number;
  keepReleases: number;
  /** Every page's links are checked at least this often; in between, those of the change. */
  fullLinkCheckEveryMs: number;
  /** Told the moment a release is live, before the work that follows the switch. */
  onLive: (record: BuildRecord) => void;
  log: (line: string) => void;
}

export class ReleasePipeline {
  /**
   * A build that fails while rendering may leave Astro's incremental cache holding pages of
   * content that never went live; the next build renders every page, rewriting the cache.
   */
  private renderAllNext = false;
  /** The links and the files of the live release, if this process made it. */
  private lastLive: { graph: LinkGraph; files: string[] } | undefined;
  private lastFullCheckAt = 0;

  constructor(private readonly options: PipelineOptions) {}

  /** Hard links to the earlier release; the release is live already, so a failure here only costs disk. */
  private async shareUnchanged(release: string, earlier: string | undefined): Promise<number> {
    try {
      return await this.options.releases.shareUnchanged(release, earlier);
    } catch (error) {
      this.options.log(`unchanged files stay copies: ${failureReason(error)}`);
      return 0;
    }
  }

  async publish({ changes, startedAt, force }: Batch): Promise<BuildRecord> {
    const { releases } = this.options;
    const timings: Record<string, number> = {};
    const timed = async <T>(step: string, work: () => T | Promise<T>): Promise<T> => {
      const start = performance.now();
      try {
        return await work();
      } finally {
        timings[step] = Number(((performance.now() - start) / 1000).toFixed(2));
      }
    };
    let release: string | undefined;
    let indexing: Promise<unknown> | undefined;
    try {
      // Built in the one building folder (Astro's incremental cache depends on it), then moved into a release.
      const building = releases.startBuilding();
      const live = releases.live();
      const indexSearch = (rendered: string[] | undefined) =>
        (indexing ??= this.options.indexSearch(building, { earlier: live, rendered, output: releases.indexing }));
      const report = await timed('build', () =>
        this.options
          .build(building, {
            force: this.renderAllNext,
            // Its failure is awaited below, with the build's.
            pagesWritten: (rendered) => void indexSearch(rendered).catch(() => undefined),
          })
          .catch((error: unknown) => {
            throw error instanceof PublishError ? error : new BuildFailedError(failureReason(error), { cause: error });
          }),
      );
      for (const [phase, seconds] of Object.entries(report?.phases ?? {})) timings[`build.${phase}`] = seconds;
      // What the index still takes once the build is done (it started when the pages were written).
      await timed('searchIndex', () => indexSearch(report?.rendered));
      release = releases.adopt();
      // What this process knows of the live release describes it only if nothing (a rollback) changed `live` since;
      // then the pages the builder did not render are the live release's, byte for byte (Astro copies them from its cache).
      const known = this.lastLive && path.basename(this.lastLive.graph.release) === path.basename(live ?? '') ? this.lastLive : undefined;
      // Listing a release of 10k pages takes 0.3 s: the live one's files are those this process listed when it made it.
      const diff = compareFiles(release, live, known?.files);
      const pages = diff.files.filter(isHtml).length;
      const livePages = diff.earlierFiles.filter(isHtml).length;
      if (!force && livePages > 0 && pages < livePages * (1 - this.options.maxShrink)) throw new SiteCollapsedError(pages, livePages);

      const graph = known?.graph;
      const full = force || !graph || !report || Date.now() - this.lastFullCheckAt >= this.options.fullLinkCheckEveryMs;
      const check: LinkCheck = await timed('linkCheck', () => {
        if (full || !graph || !report) return LinkGraph.checkAll(release!, diff.files);
        const earlier = new Set(diff.earlierFiles);
        const rendered = report.rendered.map((file) => path.normalize(file.replace(/^\//, '')));
        return graph.checkChanged(release!, diff, [...rendered, ...diff.files.filter((file) => !earlier.has(file))]);
      });
      if (check.broken.length > 0) throw new BrokenLinksError(check.broken);

      releases.activate(release);
      this.lastLive = { graph: check.graph, files: diff.files };
      if (full) this.lastFullCheckAt = Date.now();
      const record: BuildRecord = {
        release: path.basename(release),
        startedAt,
        finishedAt: new Date().toISOString(),
        pages,
        rendered: report ? report.rendered.length : pages,
        copied: report ? report.copied.length : 0,
        changes,
        linkCheck: full ? 'full' : 'changed',
        checkedPages: check.checkedPages,
        timings,
      };
      this.options.onLive(record);
      // After the switch, off the time an editor waits: readers already have the new release.
      record.linked = await timed('shareUnchanged', () => this.shareUnchanged(release!, live));
      if (changes.some(isErasure)) releases.forgetEarlierThan(release, 'a profile was deleted, which erases it');
      releases.prune(this.options.keepReleases);
      this.renderAllNext = false;
      await timed('prepareNext', () =>
        this.options.build
          .prepare?.(releases.building)
          .catch((error: unknown) => this.options.log(`the next build was not made ready: ${failureReason(error)}`)),
      );
      return record;
    } catch (error) {
      // The next build empties the folder the index may still be reading.
      await indexing?.catch(() => undefined);
      if (release) releases.discard(release);
      this.renderAllNext = true;
      throw error;
    }
  }
}
