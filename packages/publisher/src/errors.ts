/** Why a release did not go live: each failure is its own type, and `reason` is what the status shows. */
export class PublishError extends Error {
  override name = 'PublishError';
  constructor(
    /** One line for the status page and the admin widget. */
    readonly reason: string,
    options?: ErrorOptions,
  ) {
    super(reason, options);
  }
}

/** The builder failed: the CMS could not be read, a template threw, Astro stopped. */
export class BuildFailedError extends PublishError {
  override name = 'BuildFailedError';
}

/** The new build has far fewer pages than the live one: more likely a broken sync than a real change. */
export class SiteCollapsedError extends PublishError {
  override name = 'SiteCollapsedError';
  constructor(
    readonly pages: number,
    readonly livePages: number,
  ) {
    super(`the new build has ${pages} pages against ${livePages} live; refusing to publish a collapse (rebuild with force to accept it)`);
  }
}

export interface BrokenLink {
  /** The page holding the link, relative to the release (`news/a/index.html`). */
  page: string;
  /** The link as written on the page. */
  url: string;
}

/** Links or images of the new release that lead nowhere in it. */
export class BrokenLinksError extends PublishError {
  override name = 'BrokenLinksError';
  constructor(readonly broken: BrokenLink[]) {
    super(
      `${broken.length} broken link(s), e.g. ${broken
        .slice(0, 3)
        .map((link) => `${link.url} (from /${link.page})`)
        .join(', ')}`,
    );
  }
}

/** Pagefind could not index the release. */
export class SearchIndexError extends PublishError {
  override name = 'SearchIndexError';
}

/** The line the status shows for a failure: a PublishError's reason, else the first line of any other error. */
export function failureReason(error: unknown): string {
  if (error instanceof PublishError) return error.reason;
  const message = error instanceof Error ? error.message : String(error);
  return (
    message
      .split('\n')
      .map((line) => line.trim())
      .find(Boolean) ?? String(error)
  );
}
