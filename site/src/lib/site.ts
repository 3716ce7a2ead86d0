import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { related } from './related';

/** A page's main entry: from the content store when built, or fetched as a draft for a preview. */
export type PageEntry<C extends CollectionKey> = Pick<CollectionEntry<C>, 'id' | 'data'>;

/**
 * Loads once and keeps the result: the content store does not change during a build (nor in a
 * preview server), and every detail page reads the same lists.
 */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}

/** News, newest first (the CMS sorts too; this keeps the order independent of sync order). */
export const newestArticles = once(async () => (await getCollection('articles')).sort((a, b) => b.data.publishedOn.localeCompare(a.data.publishedOn)));
export const newestAwards = once(async () =>
  (await getCollection('awards')).sort((a, b) => b.data.year - a.data.year || b.data.announcedOn.localeCompare(a.data.announcedOn)),
);
export const allLessons = once(() => getCollection('lessons'));
export const allRoleModels = once(() => getCollection('roleModels'));

type Award = CollectionEntry<'awards'>;
const awardIndexes = { roleModel: new WeakMap<Award[], Map<string, Award[]>>(), school: new WeakMap<Award[], Map<string, Award[]>>() };
/**
 * The awards, in their order, with a recipient linking to `slug`. Indexed once per list: every role
 * model's and school's page asks, and filtering every award for each made their getStaticPaths
 * grow with role models × awards.
 */
function awardsLinking(awards: Award[], link: keyof typeof awardIndexes, slug: string): readonly Award[] {
  let index = awardIndexes[link].get(awards);
  if (!index) {
    index = new Map();
    for (const award of awards)
      for (const linked of new Set(award.data.recipients.map((recipient) => recipient[link]?.slug))) {
        if (!linked) continue;
        const linking = index.get(linked);
        if (linking) linking.push(award);
        else index.set(linked, [award]);
      }
    awardIndexes[link].set(awards, index);
  }
  return index.get(slug) ?? [];
}

export const awardsNaming = (awards: Award[], roleModelSlug: string) => awardsLinking(awards, 'roleModel', roleModelSlug);
export const awardsAtSchool = (awards: Award[], schoolSlug: string) => awardsLinking(awards, 'school', schoolSlug);

/** The news shown under an article: the most alike by tags and category. */
export const relatedArticles = async (article: PageEntry<'articles'>) =>
  related(await newestArticles(), article, (entry) => [...entry.data.tags.map((tag) => tag.slug), `category:${entry.data.category?.slug}`]);

/** Each article's place in the newest-first list. */
const articlePositions = once(async () => new Map((await newestArticles()).map((article, index) => [article.id, index])));

/** 上一篇 (the next newer article) and 下一篇 (the next older); a draft in preview has neither. */
export async function adjacentArticles(article: PageEntry<'articles'>) {
  const [articles, position] = [await newestArticles(), (await articlePositions()).get(article.id)];
  return position === undefined ? {} : { newer: articles[position - 1], older: articles[position + 1] };
}

/** The lessons shown under a lesson: the most alike by theme and grade band. */
export const relatedLessons = async (lesson: PageEntry<'lessons'>) =>
  related(await allLessons(), lesson, (entry) => [...entry.data.themes.map((theme) => theme.slug), `grade:${entry.data.gradeBand}`]);

/** Everything a school's page lists: its news, awards, role models and lessons. */
export async function atSchool(schoolSlug: string) {
  const here = <T extends { data: { school?: { slug: string } | null } }>(entries: T[]) => entries.filter((entry) => entry.data.school?.slug === schoolSlug);
  return {
    articles: here(await newestArticles()),
    awards: awardsAtSchool(await newestAwards(), schoolSlug),
    roleModels: here(await allRoleModels()),
    lessons: here(await allLessons()),
  };
}

/** Distinct values, sorted, as select options. */
export function options(values: Iterable<string>, label: (value: string) => string = (value) => value, descending = false) {
  const sorted = [...new Set(values)].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  return (descending ? sorted.reverse() : sorted).map((value) => ({ value, label: label(value) }));
}
