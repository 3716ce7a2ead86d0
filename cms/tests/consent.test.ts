import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInChina, unpublishLapsedConsents } from '../src/api/role-model/consent';
import { ERASED_NAME } from '../src/plugins/pioneers/server/privacy/erasure';
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

const isPublished = async (documentId: string) => Boolean(await cms.strapi.documents(ROLE_MODEL).findOne({ documentId, status: 'published' }));

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
    const response = await cms.http().get(`/content-manager/collection-types/${ROLE_MODEL}/${minor.documentId}`).set('Authorization', `Bearer ${adminToken}`);
    expect(response.status).toBe(200);
    expect(response.body.data.guardianConsent.guardianName).toBe('测试监护人');
  });
});

describe('logins', () => {
  /** Every login route, in spellings the router accepts as the same route. */
  const loginAttempts = ['/admin/login', '/api/auth/local'].flatMap((path) => {
    const body = path.startsWith('/admin')
      ? (n: number) => ({ email: `guess${n}@example.com`, password: 'Wrong-password-1' })
      : (n: number) => ({ identifier: `guess${n}@example.com`, password: 'x' });
    const capitalised = path.replace(/\/(\w)/g, (_, first: string) => `/${first.toUpperCase()}`);
    return [path, `${path}/`, path.toUpperCase(), capitalised, `${capitalised}/`, path.replace(/^\/(\w+)/, (prefix) => prefix.toUpperCase())].map(
      (spelling) => ({ spelling, body }),
    );
  });

  it('are limited per address on every spelling of the login routes, whatever X-Forwarded-For says', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 12; attempt += 1) {
      const { spelling, body } = loginAttempts[attempt % loginAttempts.length]!;
      const response = await cms
        .http()
        .post(spelling)
        .set('X-Forwarded-For', `203.0.113.${attempt}`)
        .set('X-Real-IP', `198.51.100.${attempt}`)
        .send(body(attempt));
      statuses.push(response.status);
    }
    // Refused as failed logins (403: the public site has no visitor accounts), then limited.
    expect(
      statuses.slice(0, 10).every((status) => [400, 401, 403].includes(status)),
      String(statuses),
    ).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    for (const { spelling, body } of loginAttempts) {
      const response = await cms.http().post(spelling).set('X-Forwarded-For', '192.0.2.77').send(body(99));
      expect(response.status, spelling).toBe(429);
    }
    // Forgotten-password and reset routes try secrets too.
    for (const spelling of ['/admin/forgot-password', '/ADMIN/reset-password/', '/api/auth/forgot-password', '/Api/Auth/Reset-Password']) {
      expect((await cms.http().post(spelling).send({ email: 'x@example.com' })).status, spelling).toBe(429);
    }
  });
});

