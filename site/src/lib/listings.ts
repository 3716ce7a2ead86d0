/**
 * The data behind the three filterable listings (role models, honor roll, lessons). A long listing
 * is split into real pages (`<listing>/page/<n>/`) that work without JavaScript; its <card-listing>
 * element filters and searches every card from `<listing>/cards.json`, so a district with thousands
 * of entries still sends phones a small page.
 */
import { awardCard, type CardData, lessonCard, recipientHref, roleModelCard } from './cards';
import { env } from '@pioneers/env';
import { cacheKey } from './cache-keys';
import { pageCount, pageSlice } from './paging';
import { awardCategory, awardLevel, lessonGradeBand, roleModelKind } from '../cms/generated/enums';
import { allLessons, allRoleModels, newestAwards, once, options } from './site';

export interface Facet {
  key: string;
  label: string;
  options: Array<{ value: string; label: string }>;
}

/** A recipient a reader may find by name, with what the award page already shows of them. */
export interface ListedName {
  name: string;
  /** School and 中队 (or unit), as printed on the award page. */
  where: string;
  /** The recipient's line on the award page, which highlights it. */
  href: string;
}

export interface ListingItem {
  card: CardData;
  /** The values this item has for each facet key. */
  facets: Record<string, string[]>;
  /** Names a reader may search for (award recipients); the card title is always searched. */
  names?: ListedName[];
}

export interface Listing {
  items: ListingItem[];
  facets: Facet[];
}

/**
 * Cards on each page of a long listing, and how many more each "显示更多" adds to a filtered one.
 * LISTING_FIRST_CARDS lowers it where the content is small (the tests' build), so paging is
 * exercised there too.
 */
export const CARDS_PER_PAGE = env.LISTING_FIRST_CARDS;

export const roleModelListing = once(async (): Promise<Listing> => {
  const roleModels = await allRoleModels();
  const schoolNames = new Map(roleModels.flatMap(({ data }) => (data.school ? [[data.school.slug, data.school.name] as const] : [])));
  return {
    items: await Promise.all(
      roleModels.map(async (entry) => ({
        card: await roleModelCard(entry),
        facets: { kind: [entry.data.kind], school: entry.data.school ? [entry.data.school.slug] : [] },
      })),
    ),
    facets: [
      { key: 'kind', label: '类别', options: options(Object.keys(roleModelKind), (kind) => roleModelKind[kind as keyof typeof roleModelKind]) },
      { key: 'school', label: '学校', options: options(schoolNames.keys(), (slug) => schoolNames.get(slug)!) },
    ],
  };
});

export const awardListing = once(async (): Promise<Listing> => {
  const awards = await newestAwards();
  const schoolNames = new Map(awards.flatMap(({ data }) => data.recipients.flatMap((r) => (r.school ? [[r.school.slug, r.school.name] as const] : []))));
  return {
    items: awards.map((award) => ({
      card: awardCard(award),
      facets: {
        year: [String(award.data.year)],
        level: [award.data.level],
        category: [award.data.category],
        school: [...new Set(award.data.recipients.flatMap((r) => (r.school ? [r.school.slug] : [])))],
      },
      names: award.data.recipients.map((recipient, index) => ({
        name: recipient.name,
        where: [recipient.school?.name, recipient.unit].filter(Boolean).join(' '),
        href: recipientHref(award.data.slug, index),
      })),
    })),
    facets: [
      {
        key: 'year',
        label: '年度',
        options: options(
          awards.map((a) => String(a.data.year)),
          (year) => `${year}年度`,
          true,
        ),
      },
      { key: 'level', label: '级别', options: Object.entries(awardLevel).map(([value, label]) => ({ value, label })) },
      { key: 'category', label: '类别', options: Object.entries(awardCategory).map(([value, label]) => ({ value, label })) },
      { key: 'school', label: '学校', options: options(schoolNames.keys(), (slug) => schoolNames.get(slug)!) },
    ],
  };
});

