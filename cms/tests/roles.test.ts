import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEDULE_REFUSED, SCHEDULED_DRAFT_LOCKED } from '../src/api/article/schedule';
import { ROLE_GRANTS } from '../src/generated/role-grants';
import { PRIVACY_MANAGER } from '../src/plugins/pioneers/server/bootstrap/admin-roles';
import { ADMIN, startCms, type TestCms } from './helpers/strapi';

/**
 * docs/roles.md is the specification: every row of its table is tried here, as a real admin user
 * of each role, through the admin's HTTP API (the Content Manager's own endpoints).
 */
const ROLES = [
  { column: 'Super Admin', code: 'strapi-super-admin' },
  { column: 'Editor', code: 'strapi-editor' },
  { column: 'Author', code: 'strapi-author' },
  { column: '隐私管理员', code: PRIVACY_MANAGER.code },
] as const;
type RoleCode = (typeof ROLES)[number]['code'];

function documentedRights(): Array<{ action: string; role: RoleCode; allowed: boolean }> {
  const lines = readFileSync(path.resolve(import.meta.dirname, '../../docs/roles.md'), 'utf8').split('\n');
  const header = lines
    .find((line) => line.startsWith('| Action |'))!
    .split('|')
    .map((cell) => cell.trim());
  const columns = ROLES.map(({ column, code }) => ({ code, index: header.indexOf(column) }));
  expect(
    columns.every(({ index }) => index > 0),
    'docs/roles.md has a column per role',
  ).toBe(true);
  return lines
    .filter((line) => /^\| `[\w.-]+` \|/.test(line))
    .flatMap((line) => {
      const cells = line.split('|').map((cell) => cell.trim());
      const action = cells[1]!.replaceAll('`', '');
      return columns.map(({ code, index }) => {
        expect(['✓', '✗'], `${action} / ${code}`).toContain(cells[index]);
        return { action, role: code, allowed: cells[index] === '✓' };
      });
    });
}

const ARTICLE = 'api::article.article';
const ROLE_MODEL = 'api::role-model.role-model';
const SITE_SETTING = 'api::site-setting.site-setting';
const PASSWORD = 'Roles-test-1234';
const body = [{ type: 'paragraph', children: [{ type: 'text', text: '正文' }] }];
const consent = { guardianName: '王芳', relationship: 'mother', consentedOn: '2026-01-01', scope: 'profile', expiresOn: '2030-12-31', note: '原件在大队部' };

let cms: TestCms;
const users = {} as Record<RoleCode, { id: number; token: string }>;
let serial = 0;

async function login(email: string, deviceId = randomUUID()) {
  const response = await cms
    .http()
    .post('/admin/login')
    .send({ email, password: email === ADMIN.email ? ADMIN.password : PASSWORD, deviceId });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  const cookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []).find((header) => header.startsWith('strapi_admin_refresh='))!;
  return { token: response.body.data.token as string, refreshCookie: cookie.split(';')[0]!, deviceId };
}

beforeAll(async () => {
  cms = await startCms();
  await cms.strapi.documents(SITE_SETTING).create({ data: { siteName: '红领巾先锋', organisation: '团区委', minorNameDisplay: 'full' } as never });
  for (const { code } of ROLES) {
    const email = code === 'strapi-super-admin' ? ADMIN.email : `${code}@roles.test`;
    if (code !== 'strapi-super-admin') {
      const role = await cms.strapi.db.query('admin::role').findOne({ where: { code } });
      await cms.strapi.service('admin::user').create({ email, firstname: code, password: PASSWORD, isActive: true, registrationToken: null, roles: [role.id] });
    }
    const { id } = await cms.strapi.db.query('admin::user').findOne({ where: { email } });
    users[code] = { id, token: (await login(email)).token };
  }
});
afterAll(() => cms?.stop());

const as = (role: RoleCode) => {
  const auth = (request: ReturnType<ReturnType<TestCms['http']>['get']>) => request.set('Authorization', `Bearer ${users[role].token}`);
  return {
    get: (url: string) => auth(cms.http().get(url)),
    put: (url: string, data: object) => auth(cms.http().put(url)).send(data),
    post: (url: string, data: object = {}) => auth(cms.http().post(url)).send(data),
    delete: (url: string) => auth(cms.http().delete(url)),
  };
};
const entries = (uid: string) => `/content-manager/collection-types/${uid}`;

