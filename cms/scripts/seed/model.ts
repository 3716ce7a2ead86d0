import type { Attribute } from '@pioneers/contract';
import type { Core } from '@strapi/strapi';

export interface SeedType {
  uid: string;
  kind: 'collectionType' | 'singleType';
  /** Where its files live under content/: a folder of `<slug>.json`, or one `<name>.json`. */
  path: string;
  attributes: Record<string, Attribute>;
}

/** Attributes Strapi manages itself; content files never set them. */
const SYSTEM_ATTRIBUTES = new Set(['createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations']);

/** Only the owning side of a relation is written; the inverse side follows. */
export function seedableAttributes(attributes: Record<string, Attribute>): Array<[string, Attribute]> {
  return Object.entries(attributes).filter(([name, attribute]) => !SYSTEM_ATTRIBUTES.has(name) && !(attribute.type === 'relation' && attribute.mappedBy));
}

export const isToMany = (attribute: Attribute) => Boolean(attribute.relation?.endsWith('ToMany'));

/** The project's own content types, read from the running model rather than restated here. */
export function seedTypes(strapi: Core.Strapi): SeedType[] {
  return Object.values(strapi.contentTypes)
    .filter((contentType) => contentType.uid.startsWith('api::'))
    .map((contentType) => ({
      uid: contentType.uid,
      kind: contentType.kind,
      path: contentType.kind === 'singleType' ? `${contentType.info.singularName}.json` : contentType.info.pluralName,
      attributes: contentType.attributes as unknown as Record<string, Attribute>,
    }));
}

export function componentAttributes(strapi: Core.Strapi, uid: string): Record<string, Attribute> {
  const component = strapi.components[uid as keyof typeof strapi.components];
  if (!component) throw new Error(`unknown component ${uid}`);
  return component.attributes as unknown as Record<string, Attribute>;
}

/** Relations in dependency order: a type is imported after every type it points to. */
export function importOrder(types: SeedType[], strapi: Core.Strapi): SeedType[] {
  const byUid = new Map(types.map((type) => [type.uid, type]));
  const targetsOf = (attributes: Record<string, Attribute>): string[] =>
    seedableAttributes(attributes).flatMap(([, attribute]) => {
      if (attribute.type === 'relation' && attribute.target) return [attribute.target];
      if (attribute.type === 'component' && attribute.component) return targetsOf(componentAttributes(strapi, attribute.component));
      return [];
    });

  const ordered: SeedType[] = [];
  const visiting = new Set<string>();
  const visit = (type: SeedType) => {
    if (ordered.includes(type)) return;
    if (visiting.has(type.uid)) throw new Error(`relation cycle through ${type.uid}`);
    visiting.add(type.uid);
    for (const target of targetsOf(type.attributes)) {
      const dependency = byUid.get(target);
      if (dependency && dependency !== type) visit(dependency);
    }
    visiting.delete(type.uid);
    ordered.push(type);
  };
  types.forEach(visit);
  return ordered;
}
