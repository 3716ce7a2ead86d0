/**
 * Keys for Astro's incremental build (astro.config.mjs): a page whose key and code are unchanged
 * since the last build is copied from Astro's cache instead of rendered. A key must therefore
 * change whenever anything the page shows changes, and only then.
 */
import { createHash } from 'node:crypto';
import { getEntry } from 'astro:content';

/** An entry of the content store; its digest changes whenever its data does (src/cms/loader.ts). */
interface Stored {
  id: string;
  digest?: string | number;
}

/**
 * The key of a page that shows `entries` (its own entry and every entry it lists or links) and
 * `facts` (what else decides its content: a heading, the number of pages). Every page's layout
 * shows the site settings, so they are part of every key.
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
  return hash.digest('base64url');
}