/** An entry owned by `owner` (Authors may only touch their own), made as the CMS makes them. */
async function fixture(uid: typeof ARTICLE | typeof ROLE_MODEL, owner: RoleCode, extra: Record<string, unknown> = {}): Promise<string> {
  const slug = `roles-${++serial}`;
  const data =
    uid === ARTICLE
      ? { title: slug, slug, summary: '摘要', publishedOn: '2026-11-28', body }
      : { name: `队员${serial}`, slug, kind: 'pupil', headline: '新时代好少年', story: body, isMinor: true, guardianConsent: consent };
  const { documentId } = await cms.strapi.documents(uid).create({ data: { ...data, ...extra } as never });
  const rows = await cms.strapi.db.query(uid).findMany({ where: { documentId } });
  for (const row of rows) await cms.strapi.db.query(uid).update({ where: { id: row.id }, data: { createdBy: users[owner].id } });
  return documentId;
}

/** Reads an outcome from a response: 2xx is allowed, 403 refused, anything else a failure of the test. */
function allowedBy(response: { status: number; body: unknown }): boolean {
  if (response.status === 403) return false;
  expect(response.status, JSON.stringify(response.body)).toBeLessThan(300);
  return true;
}

const draftOf = (uid: string, documentId: string) =>
  // biome-ignore lint/suspicious/noExplicitAny: a draft of any content type, whose shape the assertions check.
  cms.strapi.documents(uid as typeof ARTICLE).findOne({ documentId, status: 'draft', populate: '*' } as never) as Promise<Record<string, any> | null>;
const siteSetting = async () => (await cms.strapi.documents(SITE_SETTING).findFirst({ status: 'draft' }))!;

// Roles the Content Manager lets edit an article, so that the schedule guard is what refuses.
const mayEditArticles = (role: RoleCode) => Boolean(ROLE_GRANTS[role]?.['api::article.article']?.actions.includes('update')) || role === 'strapi-super-admin';

