import { createHash } from 'node:crypto';
import type { Core, UID } from '@strapi/strapi';
import { PUBLIC_CONTENT_TYPES } from '../bootstrap/public-permissions';

type Attribute = { type: string; private?: boolean; target?: string; component?: string; mappedBy?: string };
type Populate = Record<string, unknown>;

const FILE = 'plugin::upload.file';
const linkable = new Set<string>([...PUBLIC_CONTENT_TYPES.map(({ uid }) => uid), FILE]);

/**
 * What a published document's version is made of: its own row and last update, every component
 * in full, and for every entry or file it links to (directly or from a component) that entry's
 * row and last update. So a version changes with a publish, and also with what changes a document
 * without touching it: a linked school renamed or unpublished, a media file replaced, an award
 * list's names erased in place (privacy/erasure.ts writes the component rows directly).
 * Private attributes, and links to anything the public cannot read, are not part of it; nor is
 * the other side of a link (a school's articles): it is part of the documents that hold it.
 */
function versionPopulate(strapi: Core.Strapi, attributes: Record<string, Attribute>): Populate {
  const populate: Populate = {};
  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute.private) continue;
    if (attribute.type === 'media') populate[name] = { fields: ['url', 'updatedAt'] };
    else if (attribute.type === 'relation' && !attribute.mappedBy && attribute.target && linkable.has(attribute.target))
      populate[name] = { fields: ['updatedAt'] };
    else if (attribute.type === 'component') {
      const component = strapi.components[attribute.component as UID.Component];
      populate[name] = { populate: versionPopulate(strapi, component.attributes as Record<string, Attribute>) };
    } else if (attribute.type === 'dynamiczone') throw new Error(`content versions do not cover dynamic zones yet (${name})`);
  }
  return populate;
}

/** Private attributes of components are left out of the digest (a content type's own are never selected). */
function publicPart(strapi: Core.Strapi, value: unknown, attributes: Record<string, Attribute>): unknown {
  if (Array.isArray(value)) return value.map((item) => publicPart(strapi, item, attributes));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).flatMap(([name, child]) => {
    const attribute = attributes[name];
    if (attribute?.private) return [];
    if (attribute?.type === 'component') {
      const component = strapi.components[attribute.component as UID.Component];
      return [[name, publicPart(strapi, child, component.attributes as Record<string, Attribute>)]];
    }
    return [[name, child]];
  });
  return Object.fromEntries(entries);
}

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 16);

/**
 * Award lists are masked or not by the site settings (controllers/award.ts): a change there is a
 * change of every list.
 */
const READS_SETTINGS_OF: Partial<Record<UID.ContentType, UID.ContentType>> = { 'api::award.award': 'api::site-setting.site-setting' };

/**
 * For each public content type, by its REST name (`articles`, `homepage`), the documentId and
 * version of every published document: what a public reader could list anyway, nothing more.
 */
export async function contentVersions(strapi: Core.Strapi): Promise<Record<string, Record<string, string>>> {
  const byType = new Map<UID.ContentType, Record<string, string>>();
  for (const { uid } of PUBLIC_CONTENT_TYPES) {
    const attributes = strapi.contentType(uid).attributes as Record<string, Attribute>;
    const documents = (await strapi.documents(uid).findMany({
      status: 'published',
      fields: ['updatedAt'],
      populate: versionPopulate(strapi, attributes),
    })) as Array<{ documentId: string }>;
    byType.set(uid, Object.fromEntries(documents.map((document) => [document.documentId, digest(publicPart(strapi, document, attributes))])));
  }
  const result: Record<string, Record<string, string>> = {};
  for (const { uid, rest } of PUBLIC_CONTENT_TYPES) {
    const versions = byType.get(uid)!;
    const settings = READS_SETTINGS_OF[uid] && Object.values(byType.get(READS_SETTINGS_OF[uid]!) ?? {}).join();
    result[rest] = settings ? Object.fromEntries(Object.entries(versions).map(([id, version]) => [id, digest([version, settings])])) : versions;
  }
  return result;
}

type Versions = Awaited<ReturnType<typeof contentVersions>>;
let running: Promise<Versions> | undefined;
let waiting: Promise<Versions> | undefined;

/**
 * The listing is public and reads every published document, so callers share computations: a
 * request joins the one waiting to start, or queues the next behind the one running. However many
 * requests arrive, one listing is computed at a time, and each caller still gets one that started
 * after it asked (a publish committed before the request is in it).
 */
export function latestContentVersions(strapi: Core.Strapi): Promise<Versions> {
  waiting ??= (running ?? Promise.resolve())
    .catch(() => undefined)
    .then(() => {
      waiting = undefined;
      const computation = contentVersions(strapi);
      running = computation;
      const done = () => {
        if (running === computation) running = undefined;
      };
      computation.then(done, done);
      return computation;
    });
  return waiting;
}
