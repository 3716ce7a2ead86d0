/**
 * Keys for Astro's incremental build (astro.config.mjs): a page whose key and code are unchanged
 * since the last build is copied from Astro's cache instead of rendered. A key must therefore
 * change whenever anything the page shows changes, and only then.
 */
import { createHash } from 'node:crypto';
import { type CollectionEntry, getEntry } from 'astro:content';
import { type CardKind, shownOnCards } from './cards';
import { isLiveLink } from './site-pages';

/** An entry of the content store; its digest changes whenever its data does (src/cms/loader.ts). */
interface Stored {
  id: string;
  digest?: string | number;
  data?: unknown;
}

/** Every link URL in an entry's rich text, at any depth. */
function linksIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(linksIn);
  if (!value || typeof value !== 'object') return [];
  const node = value as Record<string, unknown>;
  return [...(node.type === 'link' && typeof node.url === 'string' ? [node.url] : []), ...Object.values(node).flatMap(linksIn)];
}

const listedDigests = new WeakMap<object, string>();

/**
 * An entry as a card or a line of a list shows it: the page depends on what its card shows
 * (lib/cards.ts), so an edit elsewhere in the entry (an article's body, a gallery) leaves every
 * page that lists it as it was.
 */
export function asListed<K extends CardKind>(entry: CollectionEntry<K>): Stored {
  let digest = listedDigests.get(entry.data);
  if (digest === undefined) {
    const shown = (shownOnCards[entry.collection] as (data: CollectionEntry<K>['data']) => unknown)(entry.data);
    digest = createHash('sha256').update(JSON.stringify(shown)).digest('base64url');
    listedDigests.set(entry.data, digest);
  }
  return { id: `${entry.collection}/${entry.id}`, digest };
}

/**
 * The key of a page that shows `entries` (its own entry whole; what it lists or links to, as
 * `asListed(entry)`) and `facts` (what else decides its content: a heading, the number of pages).
 * Every page's layout shows the site settings, so they are part of every key.
 */
export async function cacheKey(entries: Stored[], ...facts: Array<string | number>): Promise<string> {
  const settings = await getEntry('siteSetting', 'site-setting');
  const shown = settings ? [settings, ...entries] : entries;
  const hash = createHash('sha256').update(`${shown.length}\0`);
  for (const entry of shown) {
    // Every stored entry has one; a missing digest would silently keep a stale page.
    if (entry.digest === undefined) throw new Error(`content entry ${entry.id} has no digest`);
    hash.update(`${entry.id}\0${entry.digest}\0`);
  }
  for (const fact of facts) hash.update(`${fact}\0`);
  // A link to a page of the site shows as a link only while that page exists (components/blocks/Inline.astro).
  const site = import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined;
  for (const url of shown.flatMap((entry) => linksIn(entry.data))) hash.update(`${url}\0${await isLiveLink(url, site)}\0`);
  return hash.digest('base64url');
}