export const lessonListing = once(async (): Promise<Listing> => {
  const lessons = [...(await allLessons())].sort((a, b) => b.data.year - a.data.year);
  const themeNames = new Map(lessons.flatMap(({ data }) => data.themes.map((theme) => [theme.slug, theme.name] as const)));
  return {
    items: await Promise.all(
      lessons.map(async (entry) => ({
        card: await lessonCard(entry),
        facets: {
          grade: [entry.data.gradeBand],
          theme: entry.data.themes.map((theme) => theme.slug),
          year: [String(entry.data.year)],
          recognition: [entry.data.recognition],
        },
      })),
    ),
    facets: [
      { key: 'grade', label: '学段', options: Object.entries(lessonGradeBand).map(([value, label]) => ({ value, label })) },
      { key: 'theme', label: '主题', options: options(themeNames.keys(), (slug) => themeNames.get(slug)!) },
      {
        key: 'year',
        label: '年度',
        options: options(
          lessons.map((l) => String(l.data.year)),
          (year) => `${year}年`,
          true,
        ),
      },
      { key: 'recognition', label: '评选结果', options: options(lessons.map((l) => l.data.recognition)) },
    ],
  };
});

/**
 * The listing's filters without JavaScript: CSS that hides, while <card-listing> is not defined,
 * every rendered card whose facet differs from the option chosen (`:has()` sees a select's choice
 * as the reader makes it). For the page's <head>; the element takes over when it runs.
 */
export function filtersWithoutScript({ items, facets }: Listing): string {
  // A CSS string; `<` escaped so that no value (a lesson's recognition is free text) can close the <style> element.
  const quoted = (text: string) => JSON.stringify(text).replaceAll('<', '\\3c ');
  return facets
    .flatMap(({ key, options }) => {
      // A facet with several values per card (schools of an award, themes of a lesson) lists them space-separated.
      const match = items.some((item) => (item.facets[key]?.length ?? 0) > 1) ? '~=' : '=';
      return options.map(
        ({ value }) =>
          `card-listing:not(:defined):has(select[name=${quoted(key)}] option[value=${quoted(value)}]:checked) .grid > li:not([data-${key}${match}${quoted(value)}]){display:none}`,
      );
    })
    .join('\n');
}

/** The listings long enough to be paged (views/ListingView.astro): their address, texts and cards. */
export const pagedListings = {
  roleModels: {
    base: '/role-models/',
    title: '榜样',
    description: '身边的优秀少先队员、少先队辅导员和少先队集体，可亲、可信、可学。',
    lede: '用身边的人、身边的事教育少年儿童。',
    listing: roleModelListing,
    person: true,
  },
  lessons: {
    base: '/lessons/',
    title: '示范课',
    description: '少先队活动课示范课、优质课视频，附字幕、章节和教案下载，供辅导员观摩学习。',
    lede: '少先队活动课示范课、优质课，供辅导员观摩学习。',
    listing: lessonListing,
    person: false,
  },
};

/**
 * `getStaticPaths` of `<listing>/page/[page]`: the pages after the first. A page shows its slice
 * of cards, the form (every facet's options), the count and the number of pages, so its cache key
 * is made of exactly those.
 */
export const listingPages = (listing: () => Promise<Listing>) => async () => {
  const { items, facets } = await listing();
  const last = pageCount(items.length, CARDS_PER_PAGE);
  return Promise.all(
    Array.from({ length: last - 1 }, async (_, index) => {
      const page = index + 2;
      return {
        params: { page: String(page) },
        props: { page },
        cacheKey: await cacheKey([], JSON.stringify({ shown: pageSlice(items, page, CARDS_PER_PAGE), facets }), items.length, last),
      };
    }),
  );
};

/** `GET <listing>/cards.json`: every card of a listing, for its <card-listing> element. */
export const cardsEndpoint = (listing: () => Promise<Listing>) => async () =>
  new Response(JSON.stringify((await listing()).items), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
