import type { UID } from '@strapi/strapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { published } from '@pioneers/scripts/content-files';
import { ERASED_NAME } from '../src/plugins/pioneers/server/privacy/erasure';
import { startCms, type TestCms } from './helpers/strapi';

let cms: TestCms;
type Versions = Record<string, Record<string, string>>;

beforeAll(async () => {
  cms = await startCms({ seeded: true });
});
afterAll(() => cms?.stop());

async function versions(): Promise<Versions> {
  const response = await cms.http().get('/api/content-versions');
  expect(response.status, JSON.stringify(response.body.error)).toBe(200);
  return response.body.data;
}

const documentIdOf = async (uid: UID.ContentType, slug: string) =>
  ((await cms.strapi.documents(uid).findFirst({ filters: { slug }, status: 'published' } as never)) as unknown as { documentId: string }).documentId;

/** The names of the entries whose version differs between two listings (added and removed ones too). */
function changed(before: Versions, after: Versions): string[] {
  return Object.keys(after).flatMap((type) => {
    const ids = new Set([...Object.keys(before[type] ?? {}), ...Object.keys(after[type]!)]);
    return [...ids].filter((id) => before[type]?.[id] !== after[type]![id]).map((id) => `${type}/${id}`);
  });
}

describe('GET /api/content-versions', () => {
  it('lists, per public type, exactly the published documents, each with a short version and nothing else', async () => {
    const listing = await versions();
    expect(Object.keys(listing).sort()).toEqual(['articles', 'awards', 'categories', 'homepage', 'lessons', 'role-models', 'schools', 'site-setting', 'tags']);
    for (const type of ['schools', 'categories', 'tags', 'articles', 'role-models', 'awards', 'lessons']) {
      const singular = type === 'categories' ? 'category' : type.replace(/s$/, '');
      const rows = (await cms.strapi
        .documents(`api::${singular}.${singular}` as UID.ContentType)
        .findMany({ status: 'published', fields: ['slug'] } as never)) as unknown as Array<{ documentId: string; slug: string }>;
      expect(rows.map((row) => row.slug).sort()).toEqual(
        published(type)
          .map((file) => file.slug)
          .sort(),
      );
      expect(Object.keys(listing[type]!).sort()).toEqual(rows.map((row) => row.documentId).sort());
    }
    for (const version of Object.values(listing).flatMap((entries) => Object.values(entries))) expect(version).toMatch(/^[\w-]{16}$/);
  });

  it('shows no draft, whatever the query asks, and answers only GET', async () => {
    const listing = await versions();
    const draftIds = (
      (await cms.strapi.documents('api::award.award').findMany({ status: 'draft', fields: ['slug'] } as never)) as unknown as Array<{ documentId: string }>
    )
      .map((row) => row.documentId)
      .filter((id) => !(id in listing.awards!));
    expect(draftIds.length).toBeGreaterThan(0);
    for (const query of ['status=draft', 'publicationState=preview', 'populate=*', 'fields[0]=consentStatus', 'filters[documentId][$in][0]=x']) {
      const response = await cms.http().get(`/api/content-versions?${query}`);
      if (response.status === 200) expect(response.body.data).toEqual(listing);
      else expect(response.status).toBe(400);
      for (const id of draftIds) expect(response.text).not.toContain(id);
    }
    for (const path of ['/api/content-versions/', '/api/content-versions/x', '/api/CONTENT-VERSIONS', '/api/content-versions%2f..%2farticles']) {
      const response = await cms.http().get(path);
      if (response.status === 200) expect(response.body.data).toEqual(listing);
      else expect(response.status).toBe(404);
    }
    for (const method of ['post', 'put', 'delete'] as const) expect((await cms.http()[method]('/api/content-versions')).status).toBe(405);
    const forged = await cms.http().get('/api/content-versions').set('Authorization', 'Bearer not-a-token');
    expect(forged.status).toBe(401);
  });

  it('changes a version exactly when what the public reads of the document changes', async () => {
    const articles = cms.strapi.documents('api::article.article');
    const slug = published('articles')[0]!.slug as string;
    const documentId = await documentIdOf('api::article.article', slug);

    let before = await versions();
    await articles.update({ documentId, data: { title: '只是草稿的标题' } } as never);
    expect(changed(before, await versions()), 'a draft is not a change').toEqual([]);

    await articles.publish({ documentId } as never);
    let after = await versions();
    expect(changed(before, after)).toEqual([`articles/${documentId}`, ...(await homepageIfFeatured(documentId, after))]);

    before = after;
    // Private fields written in place (the consent status) do not show.
    const roleModel = await documentIdOf('api::role-model.role-model', 'lin-siyuan');
    await cms.strapi.db.query('api::role-model.role-model').updateMany({ where: { documentId: roleModel }, data: { consentStatus: '已撤回' } });
    expect(changed(before, await versions())).toEqual([]);

    await articles.unpublish({ documentId } as never);
    after = await versions();
    expect(after.articles).not.toHaveProperty(documentId);
    await articles.publish({ documentId } as never);
    before = await versions();
    await articles.delete({ documentId } as never);
    expect((await versions()).articles).not.toHaveProperty(documentId);
  });

  it('answers a crowd of callers with listings that each started after the caller asked', async () => {
    const articles = cms.strapi.documents('api::article.article');
    const documentId = await documentIdOf('api::article.article', published('articles')[1]!.slug as string);
    const asking = (count: number) => Promise.all(Array.from({ length: count }, () => versions()));
    const earlier = await versions();
    const meanwhile = asking(20);
    await articles.update({ documentId, data: { title: '并发时发布的标题' } } as never);
    await articles.publish({ documentId } as never);
    const after = await asking(20);
    await meanwhile;
    for (const listing of after) expect(listing.articles![documentId]).not.toBe(earlier.articles![documentId]);
    expect(new Set(after.map((listing) => JSON.stringify(listing))).size).toBe(1);
  });

  async function homepageIfFeatured(documentId: string, listing: Versions): Promise<string[]> {
    const homepage = (await cms.strapi
      .documents('api::homepage.homepage')
      .findFirst({ status: 'published', populate: { featuredArticles: { fields: ['slug'] } } } as never)) as unknown as {
      featuredArticles: Array<{ documentId: string }>;
    };
    return homepage.featuredArticles.some((article) => article.documentId === documentId) ? Object.keys(listing.homepage!).map((id) => `homepage/${id}`) : [];
  }

  it('changes what links to a renamed school, and an award list whose names are erased in place', async () => {
    const schools = cms.strapi.documents('api::school.school');
    const school = await documentIdOf('api::school.school', 'hongxing-xiaoxue');
    const linking = (await cms.strapi
      .documents('api::article.article')
      .findMany({ status: 'published', filters: { school: { documentId: school } } } as never)) as unknown as Array<{
      documentId: string;
    }>;
    expect(linking.length).toBeGreaterThan(0);
    let before = await versions();
    await schools.update({ documentId: school, data: { name: '红星小学（新名）' } } as never);
    await schools.publish({ documentId: school } as never);
    const renamed = changed(before, await versions());
    expect(renamed).toContain(`schools/${school}`);
    for (const article of linking) expect(renamed).toContain(`articles/${article.documentId}`);

    before = await versions();
    const award = await documentIdOf('api::award.award', '2024-district-outstanding-pupils');
    await cms.strapi.documents('api::role-model.role-model').delete({ documentId: await documentIdOf('api::role-model.role-model', 'chen-yutong') } as never);
    const recipients = (await cms.strapi
      .documents('api::award.award')
      .findOne({ documentId: award, status: 'published', populate: { recipients: true } } as never)) as unknown as {
      recipients: Array<{ name: string }>;
    };
    expect(recipients.recipients.map((recipient) => recipient.name)).toContain(ERASED_NAME);
    expect(changed(before, await versions())).toContain(`awards/${award}`);
  });

  it('changes what shows a media file when the file changes', async () => {
    const slug = published('articles')[1]!.slug as string;
    const article = (await cms.strapi
      .documents('api::article.article')
      .findFirst({ filters: { slug }, status: 'published', populate: { cover: true } } as never)) as unknown as {
      documentId: string;
      cover: { id: number };
    };
    const before = await versions();
    await cms.strapi.plugin('upload').service('upload').updateFileInfo(article.cover.id, { alternativeText: '换了说明的封面' });
    expect(changed(before, await versions())).toContain(`articles/${article.documentId}`);
  });

  it('changes every award list when the site settings change how pupils are named', async () => {
    const before = await versions();
    const settings = cms.strapi.documents('api::site-setting.site-setting');
    const current = (await settings.findFirst({ status: 'published' } as never)) as unknown as { documentId: string; minorNameDisplay: string };
    await settings.update({ documentId: current.documentId, data: { minorNameDisplay: current.minorNameDisplay === 'masked' ? 'full' : 'masked' } } as never);
    await settings.publish({ documentId: current.documentId } as never);
    const after = await versions();
    for (const award of Object.keys(after.awards!)) expect(changed(before, after)).toContain(`awards/${award}`);
  });
});
