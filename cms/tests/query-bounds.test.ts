import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUERY_BOUNDS } from '../src/plugins/pioneers/server/middlewares/query-bounds';
import { startCms, type TestCms } from './helpers/strapi';

let cms: TestCms;
beforeAll(async () => {
  cms = await startCms();
});
afterAll(() => cms?.stop());

/** A query string with array indices, as Strapi's clients write it (superagent would leave them out). */
function queryString(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [`${prefix}=${encodeURIComponent(String(value))}`];
  return Object.entries(value).flatMap(([key, child]) => queryString(child, prefix ? `${prefix}[${key}]` : key));
}
const get = (query: Record<string, unknown> | string, path = '/api/articles') =>
  cms.http().get(`${path}?${typeof query === 'string' ? query : queryString(query).join('&')}`);
const repeat = <T>(count: number, make: (index: number) => T) => Array.from({ length: count }, (_, index) => make(index));

/** Wraps a condition in `depth` levels of filter nesting ($and of one condition). */
const nestedFilter = (depth: number): Record<string, unknown> => {
  let filter: Record<string, unknown> = { title: { $eq: 'x' } };
  for (let level = 3; level <= depth; level += 1) filter = { $and: [filter] };
  return filter;
};
/** A chain of `depth` populated relations: school → articles → school → … */
const nestedPopulate = (depth: number): Record<string, unknown> => {
  let populate: Record<string, unknown> = {};
  for (let level = depth; level >= 1; level -= 1) {
    const relation = level % 2 ? 'school' : 'articles';
    populate = { [relation]: level === depth ? true : { populate } };
  }
  return populate;
};

describe('public queries are bounded', () => {
  const bounds: Array<[string, (n: number) => Record<string, unknown> | string, number]> = [
    ['sort keys', (n) => ({ sort: repeat(n, () => 'title:asc') }), QUERY_BOUNDS.sortKeys],
    ['sort keys in one string', (n) => ({ sort: repeat(n, () => 'title').join(',') }), QUERY_BOUNDS.sortKeys],
    ['fields', (n) => ({ fields: repeat(n, () => 'title') }), QUERY_BOUNDS.fields],
    ['filter depth', (n) => ({ filters: nestedFilter(n) }), QUERY_BOUNDS.filterDepth],
    ['$in values', (n) => ({ filters: { slug: { $in: repeat(n, (i) => `s${i}`) } } }), QUERY_BOUNDS.arrayItems],
    ['$or conditions', (n) => ({ filters: { $or: repeat(n, (i) => ({ slug: { $eq: `s${i}` } })) } }), QUERY_BOUNDS.arrayItems],
    ['$and conditions', (n) => ({ filters: { $and: repeat(n, (i) => ({ slug: { $ne: `s${i}` } })) } }), QUERY_BOUNDS.arrayItems],
    ['page size', (n) => ({ pagination: { pageSize: n } }), QUERY_BOUNDS.pageSize],
    ['limit', (n) => ({ pagination: { start: 0, limit: n } }), QUERY_BOUNDS.pageSize],
    ['page', (n) => ({ pagination: { page: n, pageSize: 1 } }), QUERY_BOUNDS.page],
  ];

  it.each(bounds)('%s: answered at the bound, refused with 400 past it', async (name, query, bound) => {
    const atBound = await get(query(bound));
    expect(atBound.status, `${name} at ${bound}: ${JSON.stringify(atBound.body.error)}`).toBe(200);
    for (const past of [bound + 1, bound * 13]) {
      const response = await get(query(past));
      // 431: a query string too long for the HTTP server is refused before it reaches Strapi.
      expect([400, 431], `${name} at ${past}`).toContain(response.status);
    }
    expect((await get(query(bound + 1))).status).toBe(400);
  });

  it('populate depth: answered at the bound, refused past it', async () => {
    expect((await get({ populate: nestedPopulate(QUERY_BOUNDS.populateDepth) })).status).toBe(200);
    expect((await get({ populate: nestedPopulate(QUERY_BOUNDS.populateDepth + 1) })).status).toBe(400);
  });

  it('1,300 sort keys, given any way, are refused, and the CMS keeps answering', async () => {
    const keys = repeat(1300, (i) => `t${i}`);
    const responses = await Promise.all([get({ sort: keys.join(',') }), get(keys.map((key) => `sort=${key}`).join('&')), get({ sort: keys.slice(0, 600) })]);
    expect(responses.map((response) => response.status)).toEqual([400, 400, 400]);
    expect((await cms.http().get('/_health')).status).toBe(204);
  });

  it('past 100 conditions, a filter is refused rather than dropped', async () => {
    // The query-string parser turns index 101 into an object key; Strapi would then run the query unfiltered.
    const response = await get(`filters[$or][0][slug][$eq]=a&filters[$or][101][slug][$eq]=b`);
    expect(response.status).toBe(400);
  });
});

describe('malformed operators are refused with 400, never 500', () => {
  const malformed = [
    'filters[title][$eq][$ne]=x',
    'filters[title][$eq][0]=x',
    'filters[title][$contains][$in][0]=x',
    'filters[title][$in][$ne]=x',
    'filters[title][$between][0]=a',
    'filters[title][$between][0]=a&filters[title][$between][1]=b&filters[title][$between][2]=c',
    'filters[$or][0][title][$eq][$in]=x',
    'filters[$or][title][$eq]=x',
    'filters[$and]=x',
    'filters[$not]=x',
    'filters[title][$unknown]=x',
    'filters=x',
    '_q[$ne]=x',
    '_q[0]=x',
    'populate[school][filters][name][$eq][$ne]=x',
  ];
  it.each(malformed)('%s', async (query) => {
    for (const path of ['/api/articles', '/api/awards', '/api/homepage', '/API/Articles/']) {
      const response = await get(query, path);
      expect(response.status, `${path}?${query}: ${JSON.stringify(response.body)}`).toBe(400);
    }
  });
});
