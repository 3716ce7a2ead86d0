import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaFiles } from '../../scripts/schema-snapshot';

/**
 * Every enumeration value is a code; editors (cms/src/plugins/pioneers/admin/choices.tsx) and the site read its
 * Chinese name from `pluginOptions.editor.enumLabels` beside it. A value added without a name
 * would show as a code.
 */
interface Attribute {
  type: string;
  enum?: string[];
  pluginOptions?: { editor?: { enumLabels?: Record<string, string> } };
}

const enumerations = schemaFiles().flatMap(({ uid, file }) => {
  const { attributes } = JSON.parse(readFileSync(file, 'utf8')) as { attributes: Record<string, Attribute> };
  return Object.entries(attributes)
    .filter(([, attribute]) => attribute.type === 'enumeration')
    .map(([name, attribute]) => ({ field: `${uid}.${name}`, attribute }));
});

describe('every enumeration value has a Chinese name in its schema', () => {
  it('finds the enumerations', () => {
    expect(enumerations.map(({ field }) => field)).toEqual(
      expect.arrayContaining(['api::award.award.level', 'api::role-model.role-model.kind', 'privacy.guardian-consent.relationship']),
    );
  });

  it.each(enumerations)('$field names exactly its values, in Chinese', ({ attribute }) => {
    const labels = attribute.pluginOptions?.editor?.enumLabels ?? {};
    expect(Object.keys(labels).sort()).toEqual([...(attribute.enum ?? [])].sort());
    for (const label of Object.values(labels)) expect(label).toMatch(/^[\u4e00-\u9fff（）、]+$/);
  });
});
