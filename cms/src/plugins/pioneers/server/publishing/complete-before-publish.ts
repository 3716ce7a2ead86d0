import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { entryBeingPublished, isPublishing } from './entry-being-published';

type Attribute = {
  type: string;
  required?: boolean;
  component?: string;
  repeatable?: boolean;
  pluginOptions?: { editor?: { label?: string } };
};
type Attributes = Record<string, Attribute>;

const labelOf = (name: string, attribute: Attribute) => attribute.pluginOptions?.editor?.label ?? name;

/** Rich text with no words and no image: what the admin's editor saves when left untouched. */
function blocksAreEmpty(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(blocksAreEmpty);
  if (!value || typeof value !== 'object') return true;
  const node = value as { type?: string; text?: unknown; children?: unknown };
  if (node.type === 'image') return false;
  if (typeof node.text === 'string') return node.text.trim() === '';
  return blocksAreEmpty(node.children ?? []);
}

const isEmpty = (value: unknown, attribute: Attribute) =>
  value === null ||
  value === undefined ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0) ||
  (attribute.type === 'blocks' && blocksAreEmpty(value));

/** The labels of the required fields left empty, components' own fields included (`执教辅导员 · 姓名`, `章节 2 · 章节标题`). */
export function missingFields(strapi: Core.Strapi, attributes: Attributes, values: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(attributes).flatMap(([name, attribute]) => {
    const label = `${prefix}${labelOf(name, attribute)}`;
    const value = values[name];
    if (attribute.required && isEmpty(value, attribute)) return [label];
    if (attribute.type !== 'component' || !attribute.component || isEmpty(value, attribute)) return [];
    const inner = strapi.components[attribute.component as UID.Component]?.attributes as Attributes | undefined;
    if (!inner) return [];
    const items = attribute.repeatable ? (value as Record<string, unknown>[]) : [value as Record<string, unknown>];
    return items.flatMap((item, index) => missingFields(strapi, inner, item, `${label}${attribute.repeatable ? ` ${index + 1}` : ''} · `));
  });
}

/**
 * Publishing refuses an entry with required fields left empty, naming them as editors know them
 * (their Chinese labels) instead of Strapi's English "x must be defined". Drafts save freely.
 */
export function registerCompleteBeforePublish(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (!isPublishing(context) || !context.uid.startsWith('api::')) return next();
    const entry = await entryBeingPublished(strapi, context, '*');
    const missing = missingFields(strapi, strapi.contentTypes[context.uid as UID.ContentType]!.attributes as Attributes, entry);
    if (missing.length > 0) {
      throw new errors.ValidationError(`还不能发布：请先填写${missing.map((label) => `“${label}”`).join('、')}。草稿可以照常保存。`);
    }
    return next();
  });
}
