/**
 * One seeded CMS per test run, copied wherever a test needs seeded content. Seeding re-encodes
 * every seed media file (minutes on a small machine); copying its result takes a second. The
 * template is a database (a SQLite file, or a PostgreSQL database that `CREATE DATABASE … TEMPLATE`
 * clones) and the uploads folder that goes with it.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { seedCms, throwawaySecrets } from './services';

/** The super admin every seeded copy has (created by the seed's first boot). */
export const TEST_ADMIN = { email: 'admin@test.example.com', password: 'Test-admin-1234' };

export interface SeedTemplate {
  /** The DATABASE_* variables of the seeded database. */
  database: Record<string, string>;
  uploads: string;
}

/** Another database to seed than the default SQLite file, and how to create it (empty). */
export interface TemplateDatabase {
  env: Record<string, string>;
  create: () => Promise<void>;
}

/**
 * The template in `dir`, seeded there the first time it is asked for, into `database` (created
 * then) or by default a SQLite file in `dir`. Callers share a `dir` to share the seed
 * (scripts/test.ts passes one to every phase in HLJ_TEST_SEED_DIR).
 */
export async function seedTemplate(dir: string, database?: TemplateDatabase): Promise<SeedTemplate> {
  const record = path.join(dir, 'template.json');
  if (existsSync(record)) return JSON.parse(readFileSync(record, 'utf8')) as SeedTemplate;
  const publicDir = path.join(dir, 'public');
  mkdirSync(path.join(publicDir, 'uploads'), { recursive: true });
  await database?.create();
  const template: SeedTemplate = {
    database: database?.env ?? { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'seeded.db') },
    uploads: path.join(publicDir, 'uploads'),
  };
  await seedCms({
    quiet: true,
    env: {
      ...template.database,
      STRAPI_PUBLIC_DIR: publicDir,
      ADMIN_EMAIL: TEST_ADMIN.email,
      ADMIN_PASSWORD: TEST_ADMIN.password,
      CRON_ENABLED: 'false',
      ...throwawaySecrets(),
    },
  });
  writeFileSync(record, JSON.stringify(template));
  return template;
}

/** A copy of the template's uploads folder as `publicDir`/uploads. */
export function copyTemplateUploads(template: SeedTemplate, publicDir: string): void {
  cpSync(template.uploads, path.join(publicDir, 'uploads'), { recursive: true });
}
