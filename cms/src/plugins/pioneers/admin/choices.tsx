import { InputRenderer } from '@strapi/strapi/admin';
import type { ComponentProps } from 'react';

/**
 * Enumeration values are codes (`district`, `pupil`); their Chinese names live beside them in the
 * schema, `pluginOptions.editor.enumLabels`, and reach the admin on each attribute. Strapi shows the
 * codes themselves (its inputs and filters look the value up as a global translation id, which
 * cannot tell the school kind `other` 其他 from the award category `other` 其他表彰), so the edit
 * view's input, the list columns and the list filters are given the field's own labels here.
 */
interface Attribute {
  type: string;
  enum?: string[];
  pluginOptions?: { editor?: { enumLabels?: Record<string, string> } };
}

const labelOf = (attribute: Attribute | undefined, value: string): string => attribute?.pluginOptions?.editor?.enumLabels?.[value] ?? value;

const optionsOf = (attribute: Attribute) => (attribute.enum ?? []).map((value) => ({ value, label: labelOf(attribute, value) }));

type EnumerationProps = Extract<ComponentProps<typeof InputRenderer>, { type: 'enumeration' }>;

/** The edit view's dropdown, with Chinese labels (the content manager passes its field's props). */
export function EnumerationInput(props: object) {
  const { attribute, ...input } = props as EnumerationProps & { attribute: Attribute };
  return <InputRenderer {...input} type="enumeration" options={optionsOf(attribute)} />;
}

interface Header {
  name: string;
  attribute?: Attribute;
  cellFormatter?: (row: Record<string, unknown>, header: Header) => React.ReactNode;
}

/**
 * List cells: an enumeration shows its label; an integer (years, minutes, positions in this CMS)
 * shows its digits, 2026 and not Strapi's grouped "2,026".
 */
export function formatColumns({ displayedHeaders, layout }: { displayedHeaders: Header[]; layout: unknown }) {
  return {
    layout,
    displayedHeaders: displayedHeaders.map((header) => {
      const field = header.name.split('.')[0]!;
      if (header.attribute?.type === 'enumeration') {
        return { ...header, cellFormatter: (row: Record<string, unknown>) => (row[field] == null ? '-' : labelOf(header.attribute, String(row[field]))) };
      }
      if (header.attribute?.type === 'integer' && field !== 'id') {
        return { ...header, cellFormatter: (row: Record<string, unknown>) => (row[field] == null ? '-' : String(row[field])) };
      }
      return header;
    }),
  };
}

interface Filter {
  name: string;
  type: string;
  options?: { label: string; value: string }[];
}

/** List filters: an enumeration offers its labels (the field's attribute comes from its list column). */
export function labelFilters({ displayedFilters, layout }: { displayedFilters: Filter[]; layout: { layout?: Header[] } }) {
  const attributes = new Map((layout.layout ?? []).map((header) => [header.name.split('.')[0], header.attribute]));
  return {
    layout,
    displayedFilters: displayedFilters.map((filter) => {
      const attribute = attributes.get(filter.name);
      return filter.type === 'enumeration' && attribute ? { ...filter, options: optionsOf(attribute) } : filter;
    }),
  };
}
