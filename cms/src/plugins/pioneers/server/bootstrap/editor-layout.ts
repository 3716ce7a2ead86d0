import type { Core } from '@strapi/strapi';

/**
 * Editor-facing labels live next to each field in its schema.json, under
 * `pluginOptions.editor` ({ label, help, readOnly }; `input` is read by the admin's own inputs,
 * src/plugins/pioneers/admin/integer-input.tsx); list columns and default sort under the content type's own
 * `pluginOptions.editor`. This applies them to the Content Manager's
 * view configuration, so labels are versioned with the model instead of clicked in by hand.
 */
interface EditorOptions {
  label?: string;
  help?: string;
  /** Maintained by the CMS: shown, never typed in. */
  readOnly?: boolean;
  listColumns?: string[];
  defaultSort?: `${string}:${'ASC' | 'DESC'}`;
}

interface FieldMetadata {
  edit: Record<string, unknown>;
  list: Record<string, unknown>;
}

interface ViewConfiguration {
  settings: Record<string, unknown>;
  metadatas: Record<string, FieldMetadata>;
  layouts: { list: string[]; edit: unknown };
}

type Schema = {
  uid: string;
  attributes: Record<string, { pluginOptions?: { editor?: EditorOptions } }>;
  pluginOptions?: { editor?: EditorOptions };
};

const OWN_UID = /^(api::|shared\.|award\.|lesson\.|privacy\.)/;
const MAIN_FIELD_CANDIDATES = ['title', 'name', 'heroTitle', 'siteName'];

function applyEditorOptions(schema: Schema, configuration: ViewConfiguration): ViewConfiguration {
  const metadatas = { ...configuration.metadatas };
  for (const [name, attribute] of Object.entries(schema.attributes)) {
    const editor = attribute.pluginOptions?.editor;
    const current = metadatas[name];
    if (!editor?.label || !current) continue;
    metadatas[name] = {
      edit: { ...current.edit, label: editor.label, description: editor.help ?? '', ...(editor.readOnly && { editable: false }) },
      list: { ...current.list, label: editor.label },
    };
  }

  const typeOptions = schema.pluginOptions?.editor ?? {};
  const mainField = MAIN_FIELD_CANDIDATES.find((field) => field in schema.attributes);
  const [sortBy, sortOrder] = typeOptions.defaultSort?.split(':') ?? [];
  return {
    ...configuration,
    metadatas,
    settings: {
      ...configuration.settings,
      ...(mainField && { mainField }),
      ...(sortBy && { defaultSortBy: sortBy, defaultSortOrder: sortOrder }),
    },
    layouts: { ...configuration.layouts, list: typeOptions.listColumns ?? configuration.layouts.list },
  };
}

export async function applyEditorLayout(strapi: Core.Strapi): Promise<void> {
  const contentManager = strapi.plugin('content-manager');
  const services = [
    { service: contentManager.service('content-types'), schemas: Object.values(strapi.contentTypes) },
    { service: contentManager.service('components'), schemas: Object.values(strapi.components) },
  ];
  for (const { service, schemas } of services) {
    for (const schema of schemas as unknown as Schema[]) {
      if (!OWN_UID.test(schema.uid)) continue;
      const configuration = (await service.findConfiguration(schema)) as ViewConfiguration;
      await service.updateConfiguration(schema, applyEditorOptions(schema, configuration));
    }
  }
}
