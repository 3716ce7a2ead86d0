import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from './helpers/strapi';

describe('publishing with personal data', () => {
  let cms: TestCms;
  beforeAll(async () => {
    cms = await startCms({ seeded: true });
  });
  afterAll(() => cms?.stop());

  const body = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];
  const draft = (text: string) =>
    cms.strapi
      .documents('api::article.article')
      .create({ data: { title: '测试', slug: `pd-${Date.now()}`, summary: '摘要', publishedOn: '2026-11-28', body: body(text) } } as never);

  it('is refused with the reason, and publishes once removed', async () => {
    const article = await draft('请联系王老师 13912345678 报名');
    await expect(cms.strapi.documents('api::article.article').publish({ documentId: article.documentId })).rejects.toThrow(/手机号码（139…78）/);
    await cms.strapi.documents('api::article.article').update({ documentId: article.documentId, data: { body: body('请向班主任报名') } } as never);
    await cms.strapi.documents('api::article.article').publish({ documentId: article.documentId });
    expect(await cms.strapi.documents('api::article.article').findOne({ documentId: article.documentId, status: 'published' })).toBeTruthy();
  });
});
