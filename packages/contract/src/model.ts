/**
 * The content model as the CMS's schema files write it: `cms/src/api/<api>/content-types/<name>/schema.json`
 * and `cms/src/components/<category>/<name>.json`. Only the parts the contract and the CMS's seed read are typed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** What the public site makes of one field. */
export interface SiteField {
  /** `false` keeps a field out of everything the site reads: personal data, or what only the CMS uses. Private fields are out anyway. */
  public?: false;
  /** A relation's fields to read from its target (default: `slug` and the field the slug is made from). */
  fields?: string[];
  /** A `json` field's shape on the site: a list of strings. */
  json?: 'strings';
}

export interface Attribute {
  type: string;
  required?: boolean;
  maxLength?: number;
  min?: number;
  max?: number;
  private?: boolean;
  enum?: string[];
  multiple?: boolean;
  relation?: string;
  target?: string;
  mappedBy?: string;
  component?: string;
  components?: string[];
  repeatable?: boolean;
  targetField?: string;
  pluginOptions?: { editor?: { label?: string; enumLabels?: Record<string, string> }; site?: SiteField };
}

/** A content type's place on the public site. A type with it is public (the site reads it); one without is not. */
export interface SiteType {
  /** The site section under which each entry has its page, at `/<route>/<slug>/`. */
  route?: string;
  /** The preview server renders its drafts (with the page template of `route`). */
  previewable?: boolean;
  /** Its page lists the entries of another type, paged (`…/page/2/`): the name of the inverse relation to them. */
  lists?: string;
}

/** What an admin role may do with a content type's entries (the CMS sets it at every start; docs/roles.md). */
export interface RoleGrant {
  actions: Array<'create' | 'read' | 'update' | 'delete' | 'publish'>;
  /** Only entries this role's user created (Strapi's is-creator condition). */
  own?: true;
  /** Fields this role neither sees nor writes (a component hides all of its subfields). */
  hidden?: string[];
  /** Fields this role sees but cannot write. */
  readOnly?: string[];
}

export interface ContentTypeSchema {
  kind: 'collectionType' | 'singleType';
  info: { singularName: string; pluralName: string; displayName: string };
  /** `roles`: by admin role code; a role not named may do nothing with the type. */
  pluginOptions?: { site?: SiteType; roles?: Record<string, RoleGrant> };
  attributes: Record<string, Attribute>;
}

export interface ComponentSchema {
  info: { displayName: string };
  attributes: Record<string, Attribute>;
}

export interface Model {
  /** By uid, `api::article.article`. */
  contentTypes: Record<string, ContentTypeSchema>;
  /** By name, `award.recipient`. */
  components: Record<string, ComponentSchema>;
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
const folders = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

/** The CMS's content types and components, read from the schema files under `cmsDir/src`. */
export function readModel(cmsDir: string): Model {
  const apiDir = path.join(cmsDir, 'src/api');
  const componentsDir = path.join(cmsDir, 'src/components');
  const contentTypes: Model['contentTypes'] = {};
  for (const api of folders(apiDir)) {
    const typesDir = path.join(apiDir, api, 'content-types');
    let names: string[];
    try {
      names = folders(typesDir);
    } catch {
      continue; // an API with routes only, no content type
    }
    for (const name of names) contentTypes[`api::${api}.${name}`] = readJson(path.join(typesDir, name, 'schema.json'));
  }
  const components: Model['components'] = {};
  for (const category of folders(componentsDir)) {
    for (const file of readdirSync(path.join(componentsDir, category))
      .filter((name) => name.endsWith('.json'))
      .sort()) {
      components[`${category}.${file.slice(0, -'.json'.length)}`] = readJson(path.join(componentsDir, category, file));
    }
  }
  return { contentTypes, components };
}
