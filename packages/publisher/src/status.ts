/**
 * What the rebuild service reports at `GET /status`: read by its own status page, relayed to the
 * admin's publishing widget by the CMS. Types only, so the admin panel can import them.
 */

export interface Change {
  event: string;
  /** Content type, e.g. `api::article.article`, or `media`. */
  subject: string;
  label?: string;
  at: string;
}

export interface BuildRecord {
  release: string;
  startedAt: string;
  finishedAt: string;
  pages: number;
  /** Files Astro rendered, and files it copied unchanged from the previous build. */
  rendered: number;
  copied: number;
  changes: Change[];
  /** Files shared with the release live before as hard links. */
  linked?: number;
  /** Whether every page's links were checked, or those of the changed pages and what linked to what went. */
  linkCheck?: 'full' | 'changed';
  /** Pages whose links were read. */
  checkedPages?: number;
  /** Seconds each step took: build (and `build.*`, its phases), search index, link check, hard links. */
  timings?: Record<string, number>;
}

export interface PublisherStatus {
  state: 'idle' | 'queued' | 'building';
  pending: Change[];
  building?: { startedAt: string; changes: Change[] };
  live?: BuildRecord;
  lastFailure?: { at: string; reason: string; changes: Change[] };
  builds: number;
  failures: number;
}
