import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cmsRoot } from '../scripts/env';
import { awardCsvRows, awardSheet, csv, xlsx } from './helpers/award-sheets';
import { ADMIN, startCms, type TestCms } from './helpers/strapi';

let cms: TestCms;
let adminJwt: string;

beforeAll(async () => {
  cms = await startCms({ seeded: true });
  adminJwt = (await cms.http().post('/admin/login').send(ADMIN)).body.data.token;
});
afterAll(async () => {
  await cms?.stop();
});

const AWARD = 'api::award.award';
const award = async (slug: string, status: 'draft' | 'published' = 'draft') =>
  (await cms.strapi
    .documents(AWARD)
    .findFirst({ status, filters: { slug }, populate: { recipients: { populate: ['school', 'roleModel'] } } } as never)) as unknown as {
    documentId: string;
    recipients: Array<{ name: string; recipientKind: string; unit: string | null; school: { name: string } | null; roleModel: { name: string } | null }>;
  };
const summary = (recipients: Awaited<ReturnType<typeof award>>['recipients']) =>
  recipients.map((r) => [r.name, r.recipientKind, r.school?.name ?? null, r.unit, r.roleModel?.name ?? null]);

function upload(documentId: string, file: Buffer, fields: Record<string, string> = {}, jwt = adminJwt) {
  let request = cms.http().post(`/admin/award-import/${documentId}`).set('Authorization', `Bearer ${jwt}`);
  for (const [name, value] of Object.entries(fields)) request = request.field(name, value);
  return request.attach('file', file, 'list.xlsx');
}

async function signIn(code: string): Promise<string> {
  const role = await cms.strapi.db.query('admin::role').findOne({ where: { code } });
  const email = `${code}@import.test`;
  const password = 'Import-test-1234';
  await cms.strapi.service('admin::user').create({ email, firstname: code, password, isActive: true, registrationToken: null, roles: [role.id] });
  return (await cms.http().post('/admin/login').send({ email, password })).body.data.token;
}

const ROWS = [
  ['林思源', '实验小学', '五年级(2)中队', '少先队员'],
  ['陈雨桐', '第二实验小学', '四年级（1）中队', ''],
  ['张静', '第二实验小学', '大队部', '辅导员'],
];
const EXPECTED = [
  ['林思源', 'pupil', '河洛区实验小学', '五年级(2)中队', '林思源'],
  ['陈雨桐', 'pupil', '河洛区第二实验小学', '四年级(1)中队', '陈雨桐'],
  ['张静', 'counselor', '河洛区第二实验小学', '大队部', '张静'],
];

