/**
 * The one place the site talks to Strapi: a small typed REST client that pages through every
 * result, and downloads media files for the static build.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readEnv } from '@pioneers/env';

export class CmsError extends Error {
  constructor(
    message: string,
    readonly url: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'CmsError';
  }
}

export interface CmsSettings {
  /** Base URL of the CMS, without a trailing slash. */
  url: string;
  /** Optional read-only API token. */
  token?: string;
  /**
   * Read content from a JSON snapshot (one `<collection>.json` per collection, as this client
   * returns it) instead of the CMS: the benchmark's baseline, and builds without a CMS at hand.
   */
  snapshotDir?: string;
}

/** The settings from `source`, the process environment unless given. */
export function cmsSettings(source?: Record<string, string | undefined>): CmsSettings {
  const env = readEnv(source);
  return { url: env.STRAPI_URL.replace(/\/+$/, ''), token: env.STRAPI_TOKEN, snapshotDir: env.STRAPI_SNAPSHOT_DIR };
}

/** Strapi's largest page (api.rest.maxLimit in the CMS). */
export const PAGE_SIZE = 100;

type QueryValue = string | number | boolean | QueryValue[] | { [key: string]: QueryValue };
export type Query = { [key: string]: QueryValue };

/** Encodes nested parameters the way Strapi (qs) reads them: `populate[school][fields][0]=name`. */
export function toQueryString(query: Query): string {
  const pairs: string[] = [];
  const add = (key: string, value: QueryValue): void => {
    if (Array.isArray(value)) for (const [index, item] of value.entries()) add(`${key}[${index}]`, item);
    else if (typeof value === 'object') for (const [child, nested] of Object.entries(value)) add(`${key}[${child}]`, nested);
    else pairs.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  };
  for (const [key, value] of Object.entries(query)) add(key, value);
  return pairs.join('&');
}

async function request(settings: CmsSettings, path: string, headers: Record<string, string> = {}): Promise<Response> {
  const url = `${settings.url}${path}`;
  let response: Response;
  try {
    response = await fetch(url, { headers: { ...headers, ...(settings.token ? { Authorization: `Bearer ${settings.token}` } : {}) } });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new CmsError(
      `cannot reach the CMS at ${settings.url} (${cause?.code ?? cause?.message ?? (error as Error).message}); is it running? Set STRAPI_URL to point elsewhere.`,
      url,
    );
  }
  if (!response.ok) {
    const body = await response.text().catch(() => '');
    const detail = body.match(/"message":"([^"]+)"/)?.[1] ?? body.slice(0, 200);
    throw new CmsError(`the CMS answered ${response.status} ${response.statusText} for ${url}: ${detail}`, url, response.status);
  }
  return response;
}

interface Page {
  data: unknown[];
  meta: { pagination: { page: number; pageCount: number } };
}

const readSnapshot = (settings: CmsSettings, name: string): unknown => JSON.parse(readFileSync(path.join(settings.snapshotDir!, `${name}.json`), 'utf8'));

/** Every published entry of a collection, page by page at the largest page size. */
export async function fetchCollection(settings: CmsSettings, collection: string, query: Query): Promise<unknown[]> {
  if (settings.snapshotDir) return readSnapshot(settings, collection) as unknown[];
  const entries: unknown[] = [];
  for (let page = 1; ; page += 1) {
    const path = `/api/${collection}?${toQueryString({ ...query, pagination: { page, pageSize: PAGE_SIZE } })}`;
    const body = (await (await request(settings, path)).json()) as Page;
    entries.push(...body.data);
    if (page >= body.meta.pagination.pageCount) return entries;
  }
}

/** Published entries of a collection chosen by documentId, a page of ids per request. */
export async function fetchDocuments(settings: CmsSettings, collection: string, query: Query, documentIds: string[]): Promise<unknown[]> {
  const entries: unknown[] = [];
  for (let start = 0; start < documentIds.length; start += PAGE_SIZE) {
    const chunk = documentIds.slice(start, start + PAGE_SIZE);
    entries.push(...(await fetchCollection(settings, collection, { ...query, filters: { documentId: { $in: chunk } } })));
  }
  return entries;
}

/** Per collection (by its REST name), the documentId and version of every published document. */
export type ContentVersions = Record<string, Record<string, string>>;

/** The CMS's light listing of what is published (cms/src/plugins/pioneers/server/content-versions), one request for every collection. */
export async function fetchContentVersions(settings: CmsSettings): Promise<ContentVersions> {
  return ((await (await request(settings, '/api/content-versions')).json()) as { data: ContentVersions }).data;
}

/** A single type's published entry, or `undefined` when it has none yet. */
export async function fetchSingle(settings: CmsSettings, name: string, query: Query): Promise<unknown> {
  if (settings.snapshotDir) return readSnapshot(settings, name) ?? undefined;
  try {
    const body = (await (await request(settings, `/api/${name}?${toQueryString(query)}`)).json()) as { data: unknown };
    return body.data ?? undefined;
  } catch (error) {
    if (error instanceof CmsError && error.status === 404) return undefined;
    throw error;
  }
}

/**
 * One document's draft (or published version), read with the signed preview grant the CMS put
 * in the admin's preview link: the CMS refuses drafts to anyone without it.
 */
export async function fetchPreviewDocument(
  settings: CmsSettings,
  collection: string,
  documentId: string,
  { token, status, query }: { token: string; status: 'draft' | 'published'; query: Query },
): Promise<unknown> {
  const path = `/api/${collection}/${encodeURIComponent(documentId)}?${toQueryString({ ...query, status })}`;
  return ((await (await request(settings, path, { 'X-Preview-Token': token })).json()) as { data: unknown }).data;
}

/** Absolute URLs for uploads, so Astro's image service can fetch and optimise them. */
export function absoluteMedia(value: unknown, base: string): unknown {
  if (Array.isArray(value)) return value.map((item) => absoluteMedia(item, base));
  if (value === null || typeof value !== 'object') return value;
  const entry = Object.fromEntries(Object.entries(value).map(([key, child]) => [key, absoluteMedia(child, base)]));
  if (typeof entry.url === 'string' && typeof entry.mime === 'string' && entry.url.startsWith('/')) entry.url = `${base}${entry.url}`;
  return entry;
}

/** The bytes of an uploaded file (in the CMS, or in object storage), for the static site. */
export async function downloadMedia(settings: CmsSettings, url: string): Promise<ArrayBuffer> {
  const absolute = new URL(url, settings.url);
  if (absolute.origin === new URL(settings.url).origin) return (await request(settings, absolute.pathname)).arrayBuffer();
  const response = await fetch(absolute).catch((error: Error) => {
    throw new CmsError(`cannot download ${absolute.href} (${error.message})`, absolute.href);
  });
  if (!response.ok) throw new CmsError(`downloading ${absolute.href} answered ${response.status}`, absolute.href, response.status);
  return response.arrayBuffer();
}
