/**
 * The data behind the three filterable listings (role models, honor roll, lessons). A listing
 * page renders the first cards itself and its island loads the rest from `<listing>/cards.json`,
 * so a district with thousands of entries still sends phones a small page.
 */
import { env } from '@pioneers/env';
import type { BrowserItem, Facet } from '../components/CardBrowser';
import { awardCard, lessonCard, roleModelCard } from './cards';
import { awardCategory, awardLevel, lessonGradeBand, roleModelKind } from '../cms/generated/enums';
import { allLessons, allRoleModels, newestAwards, once, options } from './site';

export interface Listing {
  items: BrowserItem[];
  facets: Facet[];
}

/**
 * Cards a listing page renders before its island has loaded the others, and how many more each
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
      names: award.data.recipients.map((recipient) => recipient.name),
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

/** `GET <listing>/cards.json`: every card of a listing, for its island. */
export const cardsEndpoint = (listing: () => Promise<Listing>) => async () =>
  new Response(JSON.stringify((await listing()).items), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
