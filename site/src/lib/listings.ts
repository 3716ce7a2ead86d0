/**
 * The data behind the three filterable listings (role models, honor roll, lessons). A listing
 * page renders the first cards itself and its <card-listing> element loads the rest from `<listing>/cards.json`,
 * so a district with thousands of entries still sends phones a small page.
 */
import { awardCard, type CardData, lessonCard, recipientHref, roleModelCard } from './cards';
import { env } from '@pioneers/env';
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
 * Cards a listing page renders before its element has loaded the others, and how many more each
 * "显示更多" adds. LISTING_FIRST_CARDS lowers it where the content is small (the tests' build), so
 * the two-part path is exercised there too.
 */
export const FIRST_CARDS = env.LISTING_FIRST_CARDS;

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

/** `GET <listing>/cards.json`: every card of a listing, for its <card-listing> element. */
export const cardsEndpoint = (listing: () => Promise<Listing>) => async () =>
  new Response(JSON.stringify((await listing()).items), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
