import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signPreviewToken, PREVIEW_LIFETIME_MS } from '../src/plugins/pioneers/server/preview/token';
import { ADMIN, startCms, type TestCms } from './helpers/strapi';

let cms: TestCms;
let adminJwt: string;
const ARTICLE = 'api::article.article';

beforeAll(async () => {
  cms = await startCms({ seeded: true });
  const login = await cms.http().post('/admin/login').send(ADMIN);
  adminJwt = login.body.data.token ?? login.body.data.accessToken;
});
afterAll(() => cms?.stop());

/** A new, never-published article, as an editor leaves it before pressing publish. */
async function draftArticle(title: string): Promise<string> {
  const draft = await cms.strapi.documents(ARTICLE).create({
    data: { title, slug: `preview-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`, summary: '预览测试', publishedOn: '2026-11-01', body: [] },
  } as never);
  return draft.documentId;
}

/** What the admin's preview pane asks the CMS for. */
async function previewUrl(uid: string, documentId: string, status = 'draft') {
  return cms.http().get(`/content-manager/preview/url/${uid}`).query({ documentId, status }).set('Authorization', `Bearer ${adminJwt}`);
}

const readDraft = (path: string, token: string, query: Record<string, unknown> = { status: 'draft' }) =>
  cms.http().get(path).query(query).set('X-Preview-Token', token);

describe('draft preview', () => {
  it('the admin gets a signed link to the site preview server for each previewable type', async () => {
    const documentId = await draftArticle('预览中的草稿');
    const response = await previewUrl(ARTICLE, documentId);
    expect(response.status).toBe(200);
    const url = new URL(response.body.data.url);
    expect(url.origin).toBe('http://preview.test:4323');
    expect(url.pathname).toBe(`/preview/articles/${documentId}/`);
    expect(url.searchParams.get('status')).toBe('draft');
    expect(url.searchParams.get('token')).toMatch(/^[\w-]+\.[\w-]+$/);

    // Types without a page of their own have no preview.
    expect((await previewUrl('api::tag.tag', documentId)).status).toBe(204);
    // Only signed-in editors get links.
    expect((await cms.http().get(`/content-manager/preview/url/${ARTICLE}`).query({ documentId, status: 'draft' })).status).toBe(401);
  });

  it('the link reads exactly its own document’s draft, and nothing else', async () => {
    const documentId = await draftArticle('只给这一篇的预览');
    const other = await draftArticle('另一篇草稿');
    const token = new URL((await previewUrl(ARTICLE, documentId)).body.data.url).searchParams.get('token')!;

    const own = await readDraft(`/api/articles/${documentId}`, token);
    expect(own.status).toBe(200);
    expect(own.body.data.title).toBe('只给这一篇的预览');

    for (const [path, query] of [
      [`/api/articles/${other}`, { status: 'draft' }],
      ['/api/articles', { status: 'draft' }],
      [`/api/role-models/${documentId}`, { status: 'draft' }],
      [`/api/articles/${documentId}`, { status: 'draft', populate: { school: { status: 'draft' } } }],
      [`/api/articles/${documentId}`, { status: 'draft', hasPublishedVersion: 'false' }],
    ] as const) {
      const response = await readDraft(path, token, query);
      expect(response.status, `${path} ${JSON.stringify(query)}`).toBe(400);
      expect(JSON.stringify(response.body)).not.toContain('另一篇草稿');
    }
    // Without the token the draft does not exist publicly.
    expect((await cms.http().get(`/api/articles/${documentId}`).query({ status: 'draft' })).status).toBe(400);
    expect((await cms.http().get(`/api/articles/${documentId}`)).status).toBe(404);
  });

  it('forged, altered and expired links are refused', async () => {
    const documentId = await draftArticle('过期的预览');
    const secret = process.env.PREVIEW_SECRET!;
    const grant = { uid: ARTICLE, documentId };
    const valid = signPreviewToken(grant, secret);
    const [payload, signature] = valid.split('.');
    const otherPayload = Buffer.from(JSON.stringify({ ...grant, expiresAt: Date.now() + 10 * PREVIEW_LIFETIME_MS })).toString('base64url');

    for (const token of [
      signPreviewToken(grant, 'not-the-secret'),
      signPreviewToken(grant, secret, Date.now() - PREVIEW_LIFETIME_MS - 1000),
      `${otherPayload}.${signature}`,
      `${payload}.${signature!.slice(0, -2)}AA`,
      'nonsense',
    ]) {
      const response = await readDraft(`/api/articles/${documentId}`, token);
      expect(response.status, token).toBe(401);
      expect(JSON.stringify(response.body)).not.toContain('过期的预览');
    }
  });
});

describe('what a preview grant links to', () => {
  const SCHOOL = 'api::school.school';
  const MARKERS = { schoolEdit: '未发布的校名修改', hiddenPupil: '未公开的队员', hiddenTag: '未发布的标签', hiddenArticle: '同校未发布的新闻' };

  it('is the published version of each linked document, at any populate depth, never another draft', async () => {
    const [school] = (await cms.strapi.documents(SCHOOL).findMany({ status: 'published', fields: ['name'], limit: 1 } as never)) as Array<{
      documentId: string;
      name: string;
    }>;
    await cms.strapi.documents(SCHOOL).update({ documentId: school!.documentId, data: { name: MARKERS.schoolEdit }, status: 'draft' } as never);
    await cms.strapi.documents('api::role-model.role-model').create({
      data: {
        name: MARKERS.hiddenPupil,
        slug: 'preview-hidden-pupil',
        kind: 'pupil',
        headline: '草稿',
        isMinor: true,
        school: school!.documentId,
        story: [{ type: 'paragraph', children: [{ type: 'text', text: '草稿' }] }],
      },
    } as never);
    await cms.strapi.documents('api::article.article').create({
      data: { title: MARKERS.hiddenArticle, slug: 'preview-hidden-article', summary: '草稿', publishedOn: '2026-11-01', body: [], school: school!.documentId },
    } as never);
    const tag = await cms.strapi.documents('api::tag.tag').create({ data: { name: MARKERS.hiddenTag, slug: 'preview-hidden-tag' } } as never);
    const article = await cms.strapi.documents(ARTICLE).create({
      data: {
        title: '链接到草稿的预览',
        slug: 'preview-links-drafts',
        summary: '预览',
        publishedOn: '2026-11-01',
        body: [],
        school: school!.documentId,
        tags: [tag.documentId],
      },
    } as never);
    const token = new URL((await previewUrl(ARTICLE, article.documentId)).body.data.url).searchParams.get('token')!;

    const populates: Array<Record<string, unknown>> = [
      { school: true, tags: true },
      { school: { populate: { roleModels: true, articles: true } } },
      { school: { populate: { roleModels: { populate: { school: true } }, articles: { populate: { tags: true } } } } },
      { school: { fields: ['name'], populate: '*' } },
      { tags: { populate: { articles: true } } },
    ];
    for (const populate of populates) {
      const response = await readDraft(`/api/articles/${article.documentId}`, token, { status: 'draft', populate });
      const where = JSON.stringify(populate);
      expect(response.status, where).toBe(200);
      expect(response.body.data.title, where).toBe('链接到草稿的预览');
      if ('school' in populate) expect(response.body.data.school.name, where).toBe(school!.name);
      for (const marker of Object.values(MARKERS)) expect(JSON.stringify(response.body), where).not.toContain(marker);
    }
    const withTags = await readDraft(`/api/articles/${article.documentId}`, token, { status: 'draft', populate: { tags: true } });
    expect(withTags.body.data.tags).toEqual([]);
  });
});
