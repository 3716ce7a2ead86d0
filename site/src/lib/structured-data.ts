/**
 * JSON-LD (schema.org) for search engines and WeChat: what each page already shows, never more.
 * For a minor that is the name, the school and the 中队 the page prints: no photo, no birth date.
 */
import type { PageEntry } from './site';

type Thing = Record<string, unknown>;

/** The page's data as a `<script type="application/ld+json">` body: `<` escaped, so no text can close the element. */
export const jsonLd = (thing: Thing) => JSON.stringify({ '@context': 'https://schema.org', ...thing }).replaceAll('<', '\\u003c');

const publisher = (organisation: string | undefined, site: URL) =>
  organisation ? { '@type': 'Organization', name: organisation, url: site.origin } : undefined;

export const newsArticle = ({ data }: PageEntry<'articles'>, url: URL, image: URL | undefined, organisation?: string): Thing => ({
  '@type': 'NewsArticle',
  headline: data.title,
  description: data.summary,
  datePublished: data.publishedOn,
  url: url.href,
  mainEntityOfPage: url.href,
  ...(image ? { image: [image.href] } : {}),
  ...(data.author ? { author: { '@type': 'Person', name: data.author } } : {}),
  ...(publisher(organisation, url) ? { publisher: publisher(organisation, url) } : {}),
});

/** A pupil or counselor as a Person, a 少先队集体 as an Organization. */
export const roleModel = ({ data }: PageEntry<'roleModels'>, url: URL): Thing => ({
  '@type': data.kind === 'collective' ? 'Organization' : 'Person',
  name: data.name,
  url: url.href,
  ...(data.kind === 'counselor' ? { jobTitle: '少先队辅导员' } : {}),
  ...(data.school
    ? { [data.kind === 'collective' ? 'parentOrganization' : 'affiliation']: { '@type': 'EducationalOrganization', name: data.school.name } }
    : {}),
});

export const lessonVideo = ({ data }: PageEntry<'lessons'>, url: URL, contentUrl: URL, thumbnail: URL | undefined): Thing => ({
  '@type': 'VideoObject',
  name: data.title,
  description: data.summary,
  url: url.href,
  contentUrl: contentUrl.href,
  duration: `PT${data.durationSeconds}S`,
  // The CMS keeps the lesson's year only; a year alone is a valid ISO 8601 date.
  uploadDate: String(data.year),
  inLanguage: 'zh-CN',
  ...(thumbnail ? { thumbnailUrl: [thumbnail.href] } : {}),
  ...(data.chapters.length > 0
    ? {
        hasPart: data.chapters.map((chapter) => ({
          '@type': 'Clip',
          name: chapter.title,
          startOffset: chapter.startSecond,
          url: `${url.href}#t=${chapter.startSecond}`,
        })),
      }
    : {}),
});
