import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Attribute } from '@pioneers/contract';
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { consentProblem, type ConsentSubject } from '../../src/api/role-model/consent';
import { markdownToBlocks } from './blocks';
import { componentAttributes, isToMany, seedableAttributes, type SeedType } from './model';

/** A media field in a content file: a path under content/media and its alternative text. */
export interface MediaRef {
  file: string;
  alt?: string;
}

export interface SeedEntry {
  type: SeedType;
  /** Path of the file, relative to the content folder, for messages. */
  file: string;
  slug: string;
  /** Entries are published unless the file says `"draft": true`. */
  draft: boolean;
  data: Record<string, unknown>;
}

export interface Problem {
  file: string;
  field: string;
  message: string;
}

/** Raised before anything is written; lists every problem found, each with its file and field. */
export class SeedContentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `Seed content has ${problems.length} problem(s); nothing was written:\n` +
        problems.map((p) => `  - ${p.file}${p.field ? ` → ${p.field}` : ''}: ${p.message}`).join('\n'),
    );
    this.name = 'SeedContentError';
  }
}

type Visitor = (field: string, attribute: Attribute, value: unknown) => void;

/** Calls `visit` for every relation and media value in `data`, components included. */
export function walkReferences(strapi: Core.Strapi, attributes: Record<string, Attribute>, data: Record<string, unknown>, visit: Visitor, prefix = ''): void {
  for (const [name, attribute] of seedableAttributes(attributes)) {
    const value = data[name];
    if (value === undefined || value === null) continue;
    const field = `${prefix}${name}`;
    if (attribute.type === 'relation' || attribute.type === 'media') visit(field, attribute, value);
    if (attribute.type === 'component' && attribute.component) {
      const nested = componentAttributes(strapi, attribute.component);
      const items = attribute.repeatable ? (value as Record<string, unknown>[]) : [value as Record<string, unknown>];
      for (const [index, item] of items.entries()) walkReferences(strapi, nested, item, visit, attribute.repeatable ? `${field}[${index}].` : `${field}.`);
    }
  }
}

const SLUG = /^[A-Za-z0-9-_.~]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const mediaRef = z.object({ file: z.string().min(1), alt: z.string().max(250).optional() }).strict();

function zodFor(strapi: Core.Strapi, attribute: Attribute): z.ZodTypeAny {
  const text = () => {
    let schema = z.string();
    if (attribute.required) schema = schema.min(1, 'must not be empty');
    if (attribute.maxLength) schema = schema.max(attribute.maxLength);
    return schema;
  };
  switch (attribute.type) {
    case 'string':
    case 'text':
      return text();
    case 'uid':
      return text().regex(SLUG, 'letters, digits and - _ . ~ only');
    case 'blocks':
      return text().superRefine((markdown, ctx) => {
        try {
          markdownToBlocks(markdown);
        } catch (error) {
          ctx.addIssue({ code: 'custom', message: (error as Error).message });
        }
      });
    case 'enumeration':
      return z.enum(attribute.enum as [string, ...string[]]);
    case 'integer': {
      let schema = z.number().int();
      if (attribute.min !== undefined) schema = schema.min(attribute.min);
      if (attribute.max !== undefined) schema = schema.max(attribute.max);
      return schema;
    }
    case 'date':
      return z.string().regex(DATE, 'a date as YYYY-MM-DD');
    case 'datetime':
      return z.string().datetime({ offset: true, message: 'a date and time as ISO 8601, e.g. 2026-06-01T08:00:00+08:00' });
    case 'boolean':
      return z.boolean();
    case 'json':
      return z.unknown();
    case 'media':
      return attribute.multiple ? z.array(mediaRef) : mediaRef;
    case 'relation':
      return isToMany(attribute) ? z.array(z.string().regex(SLUG)) : z.string().regex(SLUG);
    case 'component': {
      const shape = objectShape(strapi, componentAttributes(strapi, attribute.component!));
      return attribute.repeatable ? z.array(z.object(shape).strict()) : z.object(shape).strict();
    }
    default:
      throw new Error(`the seed does not support attributes of type "${attribute.type}"`);
  }
}

