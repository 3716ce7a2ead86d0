import { toPinyin } from './pinyin';

interface GenerateParams {
  contentTypeUID: string;
  field: string;
  data: Record<string, unknown>;
  locale?: string;
}
type UidService = { generateUIDField(params: GenerateParams): Promise<string> };
type Strapi = { contentTypes: Record<string, { attributes: Record<string, { targetField?: string }> }> };
type Plugin = { services: Record<string, (context: { strapi: Strapi }) => UidService> };

/**
 * The admin's uid field (typing a title, or Regenerate) asks POST /content-manager/uid/generate for
 * a slug. Its target field is written in pinyin first, so a Chinese title gives a readable slug;
 * slugifying and the `-1` suffix for a taken slug stay Strapi's own.
 */
export default (plugin: Plugin) => {
  const createUidService = plugin.services.uid!;
  plugin.services.uid = (context) => {
    const service = createUidService(context);
    const { generateUIDField } = service;
    return Object.assign(service, {
      async generateUIDField(params: GenerateParams) {
        const targetField = context.strapi.contentTypes[params.contentTypeUID]?.attributes[params.field]?.targetField;
        if (!targetField) return generateUIDField.call(service, params);
        const target = params.data?.[targetField];
        // Strapi proposes the type's name (`article`) for a new entry without a title, a slug
        // editors kept by mistake; empty, the field asks for 重新生成 once the title is typed.
        if (typeof target !== 'string' || !target.trim()) return '';
        return generateUIDField.call(service, { ...params, data: { ...params.data, [targetField]: toPinyin(target) } });
      },
    });
  };
  return plugin;
};