/** Each documented action, tried as `role`: resolves to whether it was carried out. */
const ACTIONS: Record<string, (role: RoleCode) => Promise<boolean>> = {
  'article.create': async (role) => {
    const slug = `created-${++serial}`;
    return allowedBy(await as(role).post(entries(ARTICLE), { title: slug, slug, summary: '摘要', publishedOn: '2026-11-28', body }));
  },
  'article.edit-others': async (role) => {
    const documentId = await fixture(ARTICLE, role === 'strapi-super-admin' ? 'strapi-editor' : 'strapi-super-admin');
    const allowed = allowedBy(await as(role).put(`${entries(ARTICLE)}/${documentId}`, { title: '改过的标题' }));
    expect((await draftOf(ARTICLE, documentId))!.title === '改过的标题').toBe(allowed);
    return allowed;
  },
  'article.publish': async (role) => {
    const documentId = await fixture(ARTICLE, role);
    const allowed = allowedBy(await as(role).post(`${entries(ARTICLE)}/${documentId}/actions/publish`));
    expect(Boolean(await cms.strapi.documents(ARTICLE).findOne({ documentId, status: 'published' }))).toBe(allowed);
    return allowed;
  },
  'article.schedule': async (role) => {
    const documentId = await fixture(ARTICLE, role);
    const response = await as(role).put(`${entries(ARTICLE)}/${documentId}`, { publishAt: '2030-01-01T08:00:00.000Z' });
    const allowed = allowedBy(response);
    const stored = (await cms.strapi.db.query(ARTICLE).findOne({ where: { documentId, publishedAt: null } }))!;
    if (allowed) {
      expect(stored).toMatchObject({ scheduledBy: users[role].id });
      expect(new Date(stored.publishAt).toISOString()).toBe('2030-01-01T08:00:00.000Z');
    } else {
      if (mayEditArticles(role)) expect(response.body.error.message).toBe(SCHEDULE_REFUSED);
      expect(stored).toMatchObject({ publishAt: null, scheduledBy: null });
    }
    return allowed;
  },
  'article.edit-scheduled': async (role) => {
    const documentId = await fixture(ARTICLE, role, { publishAt: '2030-01-01T08:00:00.000Z', scheduledBy: users['strapi-super-admin'].id });
    const response = await as(role).put(`${entries(ARTICLE)}/${documentId}`, { title: '到时公开的标题' });
    const allowed = allowedBy(response);
    if (!allowed && mayEditArticles(role)) expect(response.body.error.message).toBe(SCHEDULED_DRAFT_LOCKED);
    expect((await draftOf(ARTICLE, documentId))!.title === '到时公开的标题').toBe(allowed);
    return allowed;
  },
  'role-model.consent-status': async (role) => {
    const documentId = await fixture(ROLE_MODEL, role);
    const response = await as(role).get(`${entries(ROLE_MODEL)}/${documentId}`);
    return allowedBy(response) && response.body.data.consentStatus === '有效，至 2030-12-31（同意公开仅事迹）';
  },
  'role-model.consent-read': async (role) => {
    const documentId = await fixture(ROLE_MODEL, role);
    const response = await as(role).get(`${entries(ROLE_MODEL)}/${documentId}`);
    const shown = allowedBy(response) && JSON.stringify(response.body).includes(consent.guardianName);
    // Not a field of the consent anywhere in the answer when it is hidden.
    if (!shown) expect(JSON.stringify(response.body)).not.toMatch(/guardianConsent|原件在大队部|2026-01-01/);
    return shown;
  },
  'role-model.consent-edit': async (role) => {
    const documentId = await fixture(ROLE_MODEL, role);
    const response = await as(role).put(`${entries(ROLE_MODEL)}/${documentId}`, { headline: '优秀少先队员', guardianConsent: { ...consent, note: '已续签' } });
    allowedBy(response);
    const stored = (await draftOf(ROLE_MODEL, documentId))!;
    // Refused or not, the consent on record is never lost.
    expect(stored.guardianConsent).toMatchObject({ ...consent, note: expect.any(String) });
    return stored.guardianConsent.note === '已续签';
  },
  'role-model.publish': async (role) => {
    const documentId = await fixture(ROLE_MODEL, role);
    const allowed = allowedBy(await as(role).post(`${entries(ROLE_MODEL)}/${documentId}/actions/publish`));
    expect(Boolean(await cms.strapi.documents(ROLE_MODEL).findOne({ documentId, status: 'published' }))).toBe(allowed);
    return allowed;
  },
  'role-model.delete': async (role) => {
    const documentId = await fixture(ROLE_MODEL, role);
    const allowed = allowedBy(await as(role).delete(`${entries(ROLE_MODEL)}/${documentId}`));
    expect((await draftOf(ROLE_MODEL, documentId)) === null).toBe(allowed);
    return allowed;
  },
  'site-setting.edit': async (role) => {
    const before = await siteSetting();
    const siteName = `红领巾先锋${++serial}`;
    const response = await as(role).put(`/content-manager/single-types/${SITE_SETTING}`, { ...before, siteName });
    if (response.status !== 403) allowedBy(response);
    return (await siteSetting()).siteName === siteName;
  },
  'site-setting.minor-name-display': async (role) => {
    const before = await siteSetting();
    const minorNameDisplay = before.minorNameDisplay === 'full' ? 'masked' : 'full';
    const response = await as(role).put(`/content-manager/single-types/${SITE_SETTING}`, { ...before, minorNameDisplay });
    if (response.status !== 403) allowedBy(response);
    return (await siteSetting()).minorNameDisplay === minorNameDisplay;
  },
  'privacy-log.read': async (role) => allowedBy(await as(role).get(entries('api::privacy-log.privacy-log'))),
  'publishing-status.read': async (role) => allowedBy(await as(role).get('/admin/publishing/status')),
  'information.versions': async (role) => {
    const response = await as(role).get('/admin/information');
    expect(response.status).toBe(200);
    expect(response.body.data).toHaveProperty('currentEnvironment');
    const versions = ['strapiVersion', 'nodeVersion', 'dependencies', 'projectId'].filter((key) => key in response.body.data);
    expect([0, 4]).toContain(versions.length);
    return versions.length === 4;
  },
};

describe('each role can do what docs/roles.md says, and nothing it does not', () => {
  const rights = documentedRights();

  it('documents every action tried here, and tries every documented action', () => {
    expect([...new Set(rights.map(({ action }) => action))].sort()).toEqual(Object.keys(ACTIONS).sort());
  });

  it.each(rights.map((right) => [right.action, right.role, right.allowed ? 'allowed' : 'refused', right] as const))(
    '%s as %s: %s',
    async (_a, _r, _o, { action, role, allowed }) => {
      expect(await ACTIONS[action]!(role)).toBe(allowed);
    },
  );
});

describe('a copy of a scheduled article is not scheduled', () => {
  it.each(['strapi-author', 'strapi-editor'] as const)('copied by %s', async (role) => {
    const source = await fixture(ARTICLE, role, { publishAt: '2030-01-01T08:00:00.000Z', scheduledBy: users['strapi-super-admin'].id });
    const slug = `copy-${++serial}`;
    const response = await as(role).post(`${entries(ARTICLE)}/clone/${source}`, { title: slug, slug });
    expect(response.status, JSON.stringify(response.body)).toBeLessThan(300);
    const copy = (await cms.strapi.db.query(ARTICLE).findOne({ where: { slug } }))!;
    expect(copy).toMatchObject({ publishAt: null, unpublishAt: null, scheduledBy: null });
  });
});

