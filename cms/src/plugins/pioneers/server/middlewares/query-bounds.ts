import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { matchedRoutes } from '../http/matched-routes';

/**
 * What one public query may ask for. The site's own queries stay far below these; past them a
 * query is refused at once, before Strapi spends CPU validating or running it.
 */
export const QUERY_BOUNDS = {
  sortKeys: 5,
  fields: 50,
  /** Nesting of objects inside `filters` (the site goes 4 deep: recipients → roleModel → slug → $eq). */
  filterDepth: 10,
  /** Items in one `$in`, `$or`, `$and`… array. */
  arrayItems: 100,
  /** Nesting of `populate` inside `populate`. */
  populateDepth: 5,
  pageSize: 100,
  page: 10_000,
  /** Every key and value in the whole query string, counted together. */
  totalValues: 2_000,
} as const;

/** Operators that compare with one value, with a list, with a pair, or test presence. */
const SINGLE = new Set([
  '$eq',
  '$eqi',
  '$ne',
  '$nei',
  '$lt',
  '$lte',
  '$gt',
  '$gte',
  '$contains',
  '$notContains',
  '$containsi',
  '$notContainsi',
  '$startsWith',
  '$startsWithi',
  '$endsWith',
  '$endsWithi',
  '$null',
  '$notNull',
]);
const LIST = new Set(['$in', '$notIn']);
const LOGICAL = new Set(['$and', '$or']);

type Query = Record<string, unknown>;
const isScalar = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value);
const isObject = (value: unknown): value is Query => typeof value === 'object' && value !== null && !Array.isArray(value);

function refuse(message: string): never {
  throw new errors.ValidationError(message);
}

function countValues(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + 1 + countValues(item), 0);
  if (isObject(value)) return Object.values(value).reduce((sum: number, item) => sum + 1 + countValues(item), 0);
  return 0;
}

function checkFilters(value: unknown, path: string, depth: number): void {
  if (depth > QUERY_BOUNDS.filterDepth) refuse(`Invalid filter "${path}": nested deeper than ${QUERY_BOUNDS.filterDepth} levels`);
  if (!isObject(value)) refuse(`Invalid filter "${path}": expected an object of fields and operators`);
  for (const [key, child] of Object.entries(value)) {
    const at = `${path}[${key}]`;
    if (SINGLE.has(key)) {
      if (!isScalar(child)) refuse(`Invalid filter "${at}": expected a single value`);
    } else if (LIST.has(key)) {
      const items = [child].flat();
      if (items.length > QUERY_BOUNDS.arrayItems) refuse(`Invalid filter "${at}": more than ${QUERY_BOUNDS.arrayItems} values`);
      if (!items.every(isScalar)) refuse(`Invalid filter "${at}": expected a list of values`);
    } else if (key === '$between') {
      if (!Array.isArray(child) || child.length !== 2 || !child.every(isScalar)) refuse(`Invalid filter "${at}": expected two values`);
    } else if (LOGICAL.has(key)) {
      // Past 100 items the query-string parser makes an object of the array, which Strapi would drop silently.
      if (!Array.isArray(child)) refuse(`Invalid filter "${at}": expected a list of at most ${QUERY_BOUNDS.arrayItems} conditions`);
      if (child.length > QUERY_BOUNDS.arrayItems) refuse(`Invalid filter "${at}": more than ${QUERY_BOUNDS.arrayItems} conditions`);
      for (const [index, condition] of child.entries()) checkFilters(condition, `${at}[${index}]`, depth + 1);
    } else if (key === '$not') {
      checkFilters(child, at, depth + 1);
    } else if (key.startsWith('$')) {
      refuse(`Invalid filter "${at}": unknown operator`);
    } else if (isScalar(child)) {
      // `filters[field]=value` is Strapi's shorthand for $eq.
    } else {
      checkFilters(child, at, depth + 1);
    }
  }
}

function checkPopulate(value: unknown, path: string, depth: number): void {
  if (depth > QUERY_BOUNDS.populateDepth) refuse(`Invalid populate "${path}": nested deeper than ${QUERY_BOUNDS.populateDepth} levels`);
  if (isObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'populate') checkPopulate(child, `${path}[populate]`, depth + 1);
      else if (key === 'filters') checkFilters(child, `${path}[filters]`, 1);
      else if (isObject(child)) checkPopulate(child, `${path}[${key}]`, depth);
    }
  }
}

function checkQuery(query: Query): void {
  if (countValues(query) > QUERY_BOUNDS.totalValues) refuse(`The query has more than ${QUERY_BOUNDS.totalValues} parameters`);
  const { sort, fields, filters, populate, pagination, _q } = query;
  if (sort !== undefined) {
    const keys = [sort].flat(2).flatMap((key) => (typeof key === 'string' ? key.split(',') : [key]));
    if (keys.length > QUERY_BOUNDS.sortKeys) refuse(`Invalid sort: at most ${QUERY_BOUNDS.sortKeys} keys`);
  }
  if (fields !== undefined && [fields].flat().length > QUERY_BOUNDS.fields) refuse(`Invalid fields: at most ${QUERY_BOUNDS.fields}`);
  if (filters !== undefined) checkFilters(filters, 'filters', 1);
  if (populate !== undefined) checkPopulate(populate, 'populate', 1);
  if (_q !== undefined && typeof _q !== 'string') refuse('Invalid parameter "_q": expected text');
  if (isObject(pagination)) {
    const { pageSize, limit, page } = pagination;
    for (const [name, size] of Object.entries({ pageSize, limit })) {
      if (size !== undefined && Number(size) > QUERY_BOUNDS.pageSize) refuse(`Invalid pagination[${name}]: at most ${QUERY_BOUNDS.pageSize}`);
    }
    if (page !== undefined && Number(page) > QUERY_BOUNDS.page) refuse(`Invalid pagination[page]: at most ${QUERY_BOUNDS.page}`);
  }
}

/** Bounds every Content API query (see QUERY_BOUNDS) and refuses malformed operators with 400 rather than failing with 500. */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const apiPrefix = strapi.config.get<string>('api.rest.prefix', '/api');
  return async (ctx: { path: string; method: string; query: Query }, next: () => Promise<unknown>) => {
    if (matchedRoutes(strapi, ctx).some((route) => route.path.startsWith(`${apiPrefix}/`))) checkQuery(ctx.query);
    return next();
  };
};
