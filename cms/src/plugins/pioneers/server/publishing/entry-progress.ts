/** The parts of PublisherStatus (@pioneers/publisher/status) that say when builds ran: the CMS's server build cannot import the package's TypeScript source. */
export interface BuildTimes {
  state: 'idle' | 'queued' | 'building';
  building?: { startedAt: string };
  live?: { startedAt: string; finishedAt: string };
  lastFailure?: { at: string; reason: string };
}

/** Where one published entry is on its way to the public site. */
export type EntryProgress =
  | { state: 'queued' }
  | { state: 'building'; since: string }
  | { state: 'live'; since: string; url?: string }
  | { state: 'failed'; at: string; reason: string };

/**
 * How far the site has got with an entry published at `publishedAt`. A build reads the CMS when it
 * starts, so any build started after the publish carries it, whichever change queued that build;
 * one started before it does not. (The CMS and the rebuild service share a clock: same host or NTP.)
 */
export function entryProgress(status: BuildTimes, publishedAt: string, url?: string): EntryProgress {
  const published = Date.parse(publishedAt);
  const after = (iso: string | undefined) => iso !== undefined && Date.parse(iso) >= published;
  if (status.live && after(status.live.startedAt)) return { state: 'live', since: status.live.finishedAt, ...(url && { url }) };
  if (status.building && after(status.building.startedAt)) return { state: 'building', since: status.building.startedAt };
  const failure = status.lastFailure;
  // A failed build that carried it, with nothing building or waiting to try again.
  if (failure && after(failure.at) && status.state === 'idle') return { state: 'failed', at: failure.at, reason: failure.reason };
  return { state: 'queued' };
}
