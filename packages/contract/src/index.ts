/**
 * The content contract for code outside the CMS and the site (the rebuild service, scripts): the registry of types,
 * and the types of the schema files (the CMS's seed reads them).
 */
export * from './generated/registry';
export type { Attribute, ComponentSchema, ContentTypeSchema } from './model';
