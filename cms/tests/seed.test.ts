import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SeedContentError } from '../scripts/seed/content';
import { seedContent } from '../scripts/seed/import';
import { contentDir, startCms, type TestCms } from './helpers/strapi';

let cms: TestCms;
let scratch: string;

beforeAll(async () => {
  cms = await startCms();
});
afterAll(() => cms?.stop());

/** A copy of the content folder's JSON (media linked, not copied) that a test may damage. */
function contentCopy(): string {
  scratch = mkdtempSync(path.join(tmpdir(), 'hlj-content-'));
  cpSync(contentDir, scratch, { recursive: true, filter: (source) => !source.includes(`${path.sep}media`) });
  symlinkSync(path.join(contentDir, 'media'), path.join(scratch, 'media'));
  return scratch;
}
afterEach(() => scratch && rmSync(scratch, { recursive: true, force: true }));

// biome-ignore lint/suspicious/noExplicitAny: a seed file of any content type; each case breaks it in its own way.
function edit(dir: string, file: string, change: (entry: Record<string, any>) => void): void {
  const target = path.join(dir, file);
  const entry = JSON.parse(readFileSync(target, 'utf8'));
  change(entry);
  writeFileSync(target, JSON.stringify(entry));
}

async function storedCounts() {
  const uids = Object.keys(cms.strapi.contentTypes).filter((uid) => uid.startsWith('api::'));
  const counts = await Promise.all(uids.map((uid) => cms.strapi.db.query(uid as never).count()));
  return { entries: counts.reduce((a, b) => a + b, 0), files: await cms.strapi.db.query('plugin::upload.file').count() };
}

describe('bad seed files stop the import before anything is written', () => {
  const cases: Array<[string, (dir: string) => void, RegExp]> = [
    ['invalid JSON', (dir) => writeFileSync(path.join(dir, 'articles/2025-jianduiri.json'), '{ "title": '), /articles\/2025-jianduiri\.json: not valid JSON/],
    ['a missing required field', (dir) => edit(dir, 'articles/2025-jianduiri.json', (a) => delete a.title), /articles\/2025-jianduiri\.json → title: Required/],
    [
      'a value of the wrong kind',
      (dir) => edit(dir, 'awards/2024-district-outstanding-pupils.json', (a) => (a.level = 'county')),
      /awards\/2024-district-outstanding-pupils\.json → level: Invalid enum value/,
    ],
    [
      'an unknown relation slug',
      (dir) => edit(dir, 'articles/2025-jianduiri.json', (a) => (a.category = 'no-such-category')),
      /articles\/2025-jianduiri\.json → category: no api::category\.category with slug "no-such-category"/,
    ],
    [
      'an unknown slug inside a component',
      (dir) => edit(dir, 'awards/2023-national-outstanding-collectives.json', (a) => (a.recipients[2].school = 'nowhere')),
      /awards\/2023-national-outstanding-collectives\.json → recipients\[2\]\.school: no api::school\.school with slug "nowhere"/,
    ],
    [
      'a missing media file',
      (dir) => edit(dir, 'lessons/hongling-wo-wei-ni-zihao.json', (l) => (l.video.file = 'lessons/missing.mp4')),
      /lessons\/hongling-wo-wei-ni-zihao\.json → video: media file "media\/lessons\/missing\.mp4" does not exist/,
    ],
    [
      'an unknown field',
      (dir) => edit(dir, 'schools/shiyan-xiaoxue.json', (s) => (s.principalPhone = '123')),
      /schools\/shiyan-xiaoxue\.json: Unrecognized key\(s\) in object: 'principalPhone'/,
    ],
    [
      'a published minor without consent',
      (dir) => edit(dir, 'role-models/lin-siyuan.json', (r) => delete r.guardianConsent),
      /role-models\/lin-siyuan\.json → guardianConsent: 未成年人的榜样档案须先登记监护人同意/,
    ],
  ];

  it.each(cases)('%s', async (_name, damage, message) => {
    const dir = contentCopy();
    damage(dir);
    const error = await seedContent(cms.strapi, dir, () => {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SeedContentError);
    expect((error as Error).message).toMatch(message);
    expect(await storedCounts()).toEqual({ entries: 0, files: 0 });
  });
});

/** A fingerprint of every seed media file: seeding must never change the content folder. */
function mediaFingerprint(): string {
  const hash = createHash('sha256');
  const media = path.join(contentDir, 'media');
  for (const file of readdirSync(media, { recursive: true }).map(String).sort()) {
    if (file.includes('.')) hash.update(file).update(readFileSync(path.join(media, file)));
  }
  return hash.digest('hex');
}

describe('seeding twice', () => {
  it('creates everything once, then changes and duplicates nothing', async () => {
    const contentBefore = mediaFingerprint();
    const lines: string[] = [];
    const first = await seedContent(cms.strapi, contentDir, (line) => lines.push(line));
    expect(first.created).toBeGreaterThan(70);
    expect(first.unchanged).toBe(0);
    expect(lines.some((line) => /\[\d+\/\d+\] articles\s+21 created/.test(line))).toBe(true);

    const rows = async () =>
      Promise.all(
        ['api::article.article', 'api::award.award', 'api::role-model.role-model', 'plugin::upload.file'].map((uid) =>
          cms.strapi.db.query(uid as never).findMany({ select: ['id', 'updatedAt'], orderBy: { id: 'asc' } }),
        ),
      );
    const before = { counts: await storedCounts(), rows: await rows() };

    const second = await seedContent(cms.strapi, contentDir, () => {});
    expect(second).toEqual({ created: 0, unchanged: first.created, uploaded: 0 });
    expect({ counts: await storedCounts(), rows: await rows() }).toEqual(before);
    expect(mediaFingerprint(), 'the seed files themselves are left untouched').toBe(contentBefore);
  });

  it('leaves entries an editor changed since as they are', async () => {
    const articles = cms.strapi.documents('api::article.article');
    const article = await articles.findFirst({ filters: { slug: '2025-jianduiri' }, status: 'draft' } as never);
    await articles.update({ documentId: article!.documentId, data: { title: '编辑改过的标题' } } as never);
    await seedContent(cms.strapi, contentDir, () => {});
    const after = await articles.findOne({ documentId: article!.documentId, status: 'draft' } as never);
    expect(after!.title).toBe('编辑改过的标题');
  });
});
