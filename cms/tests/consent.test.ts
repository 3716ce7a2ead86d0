import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInChina, unpublishLapsedConsents } from '../src/api/role-model/consent';
import { consent } from './helpers/consent';
import { ADMIN, startCms, type TestCms } from './helpers/strapi';

const ROLE_MODEL = 'api::role-model.role-model';
let cms: TestCms;
let adminToken: string;

beforeAll(async () => {
  cms = await startCms({ seeded: true });
  const login = await cms.http().post('/admin/login').send(ADMIN);
  expect(login.status, JSON.stringify(login.body)).toBe(200);
  adminToken = login.body.data.token ?? login.body.data.accessToken;
});
afterAll(() => cms?.stop());

const story = [{ type: 'paragraph', children: [{ type: 'text', text: '事迹' }] }];

async function draftMinor(slug: string, extra: Record<string, unknown> = {}) {
  return cms.strapi.documents(ROLE_MODEL).create({
    data: { name: '测试队员', slug, kind: 'pupil', headline: '好少年', story, isMinor: true, ...extra },
  } as never);
}

const isPublished = async (documentId: string) =>
  Boolean(await cms.strapi.documents(ROLE_MODEL).findOne({ documentId, status: 'published' }));

describe('publishing a minor through the Document Service', () => {
  it('refuses to publish without consent and leaves the draft as it was', async () => {
    const draft = await draftMinor('no-consent');
    await expect(cms.strapi.documents(ROLE_MODEL).publish({ documentId: draft.documentId })).rejects.toThrow(/须先登记监护人同意/);
    expect(await isPublished(draft.documentId)).toBe(false);
    const after = await cms.strapi.documents(ROLE_MODEL).findOne({ documentId: draft.documentId, status: 'draft' });
    expect(after).toMatchObject({ name: '测试队员', updatedAt: draft.updatedAt });
  });

  it('refuses to create an already-published minor without consent, creating nothing', async () => {
    const before = await cms.strapi.documents(ROLE_MODEL).count({ status: 'draft' } as never);
    await expect(
      cms.strapi.documents(ROLE_MODEL).create({
        data: { name: '测试队员', slug: 'created-published', kind: 'pupil', headline: '好少年', story, isMinor: true },
        status: 'published',
      } as never),
    ).rejects.toThrow(/监护人同意/);
    expect(await cms.strapi.documents(ROLE_MODEL).count({ status: 'draft' } as never)).toBe(before);
  });

  it('refuses an expired consent, and a photo the consent does not cover', async () => {
    const expired = await draftMinor('expired', { guardianConsent: consent({ expiresOn: '2020-01-01' }) });
    await expect(cms.strapi.documents(ROLE_MODEL).publish({ documentId: expired.documentId })).rejects.toThrow(/到期/);

    const [photo] = await cms.strapi.db.query('plugin::upload.file').findMany({ where: { mime: 'image/jpeg' }, limit: 1 });
    const withPhoto = await draftMinor('photo-no-scope', { guardianConsent: consent(), photo: photo.id });
    await expect(cms.strapi.documents(ROLE_MODEL).publish({ documentId: withPhoto.documentId })).rejects.toThrow(/不含照片/);
    expect(await isPublished(withPhoto.documentId)).toBe(false);
  });

  it('publishes once a valid consent is recorded, and adults need none', async () => {
    const minor = await draftMinor('valid-consent', { guardianConsent: consent() });
    await cms.strapi.documents(ROLE_MODEL).publish({ documentId: minor.documentId });
    expect(await isPublished(minor.documentId)).toBe(true);

    const adult = await cms.strapi.documents(ROLE_MODEL).create({
      data: { name: '测试辅导员', slug: 'adult', kind: 'counselor', headline: '优秀辅导员', story, isMinor: false },
      status: 'published',
    } as never);
    expect(await isPublished(adult.documentId)).toBe(true);
  });

  it('the seed draft without consent cannot be published', async () => {
    const draft = await cms.strapi.documents(ROLE_MODEL).findFirst({ filters: { slug: 'li-xiaoman' }, status: 'draft' } as never);
    await expect(cms.strapi.documents(ROLE_MODEL).publish({ documentId: draft!.documentId })).rejects.toThrow(/监护人同意/);
  });
});