describe('importing an award list in the admin', () => {
  it('previews without writing, then replaces the draft’s recipients, leaving the published list alone', async () => {
    const slug = '2024-district-outstanding-pupils';
    const before = await award(slug);
    const published = summary((await award(slug, 'published')).recipients);
    // 实验小学 alone is ambiguous in the seed (河洛区实验小学, 河洛区第二实验小学): the sheet says it in full.
    const file = await xlsx(awardSheet(ROWS.map((row, index) => (index === 0 ? [row[0]!, '河洛区实验小学', row[2]!, row[3]!] : row))));

    const preview = await upload(before.documentId, file);
    expect(preview.status).toBe(200);
    expect(preview.body.written).toBeUndefined();
    expect(
      preview.body.preview.rows.map((row: { name: string; school: { name: string }; roleModel?: { name: string } }) => [
        row.name,
        row.school.name,
        row.roleModel?.name,
      ]),
    ).toEqual(EXPECTED.map((row) => [row[0], row[2], row[4]]));
    expect(summary((await award(slug)).recipients)).toEqual(summary(before.recipients));

    const written = await upload(before.documentId, file, { write: 'true' });
    expect(written.body.written).toBe(3);
    expect(summary((await award(slug)).recipients)).toEqual(EXPECTED);
    expect(summary((await award(slug, 'published')).recipients)).toEqual(published);
    const api = await cms.http().get(`/api/awards?filters[slug]=${slug}&populate=recipients`);
    expect(api.body.data[0].recipients).toHaveLength(published.length);
  });

  it('appends after the recipients already there, and refuses names already on the list', async () => {
    const slug = '2026-district-outstanding-pupils-draft';
    const before = await award(slug);
    const file = csv(awardCsvRows([['周子航', '东关小学', '五年级(1)中队', '']]), 'gb18030');
    const appended = await upload(before.documentId, file, { mode: 'append', write: 'true' });
    expect(appended.body.written).toBe(1);
    expect(summary((await award(slug)).recipients)).toEqual([...summary(before.recipients), ['周子航', 'pupil', '河洛区东关小学', '五年级(1)中队', '周子航']]);

    const again = await upload(before.documentId, file, { mode: 'append', write: 'true' });
    expect(again.body.written).toBeUndefined();
    expect(again.body.preview.rows[0].problems).toEqual([{ column: 'B', message: '与名单中已有的获奖对象重名（同一学校）' }]);
    expect((await award(slug)).recipients).toHaveLength(before.recipients.length + 1);
  });

  it('writes nothing when any row has a problem, and refuses what is not a spreadsheet in Chinese', async () => {
    const slug = '2024-district-outstanding-counselors';
    const before = summary((await award(slug)).recipients);
    const { documentId } = await award(slug);
    const bad = await upload(documentId, csv(awardCsvRows([...ROWS, ['', '河洛中学', '', ''], ['王芳', '第九小学', '', '家长']]), 'utf8-bom'), {
      write: 'true',
    });
    expect(bad.status).toBe(200);
    expect(bad.body.written).toBeUndefined();
    expect(bad.body.preview.problemCount).toBe(3);
    for (const file of [Buffer.from('%PDF-1.7 …'), Buffer.from('89504e470d0a1a0a', 'hex'), csv([['姓名'], ['张静']])]) {
      const refused = await upload(documentId, file, { write: 'true' });
      expect(refused.status).toBe(400);
      expect(refused.body.error.message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(summary((await award(slug)).recipients)).toEqual(before);
    // Counselors are the default for a counselors' list.
    expect((await upload(documentId, csv(awardCsvRows([['张静', '第二实验小学', '', '']])))).body.preview.rows[0].kind).toBe('counselor');
  });

  it('is for those who may edit this award list: not the signed-out, the privacy manager, or an Author on another’s list', async () => {
    const { documentId } = await award('2025-district-good-youth');
    const file = csv(awardCsvRows(ROWS));
    expect((await cms.http().post(`/admin/award-import/${documentId}`).attach('file', file, 'list.csv')).status).toBe(401);
    expect((await upload(documentId, file, { write: 'true' }, await signIn('hlj-privacy-manager'))).status).toBe(403);
    expect((await upload(documentId, file, { write: 'true' }, await signIn('strapi-author'))).status).toBe(403);
    expect((await upload('no-such-award', file, {})).status).toBe(404);
  });

  it('an imported list names pupils as the name-display setting says, once an editor publishes it', async () => {
    const slug = '2025-municipal-outstanding-pupils';
    const { documentId } = await award(slug);
    expect(
      (
        await upload(
          documentId,
          csv(
            awardCsvRows([
              ['林思源', '河洛区实验小学', '', ''],
              ['张静', '第二实验小学', '', '辅导员'],
            ]),
          ),
          { write: 'true' },
        )
      ).body.written,
    ).toBe(2);
    await cms.strapi.documents(AWARD).publish({ documentId } as never);
    const settings = await cms.strapi.documents('api::site-setting.site-setting').findFirst({} as never);
    await cms.strapi
      .documents('api::site-setting.site-setting')
      .update({ documentId: (settings as { documentId: string }).documentId, data: { minorNameDisplay: 'masked' }, status: 'published' } as never);
    const api = await cms.http().get(`/api/awards?filters[slug]=${slug}&populate=recipients`);
    expect(api.body.data[0].recipients.map((recipient: { name: string }) => recipient.name)).toEqual(['林*源', '张静']);
  });

  it('writes a 500-row sheet', async () => {
    const { documentId } = await award('2026-shiyan-school-outstanding-pupils');
    const rows = Array.from({ length: 500 }, (_, index) => [
      `队员${index + 1}`,
      '河洛区实验小学',
      `${(index % 6) + 1}年级(${(index % 4) + 1})中队`,
      '少先队员',
    ]);
    const started = performance.now();
    const written = await upload(documentId, await xlsx(awardSheet(rows)), { write: 'true' });
    console.info(`500-row .xlsx previewed and written in ${Math.round(performance.now() - started)} ms`);
    expect(written.body.written).toBe(500);
    expect((await award('2026-shiyan-school-outstanding-pupils')).recipients).toHaveLength(500);
  });
});

describe('pnpm import-awards', () => {
  // The command boots its own Strapi on this test's database, as `pnpm seed` does.
  const run = (...args: string[]) =>
    spawnSync(path.join(cmsRoot, 'node_modules', '.bin', 'tsx'), ['scripts/import-awards.ts', ...args], {
      cwd: cmsRoot,
      encoding: 'utf8',
      env: { ...process.env, ENV_PATH: path.join(cms.workDir, '.env') },
    });

  it('names every bad row and writes nothing, previews with --dry-run, and writes a good list', async () => {
    const slug = '2024-district-outstanding-collectives';
    const before = summary((await award(slug)).recipients);
    const bad = path.join(cms.workDir, 'bad.xlsx');
    writeFileSync(
      bad,
      await xlsx(
        awardSheet([
          ['', '河洛中学', '', ''],
          ['王芳', '实验小学', '', '家长'],
        ]),
      ),
    );
    const refused = run(slug, bad);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toMatch(/第 3 行[^\n]*\n\s*✗ B 列：姓名为空/);
    expect(refused.stdout).toMatch(/第 4 行[^\n]*\n\s*✗ C 列：学校“实验小学”可能是[^\n]*\n\s*✗ E 列：类别“家长”无法识别/);
    expect(refused.stderr).toMatch(/2 行有问题，没有写入任何内容/);

    const good = path.join(cms.workDir, 'good.csv');
    writeFileSync(good, csv(awardCsvRows([['东关小学少先队大队', '东关小学', '大队', '']])));
    const dryRun = run(slug, good, '--dry-run');
    expect(dryRun.status).toBe(0);
    expect(dryRun.stdout).toMatch(/第 3 行 {2}东关小学少先队大队 {2}少先队集体 {2}河洛区东关小学/);
    expect(summary((await award(slug)).recipients)).toEqual(before);

    const wrote = run(slug, good);
    expect(wrote.status, wrote.stderr).toBe(0);
    expect(wrote.stdout).toMatch(/已写入 1 条获奖名单到草稿（未发布）/);
    expect(summary((await award(slug)).recipients)).toEqual([['东关小学少先队大队', 'collective', '河洛区东关小学', '大队', '东关小学少先队大队']]);

    expect(run('no-such-award', good)).toMatchObject({ status: 1, stderr: expect.stringMatching(/没有网址名为“no-such-award”的表彰/) });
  });
});
