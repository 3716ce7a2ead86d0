/**
 * The content model's fields, as a plain map: `{ "api::article.article": { "title": "string", … } }`.
 * `pnpm --filter cms schema:snapshot` writes it to database/schema-snapshot.json at a release;
 * tests/schema-guard.test.ts compares the model against it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cmsRoot } from './env';

export type SchemaSnapshot = Record<string, Record<string, string>>;

export const snapshotFile = path.join(cmsRoot, 'database', 'schema-snapshot.json');
export const acknowledgementsFile = path.join(cmsRoot, 'database', 'schema-acknowledgements.json');

const typeOf = (attribute: { type: string; relation?: string; target?: string; component?: string; repeatable?: boolean }) =>
  attribute.type === 'relation'
    ? `relation:${attribute.relation}:${attribute.target}`
    : attribute.type === 'component'
      ? `component:${attribute.component}${attribute.repeatable ? '[]' : ''}`
      : attribute.type;

/** Every content type's and component's schema file, by uid. */
export function schemaFiles(): { uid: string; file: string }[] {
  const api = path.join(cmsRoot, 'src', 'api');
  const components = path.join(cmsRoot, 'src', 'components');
  return [
    // An API folder may hold only routes (content-version): it has no content type of its own.
    ...readdirSync(api)
      .map((name) => ({ uid: `api::${name}.${name}`, file: path.join(api, name, 'content-types', name, 'schema.json') }))
      .filter(({ file }) => existsSync(file)),
    ...readdirSync(components).flatMap((category) =>
      readdirSync(path.join(components, category)).map((file) => ({
        uid: `${category}.${path.basename(file, '.json')}`,
        file: path.join(components, category, file),
      })),
    ),
  ];
}

export function currentSchema(): SchemaSnapshot {
  const snapshot: SchemaSnapshot = {};
  for (const { uid, file } of schemaFiles()) {
    const { attributes } = JSON.parse(readFileSync(file, 'utf8')) as { attributes: Record<string, Parameters<typeof typeOf>[0]> };
    snapshot[uid] = Object.fromEntries(Object.entries(attributes).map(([name, attribute]) => [name, typeOf(attribute)]));
  }
  return snapshot;
}

/** Released fields gone or retyped now, unless a migration names them or they are acknowledged. */
export function lostFields(released: SchemaSnapshot, now: SchemaSnapshot, acknowledged: Record<string, string>, migrations: string): string[] {
  return Object.entries(released).flatMap(([uid, fields]) =>
    Object.entries(fields).flatMap(([field, type]) => {
      const key = `${uid}.${field}`;
      if (now[uid]?.[field] === type || key in acknowledged || migrations.includes(key)) return [];
      return [`${key} (${type} → ${now[uid]?.[field] ?? 'removed'})`];
    }),
  );
}

/** The text of every migration in database/migrations, where a migration names the fields it moves. */
export function migrationsText(): string {
  const dir = path.join(cmsRoot, 'database', 'migrations');
  return readdirSync(dir)
    .filter((name) => /\.(js|ts|sql)$/.test(name))
    .map((name) => readFileSync(path.join(dir, name), 'utf8'))
    .join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  writeFileSync(snapshotFile, `${JSON.stringify(currentSchema(), null, 2)}\n`);
  console.log(`schema snapshot written to ${path.relative(process.cwd(), snapshotFile)}`);
}
