import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, startCms, type TestCms } from './helpers/strapi';

let cms: TestCms;
let adminAuth: string;

beforeAll(async () => {
  cms = await startCms();
  const login = await cms.http().post('/admin/login').send(ADMIN);
  adminAuth = `Bearer ${login.body.data.token ?? login.body.data.accessToken}`;
});
afterAll(() => cms?.stop());

const contentManager = (uid: string, path = '') => `/content-manager/collection-types/${uid}${path}`;
const emptyParagraph = [{ type: 'paragraph', children: [{ type: 'text', text: ' ' }] }];

/** Saves a draft in the admin, then presses 发布, as an editor does. */
async function saveThenPublish(uid: string, data: Record<string, unknown>) {
  const saved = await cms.http().post(contentManager(uid)).set('Authorization', adminAuth).send(data);
  const documentId = saved.body.data?.documentId as string;
  const published = await cms
    .http()
    .post(contentManager(uid, `/${documentId}/actions/publish`))
    .set('Authorization', adminAuth)
    .send({});
  return { saved, published };
}

describe('publishing refuses what is incomplete, naming the fields in Chinese', () => {
  it('a news story: empty required fields, rich text left blank included; the draft is kept', async () => {
    const { saved, published } = await saveThenPublish('api::article.article', {
      title: '只写了标题',
      slug: 'zhi-xie-le-biao-ti',
      summary: '  ',
      body: emptyParagraph,
    });
    expect(saved.status).toBe(201);
    expect(published.status).toBe(400);
    expect(published.body.error.message).toBe('还不能发布：请先填写“摘要”、“正文”、“发布时间”。草稿可以照常保存。');
    const draft = await cms.strapi.documents('api::article.article').findOne({ documentId: saved.body.data.documentId, status: 'draft' } as never);
    expect(draft).toMatchObject({ title: '只写了标题' });
    expect(await cms.strapi.documents('api::article.article').findOne({ documentId: saved.body.data.documentId, status: 'published' } as never)).toBeNull();
  });

  it('a lesson: the fields inside its components, by component and position', async () => {
    const { published } = await saveThenPublish('api::lesson.lesson', {
      title: '未完成的示范课',
      slug: 'wei-wan-cheng',
      summary: '简介',
      durationSeconds: 600,
      gradeBand: 'upper',
      recognition: '区级优质课',
      year: 2026,
      counselor: { name: '' },
      chapters: [
        { startSecond: 0, title: '导入' },
        { startSecond: 90, title: '' },
      ],
    });
    expect(published.status).toBe(400);
    expect(published.body.error.message).toBe('还不能发布：请先填写“课堂视频”、“章节 2 · 章节标题”、“执教辅导员 · 姓名”。草稿可以照常保存。');
  });

  it('a complete entry publishes', async () => {
    const { published } = await saveThenPublish('api::article.article', {
      title: '完整的新闻',
      slug: 'wan-zheng-de-xin-wen',
      summary: '摘要',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: '正文' }] }],
      publishedOn: '2026-12-01',
    });
    expect(published.status, JSON.stringify(published.body)).toBe(200);
  });
});