describe('roles and consent', () => {
  it('tells an Editor, who cannot see consent, why a minor cannot be published and whom to ask', async () => {
    const documentId = await fixture(ROLE_MODEL, 'strapi-editor', { guardianConsent: null });
    const response = await as('strapi-editor').post(`${entries(ROLE_MODEL)}/${documentId}/actions/publish`);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/须先登记监护人同意.*隐私管理员/);
    const status = (await as('strapi-editor').get(`${entries(ROLE_MODEL)}/${documentId}`)).body.data.consentStatus;
    expect(status).toMatch(/须先登记监护人同意/);
  });

  it('puts back at every start a right granted by hand', async () => {
    const editor = await cms.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } });
    await cms.strapi.db
      .query('admin::permission')
      .create({ data: { action: 'plugin::content-manager.explorer.delete', subject: ROLE_MODEL, role: editor.id, properties: {}, conditions: [] } });
    const { syncAdminRoles } = await import('../src/plugins/pioneers/server/bootstrap/admin-roles');
    await syncAdminRoles(cms.strapi);
    const granted = await cms.strapi.db
      .query('admin::permission')
      .findMany({ where: { role: editor.id, subject: ROLE_MODEL, action: 'plugin::content-manager.explorer.delete' } });
    expect(granted).toEqual([]);

    // And leaves the rights alone when they are as they should be.
    const ids = async () =>
      (await cms.strapi.db.query('admin::permission').findMany({ where: { role: editor.id }, orderBy: { id: 'asc' } })).map((p: { id: number }) => p.id);
    const before = await ids();
    await syncAdminRoles(cms.strapi);
    expect(await ids()).toEqual(before);
  });
});

describe('what the CMS records for the admin stays out of the Content API', () => {
  // Private like the consent: who scheduled an article, and the consent's status.
  const FIELDS = [
    ['articles', ARTICLE, 'scheduledBy'],
    ['role-models', ROLE_MODEL, 'consentStatus'],
  ] as const;

  beforeAll(async () => {
    const article = await fixture(ARTICLE, 'strapi-editor', { unpublishAt: '2030-01-01T00:00:00.000Z', scheduledBy: users['strapi-editor'].id });
    await cms.strapi.documents(ARTICLE).publish({ documentId: article });
    await cms.strapi.documents(ROLE_MODEL).publish({ documentId: await fixture(ROLE_MODEL, 'strapi-editor') });
  });

  it.each(FIELDS)('%s: %s… not in any answer', async (collection, _uid, field) => {
    const response = await cms.http().get(`/api/${collection}`).query({ populate: '*' });
    expect(response.status).toBe(200);
    expect(response.body.data.length).toBeGreaterThan(0);
    expect(JSON.stringify(response.body)).not.toContain(field);
  });

  it.each(
    FIELDS.flatMap(([collection, , field]) => [
      [collection, `filter on ${field}`, { filters: { [field]: { $notNull: true } } }],
      [collection, `sort on ${field}`, { sort: field }],
      [collection, `select ${field}`, { fields: [field] }],
    ]),
  )('%s: %s is refused', async (collection, _name, query) => {
    expect((await cms.http().get(`/api/${collection}`).query(query)).status).toBe(400);
  });
});

describe('logging out ends only that session', () => {
  const refresh = (cookie: string) => cms.http().post('/admin/access-token').set('Cookie', cookie).send({});
  const logout = (token: string, data: object) => cms.http().post('/admin/logout').set('Authorization', `Bearer ${token}`).send(data);

  // The admin sends its deviceId when an editor logs out; a tab whose session is over sends none.
  it.each([
    ['as the admin logs out (with its device id)', (deviceId: string) => ({ deviceId })],
    ['without a device id', () => ({})],
  ])('%s', async (_name, logoutBody) => {
    const email = `${PRIVACY_MANAGER.code}@roles.test`;
    const [first, second] = [await login(email), await login(email)];
    expect((await logout(first.token, logoutBody(first.deviceId))).status).toBe(200);
    expect((await refresh(first.refreshCookie)).status).toBe(401);
    expect((await cms.http().get('/admin/users/me').set('Authorization', `Bearer ${first.token}`)).status).toBe(401);
    const renewed = await refresh(second.refreshCookie);
    expect(renewed.status).toBe(200);
    expect((await cms.http().get('/admin/users/me').set('Authorization', `Bearer ${renewed.body.data.token}`)).status).toBe(200);
  });
});
