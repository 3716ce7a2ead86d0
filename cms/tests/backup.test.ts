/**
 * `pnpm backup` and `pnpm restore` as an operator runs them: a seeded CMS is backed up, the
 * archive is restored into a fresh, empty database and uploads folder, and both CMSs must then
 * answer the public API identically and hold byte-identical media files.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyTemplateUploads, type SeedTemplate } from '@pioneers/scripts/seed-template';
import { bin, cmsDir, freePort, run, startCms, throwawaySecrets, type Service } from '@pioneers/scripts/services';
import { decryptFile } from '../scripts/backup/encryption';
import { freshDatabase, seededTemplate } from './helpers/strapi';

const shared: Record<string, string> = {
  SERVE_ADMIN_PANEL: 'false',
  CRON_ENABLED: 'false',
  HOST: '127.0.0.1',
  ...throwawaySecrets(),
};

interface Instance {
  dir: string;
  env: Record<string, string>;
  drop: () => Promise<void>;
}

const instances: Instance[] = [];
const services: Service[] = [];

/** A CMS's database and uploads folder: empty, or a copy of the seeded template. */
async function instance(template?: SeedTemplate): Promise<Instance> {
  const dir = mkdtempSync(path.join(tmpdir(), 'hlj-backup-test-'));
  const database = await freshDatabase(dir, template);
  if (template) copyTemplateUploads(template, path.join(dir, 'public'));
  const created = { dir, env: { ...shared, ...database.env, STRAPI_PUBLIC_DIR: path.join(dir, 'public') }, drop: database.drop };
  instances.push(created);
  return created;
}

const tsx = (args: string[], env: Record<string, string>) => run(bin(cmsDir, 'tsx'), args, { cwd: cmsDir, env, quiet: true });

let original: Instance;
let archive: string;

beforeAll(async () => {
  original = await instance(await seededTemplate());
  archive = path.join(original.dir, 'district.hljbak');
  await tsx(['scripts/backup.ts', '--out', archive], original.env);
}, 600_000);

afterAll(async () => {
  await Promise.all(services.map((service) => service.stop()));
  for (const { dir, drop } of instances) {
    await drop();
    rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * Strapi 5 identifies documents by documentId, which a restore keeps; the numeric row ids are
 * internal and may be renumbered (they are on PostgreSQL), so they are left out of the comparison.
 */
function withoutRowIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutRowIds);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'id')
      .map(([key, child]) => [key, withoutRowIds(child)]),
  );
}

async function everything(url: string): Promise<Record<string, unknown>> {
  const collections = ['schools', 'categories', 'tags', 'articles', 'role-models', 'awards', 'lessons'];
  const answers: Record<string, unknown> = {};
  for (const collection of collections) {
    const entries: unknown[] = [];
    for (let page = 1; ; page += 1) {
      const response = await fetch(`${url}/api/${collection}?populate=*&sort=documentId:asc&pagination[page]=${page}&pagination[pageSize]=100`);
      expect(response.status, collection).toBe(200);
      const body = (await response.json()) as { data: unknown[]; meta: { pagination: { pageCount: number } } };
      entries.push(...body.data);
      if (page >= body.meta.pagination.pageCount) break;
    }
    answers[collection] = withoutRowIds(entries);
  }
  for (const single of ['homepage', 'site-setting']) answers[single] = withoutRowIds(await (await fetch(`${url}/api/${single}?populate=*`)).json());
  return answers;
}

function fileHashes(dir: string): Record<string, string> {
  const uploads = path.join(dir, 'public', 'uploads');
  return Object.fromEntries(
    readdirSync(uploads, { recursive: true, withFileTypes: true })
      // Strapi's import leaves a .gitkeep in the folder it recreates; media files are the point.
      .filter((entry) => entry.isFile() && entry.name !== '.gitkeep')
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return [path.relative(uploads, file), createHash('sha256').update(readFileSync(file)).digest('hex')];
      }),
  );
}

describe('backup and restore', () => {
  it('the archive is encrypted: our header, and the gzip archive only once decrypted with the key', async () => {
    expect(readFileSync(archive).subarray(0, 8).toString()).toBe('HLJBAK1\n');
    const decrypted = path.join(original.dir, 'decrypted.tar.gz');
    await decryptFile(archive, decrypted, shared.BACKUP_KEY!);
    expect([...readFileSync(decrypted).subarray(0, 2)]).toEqual([0x1f, 0x8b]);
  });

  // Ceilings, not expectations: a restore boots Strapi three times.
  it('restores into an empty instance: the same public API answers and the same media files', { timeout: 600_000 }, async () => {
    const restored = await instance();
    await tsx(['scripts/restore.ts', archive], restored.env);

    const ports = [await freePort(), await freePort()];
    const [before, after] = await Promise.all([
      startCms(ports[0]!, { env: original.env, quiet: true }),
      startCms(ports[1]!, { env: restored.env, quiet: true }),
    ]);
    services.push(before, after);
    const [expected, actual] = await Promise.all([everything(before.url), everything(after.url)]);
    expect((expected.articles as unknown[]).length).toBeGreaterThan(10);
    for (const key of Object.keys(expected)) expect(actual[key], key).toEqual(expected[key]);

    const files = fileHashes(original.dir);
    expect(Object.keys(files).length).toBeGreaterThan(50);
    expect(fileHashes(restored.dir)).toEqual(files);
  });

  it('refuses to overwrite a database that holds content, a wrong key, and an altered archive', { timeout: 600_000 }, async () => {
    const expectFailure = async (args: string[], env: Record<string, string>, message: RegExp) => {
      const error = await tsx(args, env).then(
        () => undefined,
        (failure: Error) => failure,
      );
      expect(error?.message).toMatch(message);
    };
    await expectFailure(['scripts/restore.ts', archive], original.env, /already holds \d+ entries/);

    const empty = await instance();
    await expectFailure(['scripts/restore.ts', archive], { ...empty.env, BACKUP_KEY: 'not-the-key' }, /key is wrong or the file was altered/);
    const altered = path.join(empty.dir, 'altered.hljbak');
    const bytes = readFileSync(archive);
    bytes.writeUInt8(bytes.readUInt8(bytes.length >> 1) ^ 0xff, bytes.length >> 1);
    writeFileSync(altered, bytes);
    await expectFailure(['scripts/restore.ts', altered], empty.env, /key is wrong or the file was altered/);
  });
});