function objectShape(strapi: Core.Strapi, attributes: Record<string, Attribute>): z.ZodRawShape {
  return Object.fromEntries(
    seedableAttributes(attributes).map(([name, attribute]) => {
      const schema = zodFor(strapi, attribute);
      return [name, attribute.required ? schema : schema.optional()];
    }),
  );
}

function issueField(issuePath: Array<string | number>): string {
  return issuePath.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');
}

function readJson(contentDir: string, file: string, problems: Problem[]): unknown {
  try {
    return JSON.parse(readFileSync(path.join(contentDir, file), 'utf8'));
  } catch (error) {
    problems.push({ file, field: '', message: `not valid JSON (${(error as Error).message})` });
    return undefined;
  }
}

function filesOf(contentDir: string, type: SeedType): string[] {
  if (type.kind === 'singleType') return existsSync(path.join(contentDir, type.path)) ? [type.path] : [];
  const dir = path.join(contentDir, type.path);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => `${type.path}/${name}`);
}

/**
 * Reads and checks every content file against the running content model: shape and required
 * fields, relation slugs, media files, and the consent rule for published minors. Throws a
 * SeedContentError naming each file and field at fault; returns the entries otherwise.
 */
export function loadContent(strapi: Core.Strapi, contentDir: string, types: SeedType[]): SeedEntry[] {
  const problems: Problem[] = [];
  const entries: SeedEntry[] = [];

  for (const type of types) {
    const schema = z.object({ ...objectShape(strapi, type.attributes), draft: z.boolean().optional() }).strict();
    for (const file of filesOf(contentDir, type)) {
      const raw = readJson(contentDir, file, problems);
      if (raw === undefined) continue;
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) problems.push({ file, field: issueField(issue.path), message: issue.message });
        continue;
      }
      const { draft, ...data } = parsed.data as Record<string, unknown> & { draft?: boolean };
      const slug = type.kind === 'singleType' ? type.path : String(data.slug);
      const expected = path.basename(file, '.json');
      if (type.kind === 'collectionType' && slug !== expected) {
        problems.push({ file, field: 'slug', message: `"${slug}" differs from the file name "${expected}"` });
      }
      entries.push({ type, file, slug, draft: draft === true, data });
    }
  }

  const slugs = new Map<string, Set<string>>();
  for (const entry of entries) {
    const known = slugs.get(entry.type.uid) ?? new Set<string>();
    if (known.has(entry.slug)) problems.push({ file: entry.file, field: 'slug', message: `"${entry.slug}" is used by another file` });
    known.add(entry.slug);
    slugs.set(entry.type.uid, known);
  }

  for (const entry of entries) {
    walkReferences(strapi, entry.type.attributes, entry.data, (field, attribute, value) => {
      if (attribute.type === 'relation') {
        for (const slug of [value].flat() as string[]) {
          if (!slugs.get(attribute.target!)?.has(slug)) {
            problems.push({ file: entry.file, field, message: `no ${attribute.target} with slug "${slug}" in the content folder` });
          }
        }
      } else {
        for (const ref of [value].flat() as MediaRef[]) {
          if (!existsSync(path.join(contentDir, 'media', ref.file))) {
            problems.push({ file: entry.file, field, message: `media file "media/${ref.file}" does not exist` });
          }
        }
      }
    });
    if (entry.type.uid === 'api::role-model.role-model' && !entry.draft) {
      const problem = consentProblem(entry.data as ConsentSubject);
      if (problem) problems.push({ file: entry.file, field: 'guardianConsent', message: problem });
    }
  }

  if (problems.length > 0) throw new SeedContentError(problems);
  return entries;
}
