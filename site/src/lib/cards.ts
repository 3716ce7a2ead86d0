import type { CollectionEntry } from 'astro:content';
import { awardCategory, awardLevel, lessonGradeBand, roleModelKind } from '../cms/generated/enums';
import { chineseDate, clock } from './format';
import { cardPicture, type PictureData } from './pictures';

/** What every listing card shows (components/Card.astro), built at build time. */
export interface CardData {
  href: string;
  title: string;
  picture?: PictureData;
  /** Shown when there is no picture, e.g. a person without a published photo. */
  placeholder?: string;
  badge?: string;
  meta: string[];
  summary?: string | null;
}

/**
 * What a card shows of an entry, and so all a page listing the entry depends on: each card is
 * built from these facts alone, and a listing page's cache key (lib/cache-keys.ts) hashes them, so
 * an edit to an article's body re-renders its own page and not every page that lists it.
 */
export const shownOnCards = {
  articles: ({ slug, title, cover, category, publishedOn, source, summary }: CollectionEntry<'articles'>['data']) => ({
    slug,
    title,
    cover,
    category: category?.name,
    publishedOn,
    source,
    summary,
  }),
  roleModels: ({ slug, name, photo, headline, kind, school, unit, summary }: CollectionEntry<'roleModels'>['data']) => ({
    slug,
    name,
    photo,
    headline,
    kind,
    school: school?.name,
    unit,
    summary,
  }),
  lessons: ({ slug, title, poster, recognition, gradeBand, year, counselor, durationSeconds, summary }: CollectionEntry<'lessons'>['data']) => ({
    slug,
    title,
    poster,
    recognition,
    gradeBand,
    year,
    counselor: counselor.name,
    durationSeconds,
    summary,
  }),
  awards: ({ slug, title, level, category, year, issuer, recipients }: CollectionEntry<'awards'>['data']) => ({
    slug,
    title,
    level,
    category,
    year,
    issuer,
    recipients: recipients.length,
  }),
};
export type CardKind = keyof typeof shownOnCards;
type Carded<K extends CardKind> = Pick<CollectionEntry<K>, 'data'>;

export async function articleCard({ data }: Carded<'articles'>): Promise<CardData> {
  const shown = shownOnCards.articles(data);
  return {
    href: `/news/${shown.slug}/`,
    title: shown.title,
    picture: await cardPicture(shown.cover),
    badge: shown.category,
    meta: [chineseDate(shown.publishedOn), ...(shown.source ? [shown.source] : [])],
    summary: shown.summary,
  };
}

export async function roleModelCard({ data }: Carded<'roleModels'>): Promise<CardData> {
  const shown = shownOnCards.roleModels(data);
  return {
    href: `/role-models/${shown.slug}/`,
    title: shown.name,
    picture: await cardPicture(shown.photo),
    placeholder: shown.name.slice(0, 1),
    badge: shown.headline,
    meta: [roleModelKind[shown.kind], ...(shown.school ? [shown.school] : []), ...(shown.unit ? [shown.unit] : [])],
    summary: shown.summary,
  };
}

export async function lessonCard({ data }: Carded<'lessons'>): Promise<CardData> {
  const shown = shownOnCards.lessons(data);
  return {
    href: `/lessons/${shown.slug}/`,
    title: shown.title,
    picture: await cardPicture(shown.poster),
    badge: shown.recognition,
    meta: [lessonGradeBand[shown.gradeBand], `${shown.year}年`, shown.counselor, clock(shown.durationSeconds)],
    summary: shown.summary,
  };
}

export function awardCard({ data }: Carded<'awards'>): CardData {
  const shown = shownOnCards.awards(data);
  return {
    href: `/honors/${shown.slug}/`,
    title: shown.title,
    badge: `${awardLevel[shown.level]} · ${awardCategory[shown.category]}`,
    meta: [`${shown.year}年度`, shown.issuer, `${shown.recipients} 个获奖对象`],
  };
}

/** A recipient's line on an award page: its anchor is highlighted (`:target`), without JavaScript. */
export const recipientAnchor = (index: number) => `r${index + 1}`;
export const recipientHref = (awardSlug: string, index: number) => `/honors/${awardSlug}/#${recipientAnchor(index)}`;
/** A school's recipients on an award page, where a school's page links each of its lists. */
export const schoolAnchor = (schoolSlug: string) => `school-${schoolSlug}`;
export const schoolHref = (awardSlug: string, schoolSlug: string) => `/honors/${awardSlug}/#${schoolAnchor(schoolSlug)}`;
