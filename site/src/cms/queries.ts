/**
 * Named populate fragments: each collection asks for exactly the fields and relations its pages
 * render (never `populate=*`), so a new private field in the CMS cannot leak by accident.
 */
import type { Query } from './client';

const MEDIA = { fields: ['url', 'name', 'mime', 'alternativeText', 'width', 'height', 'size'] };
const REF = { fields: ['slug', 'name'] };

export const queries = {
  schools: { fields: ['slug', 'formerSlugs', 'name', 'kind', 'intro'], populate: { logo: MEDIA } },
  categories: { fields: ['slug', 'name'] },
  tags: { fields: ['slug', 'name'] },
  articles: {
    fields: ['slug', 'formerSlugs', 'title', 'summary', 'publishedOn', 'source', 'author', 'body'],
    sort: ['publishedOn:desc', 'id:desc'],
    populate: {
      cover: MEDIA,
      gallery: MEDIA,
      category: REF,
      tags: REF,
      school: REF,
      seo: { fields: ['metaTitle', 'metaDescription'], populate: { shareImage: MEDIA } },
    },
  },
  'role-models': {
    fields: ['slug', 'formerSlugs', 'name', 'kind', 'unit', 'headline', 'summary', 'story'],
    sort: ['name:asc'],
    populate: { photo: MEDIA, school: REF },
  },
  awards: {
    fields: ['slug', 'formerSlugs', 'title', 'year', 'level', 'category', 'issuer', 'documentNumber', 'announcedOn', 'description'],
    sort: ['year:desc', 'announcedOn:desc'],
    populate: {
      decisionDocument: MEDIA,
      recipients: { populate: { school: REF, roleModel: { fields: ['slug'] } } },
    },
  },
  lessons: {
    fields: ['slug', 'formerSlugs', 'title', 'summary', 'durationSeconds', 'gradeBand', 'recognition', 'year', 'description'],
    sort: ['year:desc', 'title:asc'],
    populate: {
      video: MEDIA,
      poster: MEDIA,
      captions: MEDIA,
      lessonPlan: MEDIA,
      chapters: true,
      counselor: { populate: { roleModel: { fields: ['slug'] } } },
      school: REF,
      themes: REF,
    },
  },
  'site-setting': { fields: ['siteName', 'organisation', 'icpNumber', 'publicSecurityNumber', 'address', 'contact'] },
  homepage: {
    fields: ['heroTitle', 'heroText'],
    populate: {
      featuredArticles: { fields: ['slug', 'title'] },
      featuredRoleModels: REF,
      featuredLessons: { fields: ['slug', 'title'] },
    },
  },
} satisfies Record<string, Query>;

export type CollectionName = keyof typeof queries;

/** Single types answer with one entry (or none), not a list. */
export const isSingleType = (name: CollectionName) => name === 'site-setting' || name === 'homepage';
