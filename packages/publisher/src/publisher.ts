/**
 * The rebuild service: Strapi's webhooks tell it what changed; it waits for a quiet moment, builds
 * the site into a new release, checks it, and only then makes it live. A failed build leaves the
 * live site untouched and is reported with its reason.
 */
import type { Server } from 'node:http';
import { createControlServer } from './control-server';
import { failureReason } from './errors';
import { type Builder, ReleasePipeline } from './pipeline';
import { type Batch, PublishQueue } from './queue';
import type { Releases } from './releases';
import { type SearchIndexChange, SearchIndexer } from './search-index';
import type { BuildRecord, Change, PublisherStatus } from './status';
import { isRelevant } from './webhooks';

export interface PublisherOptions {
  releases: Releases;
  /** The control API's secret (bearer token). */
  secret: string;
  build: Builder;
  /** Makes the search index inside a new release; Pagefind unless a test gives another. */
  indexSearch?: (pages: string, change: SearchIndexChange) => Promise<unknown>;
  /**
   * Quiet time after the last change before a build starts: long enough to gather the webhooks of
   * one action (a publish with its relations, an import), short enough that an editor's single
   * Publish builds at once. Bursts need no longer wait: changes that arrive during a build all
   * go into the one build after it.
   */
  debounceMs?: number;
  /** A build starts at the latest this long after the first waiting change. */
  maxWaitMs?: number;
  /** A new build may have at most this fraction fewer pages than the live one, unless forced. */
  maxShrink?: number;
  keepReleases?: number;
  /** Every page's links are checked at least this often (and on a forced rebuild); in between, those of the change. */
  fullLinkCheckEveryMs?: number;
  log?: (line: string) => void;
}

export class Publisher {
  static readonly isRelevant = isRelevant;
  private readonly queue: PublishQueue;
  private readonly pipeline: ReleasePipeline;
  private live: BuildRecord | undefined;
  private lastFailure: PublisherStatus['lastFailure'];
  private builds = 0;
  private failures = 0;
  private readonly log: (line: string) => void;

  constructor(private readonly options: PublisherOptions) {
    this.log = (line) => (options.log ?? console.log)(`publisher: ${line}`);
    this.queue = new PublishQueue({ debounceMs: options.debounceMs ?? 250, maxWaitMs: options.maxWaitMs ?? 30_000, run: (batch) => this.run(batch) });
    const searchIndexer = new SearchIndexer();
    this.pipeline = new ReleasePipeline({
      releases: options.releases,
      build: options.build,
      indexSearch: options.indexSearch ?? ((pages, change) => searchIndexer.index(pages, change)),
      maxShrink: options.maxShrink ?? 0.5,
      keepReleases: options.keepReleases ?? 5,
      fullLinkCheckEveryMs: options.fullLinkCheckEveryMs ?? 24 * 3600_000,
      onLive: (record) => {
        this.live = record;
        this.builds += 1;
      },
      log: this.log,
    });
  }

  get status(): PublisherStatus {
    return {
      ...this.queue.snapshot(),
      ...(this.live ? { live: this.live } : {}),
      ...(this.lastFailure ? { lastFailure: this.lastFailure } : {}),
      builds: this.builds,
      failures: this.failures,
    };
  }

  /** Queues a change; builds start after a quiet period and never overlap. `force` accepts a collapse and checks every link. */
  enqueue(change: Change, force = false): void {
    this.queue.enqueue(change, force);
  }

  /** Resolves once nothing is pending or building. */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  /** The control API: Strapi's webhook, a manual rebuild, and the status for editors. */
  createControlServer(): Server {
    return createControlServer(this, this.options.secret);
  }

  private async run(batch: Batch): Promise<void> {
    this.log(`building for ${batch.changes.length} change(s)…`);
    try {
      const record = await this.pipeline.publish(batch);
      this.log(
        `live: ${record.release} (${record.pages} pages; ${record.rendered} files rendered, ${record.copied} copied; ${record.linked} hard-linked; links: ${record.linkCheck} check of ${record.checkedPages} pages; ${JSON.stringify(record.timings)})`,
      );
    } catch (error) {
      const reason = failureReason(error);
      this.lastFailure = { at: new Date().toISOString(), reason, changes: batch.changes };
      this.failures += 1;
      this.log(`build failed, the live site is unchanged: ${reason}`);
    }
  }
}
