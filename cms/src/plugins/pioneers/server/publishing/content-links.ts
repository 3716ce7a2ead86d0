import type { Core, Modules, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CONTENT_TYPES, type ContentType } from '../../../../generated/registry';
import { entryBeingPublished, isPublishing } from './entry-being-published';
import { env } from '../../../../env';

/**
 * Links in what editors write that lead to the site's own pages. A link to a page that does not
 * exist is refused when the entry is published; one whose target disappears later (unpublished,
 * deleted, erased) is listed for editors to fix, while the site renders it as plain text.
 */

/** The site's pages of each content type, `/<route>/<slug>/` (site/src/pages), longest route first. */
const ROUTED = CONTENT_TYPES.flatMap((type) => (type.route === null ? [] : [{ uid: type.uid, route: type.route.split('/'), paged: type.lists !== null }])).sort(
  (a, b) => b.route.length - a.route.length,
);
/** The home page, each entry page's section index, search and the feed. */
const FIXED_PAGES = new Set(['', ...ROUTED.filter(({ route }) => route.length === 1).map(({ route }) => route[0]!), 'search', 'rss.xml']);
const isPage = (rest: string[]) => rest.length === 2 && rest[0] === 'page' && /^\d+$/.test(rest[1]!);

/** The address of an entry's own page on the site, or undefined for a type without pages of its own. */
export function entryPageUrl(uid: string, slug: unknown, siteUrl = env.SITE_URL): string | undefined {
  const route = CONTENT_TYPES.find((type) => type.uid === uid)?.route;
  return route && typeof slug === 'string' && slug ? new URL(`/${route}/${encodeURIComponent(slug)}/`, siteUrl).href : undefined;
}

/** Types whose rich text may link to the site, and those fields. */
export function linkingFields(strapi: Core.Strapi, uid: string): string[] {
  const model = strapi.contentTypes[uid as UID.ContentType] as { attributes: Record<string, { type: string }> } | undefined;
  if (!model || !uid.startsWith('api::')) return [];
  return Object.entries(model.attributes).flatMap(([name, attribute]) => (attribute.type === 'blocks' ? [name] : []));
}

/** Every link URL in a blocks value, depth first. */
export function blockLinks(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(blockLinks);
  if (!value || typeof value !== 'object') return [];
  const node = value as { type?: string; url?: unknown; children?: unknown };
  return [...(node.type === 'link' && typeof node.url === 'string' ? [node.url] : []), ...blockLinks(node.children)];
}

/** The path of a link into the site (relative, or absolute on SITE_URL), without query or fragment; undefined for anything else. */
export function sitePath(url: string, siteUrl: string): string | undefined {
  const trimmed = url.trim();
  if (trimmed.startsWith('#')) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(trimmed, siteUrl);
  } catch {
    return undefined;
  }
  const site = new URL(siteUrl);
  const relative = trimmed.startsWith('/') && !trimmed.startsWith('//');
  return relative || parsed.origin === site.origin ? parsed.pathname : undefined;
}

/** A type with pages of its own, each addressed by its slug. */
type Routed = Exclude<ContentType, { route: null }>['uid'];
type Target = { uid: Routed; slug: string } | 'page' | undefined;

/** What a site path shows: a fixed page, an entry's page, or nothing the site has. */
export function targetOf(pathname: string): Target {
  let segments: string[];
  try {
    segments = decodeURIComponent(pathname).split('/').filter(Boolean);
  } catch {
    return undefined;
  }
  const [section = '', ...rest] = segments;
  if (segments.length <= 1 && FIXED_PAGES.has(section)) return 'page';
  if (section === 'news' && isPage(rest)) return 'page';
  for (const { uid, route, paged } of ROUTED) {
    if (!route.every((part, index) => segments[index] === part)) continue;
    const [slug, ...after] = segments.slice(route.length);
    // A listing's later pages (`…/page/2/`) are its pages too.
    if (slug && (after.length === 0 || (paged && isPage(after)))) return { uid, slug };
  }
  return undefined;
}

export interface BrokenLink {
  field: string;
  url: string;
}

