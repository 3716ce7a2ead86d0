import type { Loader, LoaderContext } from 'astro/loaders';
import {
  absoluteMedia,
  type CmsSettings,
  type ContentVersions,
  cmsSettings,
  fetchCollection,
  fetchContentVersions,
  fetchDocuments,
  fetchSingle,
} from './client';
import { isSingleType, queries, type CollectionName } from './queries';

/** What the last sync stored, per documentId: the entry's id in the store and the version it was fetched at. */
type Synced = Record<string, { id: string; version: string }>;

/**
 * One listing serves every collection of a sync (Astro loads them together): a collection takes
 * the latest listing unless it already synced from it, and then asks the CMS for a fresh one.
 */
const listings = new Map<string, { versions: Promise<ContentVersions>; usedBy: Set<CollectionName> }>();

async function publishedVersions(settings: CmsSettings, name: CollectionName): Promise<Record<string, string>> {
  const key = `${settings.url} ${settings.token ?? ''}`;
  let latest = listings.get(key);
  if (!latest || latest.usedBy.has(name)) {
    latest = { versions: fetchContentVersions(settings), usedBy: new Set() };
    listings.set(key, latest);
  }
  latest.usedBy.add(name);
  const versions = (await latest.versions)[name];
  if (!versions) throw new Error(`the CMS at ${settings.url} lists no versions of ${name}: is it older than this site?`);
  return versions;
}

/** The last sync's bookkeeping, if it was made with this query from this CMS and the store still holds exactly what it recorded. */
function lastSync({ meta, store }: LoaderContext, queryDigest: string): Synced | undefined {
  const recorded = meta.get('documents');
  if (!recorded || meta.get('query') !== queryDigest) return undefined;
  const synced = JSON.parse(recorded) as Synced;
  const ids = new Set(Object.values(synced).map((entry) => entry.id));
  const keys = store.keys();
  return keys.length === ids.size && keys.every((id) => ids.has(id)) ? synced : undefined;
}

/**
 * An Astro content-layer loader for one CMS collection (or single type), keyed by slug. The first
 * sync (or one with another query or CMS address) pages through every published entry; later ones ask the CMS for the version of every
 * published document (one request for all collections) and fetch only the documents whose version
 * changed, removing those no longer listed. A version changes with whatever this loader stores,
 * also when a linked entry or file changed without touching the document, so nothing stale stays.
 * Unchanged entries keep their digest and are not re-parsed.
 */
export function strapiLoader(name: CollectionName, settings: CmsSettings = cmsSettings()): Loader {
  const single = isSingleType(name);
  const query = queries[name];

  async function fetchEntries(documentIds: string[] | undefined): Promise<unknown[]> {
    if (documentIds?.length === 0) return [];
    if (single) return [await fetchSingle(settings, name, query)].filter((entry) => entry !== undefined);
    return documentIds ? fetchDocuments(settings, name, query, documentIds) : fetchCollection(settings, name, query);
  }

  return {
    name: `strapi:${name}`,
    async load(context) {
      const { store, parseData, generateDigest, logger, meta } = context;
      // Stored entries carry media URLs made absolute against the CMS's address.
      const queryDigest = generateDigest({ query, cms: settings.url });
      // A snapshot has no versions: it is read whole every time.
      const versions = settings.snapshotDir ? undefined : await publishedVersions(settings, name);
      const previous = versions && lastSync(context, queryDigest);
      const changed = previous && Object.keys(versions).filter((documentId) => previous[documentId]?.version !== versions[documentId]);
      const raw = await fetchEntries(changed);

      const synced: Synced = {};
      if (previous) for (const [documentId, entry] of Object.entries(previous)) if (versions?.[documentId] === entry.version) synced[documentId] = entry;
      for (const item of raw) {
        const { id: _id, documentId, ...fields } = item as Record<string, unknown>;
        const id = single ? name : String(fields.slug);
        const data = absoluteMedia(fields, settings.url) as Record<string, unknown>;
        const digest = generateDigest(data);
        synced[String(documentId)] = { id, version: versions?.[String(documentId)] ?? '' };
        if (store.get(id)?.digest === digest) continue;
        store.set({ id, data: await parseData({ id, data }), digest });
      }
      // Unpublished, deleted, renamed (its old slug), or unpublished between the listing and the fetch.
      const kept = new Set(Object.values(synced).map((entry) => entry.id));
      const removed = store.keys().filter((id) => !kept.has(id));
      for (const id of removed) store.delete(id);

      meta.set('documents', JSON.stringify(synced));
      meta.set('query', queryDigest);
      meta.set('lastSynced', new Date().toISOString());
      const fetched = changed ? `${changed.length} changed` : 'full sync';
      logger.info(`${fetched}, ${kept.size} in all${removed.length ? `, ${removed.length} removed` : ''}`);
    },
  };
}
