/**
 * What the site asks the CMS for: each collection's fields and relations come from the content
 * contract (generated/schemas.ts, never `populate=*`, so a new private field in the CMS cannot leak
 * by accident); the order of each listing is the site's own.
 */
import { CONTENT_TYPES } from '@pioneers/contract';
import type { Query } from './client';
import { select } from './generated/schemas';

export const queries = {
  ...select,
  articles: { ...select.articles, sort: ['publishedOn:desc', 'id:desc'] },
  'role-models': { ...select['role-models'], sort: ['name:asc'] },
  awards: { ...select.awards, sort: ['year:desc', 'announcedOn:desc'] },
  lessons: { ...select.lessons, sort: ['year:desc', 'title:asc'] },
} satisfies Record<string, Query>;

export type CollectionName = keyof typeof queries;

/** Single types answer with one entry (or none), not a list. */
export const isSingleType = (name: CollectionName) => CONTENT_TYPES.some((type) => type.rest === name && type.single);