/** The links of an entry whose site page does not exist among published entries (the entry itself counts as published). */
export async function brokenLinks(strapi: Core.Strapi, uid: string, entry: Record<string, unknown>, siteUrl = env.SITE_URL): Promise<BrokenLink[]> {
  const broken: BrokenLink[] = [];
  for (const field of linkingFields(strapi, uid)) {
    for (const url of blockLinks(entry[field])) {
      const pathname = sitePath(url, siteUrl);
      if (pathname === undefined) continue;
      const target = targetOf(pathname);
      if (target === 'page') continue;
      if (target && target.uid === uid && target.slug === entry.slug) continue;
      const exists = target && (await strapi.documents(target.uid).findFirst({ filters: { slug: target.slug }, status: 'published', fields: ['slug'] }));
      if (!exists) broken.push({ field, url });
    }
  }
  return broken;
}

type EditorOptions = { pluginOptions?: { editor?: { label?: string } } };
const fieldLabel = (strapi: Core.Strapi, uid: string, field: string) =>
  (strapi.contentTypes[uid as UID.ContentType]?.attributes as Record<string, EditorOptions> | undefined)?.[field]?.pluginOptions?.editor?.label ?? field;

/**
 * Refuses to publish an entry whose rich text links to a page of the site that does not exist,
 * and returns what lists the links that broke later (computed once per change of content).
 */
export function registerContentLinks(strapi: Core.Strapi): () => Promise<LinkWarning[]> {
  let warnings: Promise<LinkWarning[]> | undefined;
  strapi.documents.use(async (context, next) => {
    const result = await next();
    if (context.action !== 'findOne' && context.action !== 'findMany' && context.action !== 'findFirst' && context.action !== 'count') warnings = undefined;
    return result;
  });
  strapi.documents.use(async (context, next) => {
    if (!isPublishing(context) || linkingFields(strapi, context.uid).length === 0) return next();
    const entry = await entryBeingPublished(strapi, context);
    const [first, ...more] = await brokenLinks(strapi, context.uid, entry);
    if (first) {
      const others = more.length ? `（另有 ${more.length} 个链接也是这样）` : '';
      throw new errors.ApplicationError(
        `“${fieldLabel(strapi, context.uid, first.field)}”中的链接 ${first.url} 指向本站一个不存在的页面（可能尚未发布、已下线或地址有误）${others}。请改为已发布内容的地址，或去掉这个链接后再发布。`,
      );
    }
    return next();
  });
  return () =>
    (warnings ??= contentLinkWarnings(strapi).catch((error: unknown) => {
      warnings = undefined;
      throw error;
    }));
}

export interface LinkWarning extends BrokenLink {
  uid: string;
  documentId: string;
  title: string;
}

/**
 * Published entries whose links lead to pages that have gone since, for editors to fix. Profiles
 * are named by nothing personal (this reaches the admin's status widget).
 */
async function contentLinkWarnings(strapi: Core.Strapi): Promise<LinkWarning[]> {
  const warnings: LinkWarning[] = [];
  for (const uid of Object.keys(strapi.contentTypes)) {
    const fields = linkingFields(strapi, uid);
    if (fields.length === 0) continue;
    // A title names an entry; a profile has none (its name is personal) and is named by its id.
    const hasTitle = 'title' in strapi.contentTypes[uid as UID.ContentType]!.attributes;
    const entries = (await strapi.documents(uid as UID.ContentType).findMany({
      status: 'published',
      // Known from the model only at run time.
      fields: ['slug', ...(hasTitle ? ['title'] : []), ...fields] as Modules.Documents.Params.Fields.Any<UID.ContentType>,
    })) as Array<Record<string, unknown> & { documentId: string }>;
    for (const entry of entries) {
      for (const link of await brokenLinks(strapi, uid, entry)) {
        const title = typeof entry.title === 'string' ? entry.title : `${strapi.contentTypes[uid as UID.ContentType]!.info.displayName} ${entry.documentId}`;
        warnings.push({ uid, documentId: entry.documentId, title, ...link });
      }
    }
  }
  return warnings;
}
