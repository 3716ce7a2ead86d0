import type { Loader } from 'astro/loaders';
import { absoluteMedia, cmsSettings, fetchCollection, fetchSingle, type CmsSettings } from './client';
import { isSingleType, queries, type CollectionName } from './queries';

/**
 * An Astro content-layer loader for one CMS collection (or single type). It pages through every
 * published entry, keys them by slug, keeps a digest per entry so unchanged ones are not
 * re-parsed, and removes entries that were deleted or unpublished in the CMS since the last sync.
 */
export function strapiLoader(name: CollectionName, settings: CmsSettings = cmsSettings()): Loader {
  const single = isSingleType(name);
  return {
    name: `strapi:${name}`,
    async load({ store, parseData, generateDigest, logger, meta }) {
      const query = queries[name];
      const raw = single ? [await fetchSingle(settings, name, query)].filter((entry) => entry !== undefined) : await fetchCollection(settings, name, query);

      const seen = new Set<string>();
      for (const item of raw) {
        const { id: _id, documentId: _documentId, ...fields } = item as Record<string, unknown>;
        const id = single ? name : String(fields.slug);
        const data = absoluteMedia(fields, settings.url) as Record<string, unknown>;
        const digest = generateDigest(data);
        seen.add(id);
        if (store.get(id)?.digest === digest) continue;
        store.set({ id, data: await parseData({ id, data }), digest });
      }
      const removed = store.keys().filter((id) => !seen.has(id));
      for (const id of removed) store.delete(id);
      meta.set('lastSynced', new Date().toISOString());
      logger.info(`${raw.length} entries${removed.length ? `, ${removed.length} removed` : ''}`);
    },
  };
}