describe('erasure on request', () => {
  it('deleting a minor removes the profile, every photo file and the name from award lists, and logs it privately', async () => {
    const [photo] = await cms.strapi.db.query('plugin::upload.file').findMany({ where: { mime: 'image/jpeg', formats: { $notNull: true } }, limit: 1 });
    const files = [photo.url, ...Object.values(photo.formats as Record<string, { url: string }>).map((format) => format.url)];
    for (const url of files) expect((await cms.http().get(url)).status).toBe(200);

    const minor = await draftMinor('to-erase', { name: '待删队员', photo: photo.id, guardianConsent: consent({ scope: 'profile_and_photo' }) });
    await cms.strapi.documents(ROLE_MODEL).publish({ documentId: minor.documentId });
    const AWARD = 'api::award.award';
    const awardList = (slug: string, status?: 'published') =>
      cms.strapi.documents(AWARD).create({
        data: {
          title: `删除测试表彰 ${slug}`,
          slug,
          year: 2026,
          level: 'school',
          category: 'outstanding-pupil',
          issuer: '测试',
          announcedOn: '2026-11-28',
          recipients: [
            { name: '另一名队员', recipientKind: 'pupil' },
            { name: '待删队员', recipientKind: 'pupil', roleModel: minor.documentId },
          ],
        },
        ...(status ? { status } : {}),
      } as never);
    // Three ways an award list can stand: published as is, published with an editor's unreviewed edits, never published.
    const award = await awardList('erasure-award', 'published');
    const edited = await awardList('erasure-award-edited', 'published');
    const pendingEdit = {
      description: '尚未审核的说明',
      recipients: [
        { name: '另一名队员', recipientKind: 'pupil' },
        { name: '待删队员', recipientKind: 'pupil', roleModel: minor.documentId },
        { name: '新增未审核队员', recipientKind: 'pupil' },
      ],
    };
    await cms.strapi.documents(AWARD).update({ documentId: edited.documentId, data: pendingEdit } as never);
    const draftOnly = await awardList('erasure-award-draft');

    const response = await cms
      .http()
      .delete(`/content-manager/collection-types/${ROLE_MODEL}/${minor.documentId}`)
      .set('Authorization', `Bearer ${adminToken}`);
    expect(response.status).toBe(200);

    const names = (entry: unknown) => (entry as { recipients: Array<{ name: string }> }).recipients.map((r) => r.name);
    const version = (documentId: string, status: 'draft' | 'published') =>
      cms.strapi.documents(AWARD).findOne({ documentId, status, populate: { recipients: true } } as never);
    const published = await cms
      .http()
      .get(`/api/awards/${award.documentId}`)
      .query({ populate: { recipients: true } });
    expect(published.body.data.recipients.map((r: { name: string }) => r.name)).toEqual(['另一名队员', '（应监护人要求隐去姓名）']);
    expect(names(await version(award.documentId, 'draft'))).toEqual(['另一名队员', '（应监护人要求隐去姓名）']);
    // The published version changes in place: the pending edits are not published by the erasure...
    const editedPublished = await version(edited.documentId, 'published');
    expect(names(editedPublished)).toEqual(['另一名队员', '（应监护人要求隐去姓名）']);
    expect((editedPublished as { description?: string | null }).description ?? null).toBeNull();
    // ...and stay in the draft, for the editor to review, with the name taken out there too.
    const editedDraft = await version(edited.documentId, 'draft');
    expect(names(editedDraft)).toEqual(['另一名队员', '（应监护人要求隐去姓名）', '新增未审核队员']);
    expect((editedDraft as { description?: string }).description).toBe('尚未审核的说明');
    // A list that was never published stays unpublished.
    expect(await version(draftOnly.documentId, 'published')).toBeNull();
    expect(names(await version(draftOnly.documentId, 'draft'))).toEqual(['另一名队员', '（应监护人要求隐去姓名）']);

    const everything = JSON.stringify(
      (
        await cms
          .http()
          .get('/api/awards')
          .query({ populate: { recipients: true }, pagination: { pageSize: 100 } })
      ).body,
    );
    expect(everything).not.toContain('待删队员');
    expect(everything).not.toContain('新增未审核队员');
    expect(everything).not.toContain('尚未审核的说明');
    for (const url of files) expect((await cms.http().get(url)).status, url).toBe(404);

    const [log] = await cms.strapi.documents('api::privacy-log.privacy-log').findMany({ filters: { subject: { $contains: 'to-erase' } } } as never);
    expect(log).toMatchObject({ action: 'erasure' });
    expect((log as unknown as { details: { namesRemovedFromAwards: string[] } }).details.namesRemovedFromAwards.sort()).toEqual([
      'erasure-award',
      'erasure-award-draft',
      'erasure-award-edited',
    ]);
    expect((log as unknown as { details: { removedFiles: string[] } }).details.removedFiles).toEqual(expect.arrayContaining(files));
  });

  it('an erasure that fails half-way leaves nothing erased, and can be done again', async () => {
    const [photo] = await cms.strapi.db.query('plugin::upload.file').findMany({ where: { mime: 'image/jpeg', formats: { $notNull: true } }, limit: 1 });
    const files = [photo.url, ...Object.values(photo.formats as Record<string, { url: string }>).map((format) => format.url)];
    const minor = await draftMinor('half-erased', { name: '半途队员', photo: photo.id, guardianConsent: consent({ scope: 'profile_and_photo' }) });
    await cms.strapi.documents(ROLE_MODEL).publish({ documentId: minor.documentId });
    const award = await cms.strapi.documents('api::award.award').create({
      data: {
        title: '半途删除测试表彰',
        slug: 'half-erased-award',
        year: 2026,
        level: 'school',
        category: 'outstanding-pupil',
        issuer: '测试',
        announcedOn: '2026-11-28',
        recipients: [{ name: '半途队员', recipientKind: 'pupil', roleModel: minor.documentId }],
      },
      status: 'published',
    });
    const recipientNames = async () =>
      Promise.all(
        (['draft', 'published'] as const).map(async (status) => {
          const version = await cms.strapi.documents('api::award.award').findOne({ documentId: award.documentId, status, populate: { recipients: true } });
          return version?.recipients?.map((recipient) => recipient.name);
        }),
      );

    // The last step, the privacy log, fails: the profile, its photo and the name were already gone by then.
    let logFails = true;
    cms.strapi.documents.use(async (context, next) => {
      if (logFails && context.uid === 'api::privacy-log.privacy-log' && context.action === 'create') throw new Error('privacy log unavailable');
      return next();
    });
    await expect(cms.strapi.documents(ROLE_MODEL).delete({ documentId: minor.documentId })).rejects.toThrow('privacy log unavailable');

    expect(await isPublished(minor.documentId)).toBe(true);
    const draft = await cms.strapi.documents(ROLE_MODEL).findOne({ documentId: minor.documentId, populate: { photo: true } });
    expect(draft).toMatchObject({ name: '半途队员', photo: { id: photo.id } });
    expect(await recipientNames()).toEqual([['半途队员'], ['半途队员']]);
    for (const url of files) expect((await cms.http().get(url)).status, url).toBe(200);
    expect(await cms.strapi.documents('api::privacy-log.privacy-log').findMany({ filters: { subject: { $contains: 'half-erased' } } })).toEqual([]);

    logFails = false;
    await cms.strapi.documents(ROLE_MODEL).delete({ documentId: minor.documentId });
    expect(await recipientNames()).toEqual([[ERASED_NAME], [ERASED_NAME]]);
    expect(await cms.strapi.documents('api::privacy-log.privacy-log').findMany({ filters: { subject: { $contains: 'half-erased' } } })).toHaveLength(1);
  });
});
