import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runArticleSchedule } from '../src/api/article/schedule';
import { startCms, type TestCms } from './helpers/strapi';

const ARTICLE = 'api::article.article';
let cms: TestCms;

beforeAll(async () => {
  cms = await startCms();
});
afterAll(() => cms?.stop());

const body = [{ type: 'paragraph', children: [{ type: 'text', text: '正文' }] }];
const draft = (slug: string, extra: Record<string, unknown>) =>
  cms.strapi.documents(ARTICLE).create({ data: { title: slug, slug, summary: '摘要', publishedOn: '2026-11-28', body, ...extra } } as never);
const published = async (documentId: string) => Boolean(await cms.strapi.documents(ARTICLE).findOne({ documentId, status: 'published' }));

describe('scheduled publishing', () => {
  it('publishes articles whose time has come, and only those', async () => {
    const now = new Date('2026-12-01T08:00:00Z');
    const due = await draft('due', { publishAt: '2026-12-01T07:59:00Z' });
    const later = await draft('later', { publishAt: '2026-12-01T09:00:00Z' });
    const manual = await draft('manual', {});

    expect(await runArticleSchedule(cms.strapi, now)).toEqual({ published: ['due'], unpublished: [] });
    expect(await published(due.documentId)).toBe(true);
    expect(await published(later.documentId)).toBe(false);
    expect(await published(manual.documentId)).toBe(false);
    expect((await cms.strapi.documents(ARTICLE).findOne({ documentId: due.documentId, status: 'published' }))!.publishAt).toBeNull();

    // Carried out once: unpublishing by hand afterwards sticks.
    await cms.strapi.documents(ARTICLE).unpublish({ documentId: due.documentId });
    expect(await runArticleSchedule(cms.strapi, now)).toEqual({ published: [], unpublished: [] });
    expect(await published(due.documentId)).toBe(false);
  });

  it('unpublishes articles whose end has come', async () => {
    const notice = await cms.strapi.documents(ARTICLE).create({
      data: { title: 'notice', slug: 'notice', summary: '摘要', publishedOn: '2026-11-28', body, unpublishAt: '2026-12-01T08:30:00Z' },
      status: 'published',
    } as never);
    expect(await runArticleSchedule(cms.strapi, new Date('2026-12-01T08:10:00Z'))).toEqual({ published: [], unpublished: [] });
    expect(await runArticleSchedule(cms.strapi, new Date('2026-12-01T08:31:00Z'))).toEqual({ published: [], unpublished: ['notice'] });
    expect(await published(notice.documentId)).toBe(false);
  });
});