describe('when consent lapses', () => {
  it('recording a withdrawal on the draft takes the published profile down at once', async () => {
    const minor = await draftMinor('withdrawn', { guardianConsent: consent() });
    await cms.strapi.documents(ROLE_MODEL).publish({ documentId: minor.documentId });
    expect(await isPublished(minor.documentId)).toBe(true);
    await cms.strapi.documents(ROLE_MODEL).update({
      documentId: minor.documentId,
      data: { guardianConsent: consent({ withdrawnOn: todayInChina() }) },
    } as never);
    expect(await isPublished(minor.documentId)).toBe(false);
    await expect(cms.strapi.documents(ROLE_MODEL).publish({ documentId: minor.documentId })).rejects.toThrow(/撤回同意/);
  });

  it('the daily check unpublishes exactly the profiles whose consent has expired', async () => {
    const minor = await draftMinor('lapsing', { guardianConsent: consent({ expiresOn: '2027-12-31' }) });
    await cms.strapi.documents(ROLE_MODEL).publish({ documentId: minor.documentId });
    expect(await unpublishLapsedConsents(cms.strapi, '2027-12-31')).toEqual([]);
    expect(await unpublishLapsedConsents(cms.strapi, '2028-01-01')).toEqual(['lapsing']);
    expect(await isPublished(minor.documentId)).toBe(false);
    expect(await isPublished((await cms.strapi.documents(ROLE_MODEL).findFirst({ filters: { slug: 'lin-siyuan' } } as never))!.documentId)).toBe(true);
  });
});

describe('publishing a minor in the admin panel', () => {
  it('shows the editor the reason and keeps the entry a draft', async () => {
    const draft = await draftMinor('admin-publish');
    const response = await cms
      .http()
      .post(`/content-manager/collection-types/${ROLE_MODEL}/${draft.documentId}/actions/publish`)
      .set('Authorization', `Bearer ${adminToken}`)
      .send({});
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/须先登记监护人同意/);
    expect(await isPublished(draft.documentId)).toBe(false);
  });

  it('the admin sees the consent the public never does', async () => {
    const minor = await draftMinor('admin-sees-consent', { guardianConsent: consent() });
    const response = await cms
      .http()
      .get(`/content-manager/collection-types/${ROLE_MODEL}/${minor.documentId}`)
      .set('Authorization', `Bearer ${adminToken}`);
    expect(response.status).toBe(200);
    expect(response.body.data.guardianConsent.guardianName).toBe('测试监护人');
  });
});

describe('logins', () => {
  it('are rate limited per address, also when the email changes each time', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 12; attempt += 1) {
      const response = await cms.http().post('/admin/login').send({ email: `guess${attempt}@example.com`, password: 'Wrong-password-1' });
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 10).every((status) => status === 400 || status === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    const apiLogin = await cms.http().post('/api/auth/local').send({ identifier: 'someone@example.com', password: 'x' });
    expect(apiLogin.status).toBe(429);
  });
});

describe('erasure on request', () => {
  it('deleting a minor removes the profile, every photo file and the name from award lists, and logs it privately', async () => {
    const [photo] = await cms.strapi.db.query('plugin::upload.file').findMany({ where: { mime: 'image/jpeg', formats: { $notNull: true } }, limit: 1 });
    const files = [photo.url, ...Object.values(photo.formats as Record<string, { url: string }>).map((format) => format.url)];
    for (const url of files) expect((await cms.http().get(url)).status).toBe(200);

    const minor = await draftMinor('to-erase', { name: '待删队员', photo: photo.id, guardianConsent: consent({ scope: 'profile_and_photo' }) });
    await cms.strapi.documents(ROLE_MODEL).publish({ documentId: minor.documentId });
    const award = await cms.strapi.documents('api::award.award').create({
      data: {
        title: '删除测试表彰', slug: 'erasure-award', year: 2026, level: 'school', category: 'outstanding-pupil', issuer: '测试', announcedOn: '2026-11-28',
        recipients: [{ name: '另一名队员', recipientKind: 'pupil' }, { name: '待删队员', recipientKind: 'pupil', roleModel: minor.documentId }],
      },
      status: 'published',
    } as never);

    const response = await cms.http().delete(`/content-manager/collection-types/${ROLE_MODEL}/${minor.documentId}`).set('Authorization', `Bearer ${adminToken}`);
    expect(response.status).toBe(200);

    const published = await cms.http().get(`/api/awards/${award.documentId}`).query({ populate: { recipients: true } });
    expect(published.body.data.recipients.map((r: { name: string }) => r.name)).toEqual(['另一名队员', '（应监护人要求隐去姓名）']);
    expect(JSON.stringify((await cms.http().get('/api/awards').query({ populate: { recipients: true } })).body)).not.toContain('待删队员');
    for (const url of files) expect((await cms.http().get(url)).status, url).toBe(404);

    const [log] = await cms.strapi.documents('api::privacy-log.privacy-log').findMany({ filters: { subject: { $contains: 'to-erase' } } } as never);
    expect(log).toMatchObject({ action: 'erasure', details: { namesRemovedFromAwards: ['erasure-award'] } });
    expect((log as unknown as { details: { removedFiles: string[] } }).details.removedFiles).toEqual(expect.arrayContaining(files));
  });
});
