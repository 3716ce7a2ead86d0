import type { Core, Modules, UID } from '@strapi/strapi';

type Entry = Record<string, unknown>;
interface Attribute {
  type: string;
  target?: string;
  component?: string;
  repeatable?: boolean;
}

/** Attribute types that lead to other records, whose draft versions a preview must not reach. */
const LINKING_TYPES = new Set(['relation', 'media', 'component', 'dynamiczone']);

const isEntry = (value: unknown): value is Entry => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Replaces, in place, every document a draft links to (at any depth of its components) with the
 * published version of that document, or removes it when it has none. Strapi links a draft to the
 * drafts of its relations, so without this a preview grant for one article would read the
 * unpublished drafts of its school, its tags, or a child's unconsented profile.
 * A linked document keeps only its own plain fields: what it links to in turn is not shown.
 */
export async function publishedRelations(strapi: Core.Strapi, uid: string, entry: Entry): Promise<void> {
  const model = strapi.getModel(uid as UID.Schema) as { attributes: Record<string, Attribute> } | undefined;
  if (!model) return;
  for (const [name, attribute] of Object.entries(model.attributes)) {
    const value = entry[name];
    if (value === undefined || value === null) continue;
    if (attribute.type === 'component' && attribute.component) {
      for (const item of [value].flat()) if (isEntry(item)) await publishedRelations(strapi, attribute.component, item);
    } else if (attribute.type === 'dynamiczone') {
      for (const item of [value].flat()) if (isEntry(item) && typeof item.__component === 'string') await publishedRelations(strapi, item.__component, item);
    } else if (attribute.type === 'relation' && attribute.target) {
      entry[name] = await publishedVersions(strapi, attribute.target, value);
    }
  }
}

async function publishedVersions(strapi: Core.Strapi, target: string, value: unknown): Promise<unknown> {
  const linked = [value].flat().filter(isEntry);
  const targetModel = strapi.getModel(target as UID.Schema) as { attributes: Record<string, Attribute>; options?: { draftAndPublish?: boolean } };
  const attributes = targetModel.attributes;
  const isPlain = (key: string) => key === 'id' || key === 'documentId' || (key in attributes && !LINKING_TYPES.has(attributes[key]!.type));
  const plainFields = (item: Entry) => Object.keys(item).filter(isPlain);
  // id and documentId come with every document.
  const fields = [...new Set(linked.flatMap(plainFields))].filter((key) => key in attributes);
  const documentIds = linked.map((item) => item.documentId).filter((id): id is string => typeof id === 'string');
  const found = documentIds.length
    ? ((await strapi.documents(target as UID.ContentType).findMany({
        filters: { documentId: { $in: documentIds } },
        ...(targetModel.options?.draftAndPublish ? { status: 'published' } : {}),
        fields: fields as Modules.Documents.Params.Fields.Any<UID.ContentType>,
      })) as Entry[])
    : [];
  const byDocumentId = new Map(found.map((item) => [item.documentId, item]));
  const replace = (item: Entry) => {
    const published = byDocumentId.get(item.documentId);
    return published ? Object.fromEntries(plainFields(item).map((key) => [key, published[key]])) : undefined;
  };
  if (Array.isArray(value)) return linked.map(replace).filter(Boolean);
  return isEntry(value) ? (replace(value) ?? null) : value;
}
