/**
 * The pages this build has, by address, so that what editors wrote can link only to pages that
 * exist: a link whose target has gone since (unpublished, deleted, erased) is shown as plain text
 * (the CMS lists it for editors to fix), and an address an entry had before its slug changed
 * leads on to its page.
 */
import { getCollection } from 'astro:content';
import { CONTENT_TYPES } from '@pioneers/contract';
import { pageCount } from './paging';
import { newestArticles, once } from './site';

type Routed = Extract<(typeof CONTENT_TYPES)[number], { route: string }>;
const routed = CONTENT_TYPES.filter((type): type is Routed => type.route !== null);
/** Types with a page per entry; the others' pages (news sections, tags) list articles. */
const detailTypes = routed.filter((type) => type.lists === null);
const listingTypes = routed.filter((type): type is Extract<Routed, { lists: object }> => type.lists !== null);

const FIXED = ['/', ...detailTypes.map((type) => `/${type.route}/`), '/search/', '/rss.xml'];

const pagedListing = (base: string, items: number) =>
  Array.from({ length: pageCount(items) }, (_, index) => (index === 0 ? base : `${base}page/${index + 1}/`));

const entriesBySection = once(() =>
  Promise.all(
    detailTypes.map(async (type) => ({
      section: type.route,
      entries: (await getCollection(type.collection)).map(({ data }) => data as { slug: string; formerSlugs?: string[] | null }),
    })),
  ),
);

export const sitePages = once(async () => {
  const articles = await newestArticles();
  const groups = await Promise.all(
    listingTypes.map(async ({ collection, route, lists }) =>
      (await getCollection(collection)).flatMap(({ data }) => {
        const listed = articles.filter((article) => {
          const linked: { slug: string } | Array<{ slug: string }> | null | undefined = article.data[lists.by];
          return Array.isArray(linked) ? linked.some((group) => group.slug === data.slug) : linked?.slug === data.slug;
        });
        return pagedListing(`/${route}/${data.slug}/`, listed.length);
      }),
    ),
  );
  const details = (await entriesBySection()).flatMap(({ section, entries }) => entries.map((entry) => `/${section}/${entry.slug}/`));
  return new Set([...FIXED, ...pagedListing('/news/', articles.length), ...groups.flat(), ...details]);
});

/** Addresses entries had before a slug change, each with the page it leads to now (never one that is a page itself). */
export const movedPages = once(async () => {
  const pages = await sitePages();
  return (await entriesBySection()).flatMap(({ section, entries }) =>
    entries.flatMap((entry) =>
      (entry.formerSlugs ?? [])
        .filter((former) => !pages.has(`/${section}/${former}/`))
        .map((former) => ({ from: `${section}/${former}`, to: `/${section}/${entry.slug}/` })),
    ),
  );
});

/**
 * Whether a link written in content leads to a page of this build. Links elsewhere count as live;
 * a link into the site counts only if its page exists (with or without the trailing slash).
 */
export async function isLiveLink(href: string, site: URL | undefined): Promise<boolean> {
  let url: URL;
  try {
    url = new URL(href, site ?? 'http://site.invalid');
  } catch {
    return true; // not an address: safeHref renders it as text anyway
  }
  const internal = (href.startsWith('/') && !href.startsWith('//')) || (site !== undefined && url.origin === site.origin);
  if (!internal) return true;
  const { pathname } = url;
  const pages = await sitePages();
  return (
    pages.has(pathname) || pages.has(`${pathname}/`) || (await movedPages()).some((moved) => `/${moved.from}/` === pathname || `/${moved.from}` === pathname)
  );
}
