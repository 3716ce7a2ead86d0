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

export const articleCard = async ({ data }: Pick<CollectionEntry<'articles'>, 'data'>): Promise<CardData> => ({
  href: `/news/${data.slug}/`,
  title: data.title,
  picture: await cardPicture(data.cover),
  badge: data.category?.name,
  meta: [chineseDate(data.publishedOn), ...(data.source ? [data.source] : [])],
  summary: data.summary,
});

export const roleModelCard = async ({ data }: Pick<CollectionEntry<'roleModels'>, 'data'>): Promise<CardData> => ({
  href: `/role-models/${data.slug}/`,
  title: data.name,
  picture: await cardPicture(data.photo),
  placeholder: data.name.slice(0, 1),
  badge: data.headline,
  meta: [roleModelKind[data.kind], ...(data.school ? [data.school.name] : []), ...(data.unit ? [data.unit] : [])],
  summary: data.summary,
});

export const lessonCard = async ({ data }: Pick<CollectionEntry<'lessons'>, 'data'>): Promise<CardData> => ({
  href: `/lessons/${data.slug}/`,
  title: data.title,
  picture: await cardPicture(data.poster),
  badge: data.recognition,
  meta: [lessonGradeBand[data.gradeBand], `${data.year}年`, data.counselor.name, clock(data.durationSeconds)],
  summary: data.summary,
});

export const awardCard = ({ data }: Pick<CollectionEntry<'awards'>, 'data'>): CardData => ({
  href: `/honors/${data.slug}/`,
  title: data.title,
  badge: `${awardLevel[data.level]} · ${awardCategory[data.category]}`,
  meta: [`${data.year}年度`, data.issuer, `${data.recipients.length} 个获奖对象`],
});

/** A recipient's line on an award page: its anchor is highlighted (`:target`), without JavaScript. */
export const recipientAnchor = (index: number) => `r${index + 1}`;
export const recipientHref = (awardSlug: string, index: number) => `/honors/${awardSlug}/#${recipientAnchor(index)}`;
/** A school's recipients on an award page, where a school's page links each of its lists. */
export const schoolAnchor = (schoolSlug: string) => `school-${schoolSlug}`;
export const schoolHref = (awardSlug: string, schoolSlug: string) => `/honors/${awardSlug}/#${schoolAnchor(schoolSlug)}`;
