import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';

/** A page's main entry: from the content store when built, or fetched as a draft for a preview. */
export type PageEntry<C extends CollectionKey> = Pick<CollectionEntry<C>, 'id' | 'data'>;

// The content store does not change during a build (nor in a preview server), and every detail
// page reads these lists: sort once, not once per page.
const loaded = new Map<CollectionKey, Promise<unknown>>();
function once<C extends CollectionKey>(collection: C, arrange: (entries: CollectionEntry<C>[]) => CollectionEntry<C>[] = (entries) => entries) {
  return () => {
    if (!loaded.has(collection)) loaded.set(collection, getCollection(collection).then(arrange));
    return loaded.get(collection) as Promise<CollectionEntry<C>[]>;
  };
}

/** News, newest first (the CMS sorts too; this keeps the order independent of sync order). */
export const newestArticles = once('articles', (articles) => articles.sort((a, b) => b.data.publishedOn.localeCompare(a.data.publishedOn)));
export const newestAwards = once('awards', (awards) =>
  awards.sort((a, b) => b.data.year - a.data.year || b.data.announcedOn.localeCompare(a.data.announcedOn)),
);
export const allLessons = once('lessons');
export const allRoleModels = once('roleModels');

export const awardsNaming = (awards: CollectionEntry<'awards'>[], roleModelSlug: string) =>
  awards.filter((award) => award.data.recipients.some((recipient) => recipient.roleModel?.slug === roleModelSlug));

export const awardsAtSchool = (awards: CollectionEntry<'awards'>[], schoolSlug: string) =>
  awards.filter((award) => award.data.recipients.some((recipient) => recipient.school?.slug === schoolSlug));

/** Entries sharing the most tags with `tags`, best first, excluding `self`. */
export function related<T extends { id: string }>(entries: T[], self: T, tagsOf: (entry: T) => string[], count = 3): T[] {
  const own = new Set(tagsOf(self));
  return entries
    .filter((entry) => entry.id !== self.id)
    .map((entry) => ({ entry, score: tagsOf(entry).filter((tag) => own.has(tag)).length }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, count)
    .map(({ entry }) => entry);
}

/** Distinct values, sorted, as select options. */
export function options(values: Iterable<string>, label: (value: string) => string = (value) => value, descending = false) {
  const sorted = [...new Set(values)].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  return (descending ? sorted.reverse() : sorted).map((value) => ({ value, label: label(value) }));
}
