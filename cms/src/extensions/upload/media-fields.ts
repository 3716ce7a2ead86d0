import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';

interface Attribute {
  type: string;
  allowedTypes?: string[];
  component?: string;
  repeatable?: boolean;
  pluginOptions?: { editor?: { label?: string } };
}
type Model = { attributes: Record<string, Attribute> };

/** What each of Strapi's media kinds admits, by MIME type (`files`: documents and captions). */
const KIND_LABEL: Record<string, string> = { images: '图片', videos: '视频', audios: '音频', files: '文档' };
const kindOf = (mime: string) => (mime.startsWith('image/') ? 'images' : mime.startsWith('video/') ? 'videos' : mime.startsWith('audio/') ? 'audios' : 'files');

/** The ids a media value names, whichever shape the admin or the API sends it in. */
function fileIds(value: unknown): number[] {
  return [value].flat().flatMap((item) => {
    if (typeof item === 'number') return [item];
    if (typeof item === 'string' && /^\d+$/.test(item)) return [Number(item)];
    if (item && typeof item === 'object' && 'id' in item && typeof (item as { id: unknown }).id === 'number') return [(item as { id: number }).id];
    return [];
  });
}

/** Each media value in `data` (components included), with the field it sits in and what it allows. */
function mediaValues(strapi: Core.Strapi, model: Model | undefined, data: unknown, found: Array<{ attribute: Attribute; field: string; ids: number[] }> = []) {
  if (!model || !data || typeof data !== 'object') return found;
  for (const [field, value] of Object.entries(data as Record<string, unknown>)) {
    const attribute = model.attributes[field];
    if (!attribute || value === null || value === undefined) continue;
    if (attribute.type === 'media' && attribute.allowedTypes?.length) found.push({ attribute, field, ids: fileIds(value) });
    if (attribute.type === 'component' && attribute.component) {
      const component = strapi.components[attribute.component as UID.Component] as unknown as Model | undefined;
      for (const item of [value].flat()) mediaValues(strapi, component, item, found);
    }
  }
  return found;
}

/**
 * A media field holds only the kinds its schema allows (`allowedTypes`): a cover is an image, a
 * lesson video a video. The admin's picker lists the whole library; this refuses the rest, in Chinese.
 */
export function registerMediaFieldKinds(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (!['create', 'update'].includes(context.action) || !context.uid.startsWith('api::')) return next();
    const data = (context.params as { data?: unknown }).data;
    const model = strapi.contentTypes[context.uid as UID.ContentType] as unknown as Model | undefined;
    for (const { attribute, field, ids } of mediaValues(strapi, model, data)) {
      if (ids.length === 0) continue;
      const files = (await strapi.db.query('plugin::upload.file').findMany({ where: { id: { $in: ids } }, select: ['name', 'mime'] })) as Array<{
        name: string;
        mime: string;
      }>;
      const wrong = files.find((file) => !attribute.allowedTypes!.includes(kindOf(file.mime)));
      if (wrong) {
        const allowed = attribute.allowedTypes!.map((kind) => KIND_LABEL[kind] ?? kind).join('或');
        throw new errors.ValidationError(`“${attribute.pluginOptions?.editor?.label ?? field}”只能使用${allowed}，“${wrong.name}”不是。请从媒体库另选一个。`);
      }
    }
    return next();
  });
}
