import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, startCms, type TestCms } from './helpers/strapi';

const ARTICLE = 'api::article.article';
let cms: TestCms;
let adminAuth: string;

beforeAll(async () => {
  cms = await startCms();
  const login = await cms.http().post('/admin/login').send(ADMIN);
  adminAuth = `Bearer ${login.body.data.token ?? login.body.data.accessToken}`;
});
afterAll(() => cms?.stop());

const paragraphWithLink = (url: string) => [
  {
    type: 'paragraph',
    children: [
      { type: 'text', text: '详见' },
      { type: 'link', url, children: [{ type: 'text', text: '这里' }] },
    ],
  },
];
let counter = 0;
const article = (title: string, links: string[] = []) => ({
  title,
  slug: `links-${++counter}`,
  summary: '链接测试',
  publishedOn: '2026-11-30',
  body: links.length ? links.flatMap(paragraphWithLink) : [{ type: 'paragraph', children: [{ type: 'text', text: '正文' }] }],
});
const contentManager = (path = '') => `/content-manager/collection-types/${ARTICLE}${path}`;

/** Creates a draft in the admin and presses 发布, as an editor does. */
async function publishInAdmin(data: Record<string, unknown>) {
  const created = await cms.http().post(contentManager()).set('Authorization', adminAuth).send(data);
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const documentId = created.body.data.documentId as string;
  const published = await cms
    .http()
    .post(contentManager(`/${documentId}/actions/publish`))
    .set('Authorization', adminAuth)
    .send(data);
  return { documentId, published };
}

describe('links to the site in what editors publish', () => {
  let target: { slug: string; documentId: string };
  let tagSlug: string;
  beforeAll(async () => {
    const data = article('被链接的新闻');
    target = { slug: data.slug, documentId: (await publishInAdmin(data)).documentId };
    tagSlug = (
      (await cms.strapi.documents('api::tag.tag').create({ data: { name: '链接标签', slug: 'link-tag' }, status: 'published' } as never)) as { slug: string }
    ).slug;
    await cms.strapi.documents('api::award.award').create({
      data: { title: '未发布的表彰', slug: 'draft-award', year: 2026, level: 'school', category: 'other', issuer: '测试', announcedOn: '2026-11-28' },
    } as never);
  });

  it('to a page that does not exist is refused, naming the link, and the story stays a draft', async () => {
    const broken = [
      '/relative?x=1',
      '/news/no-such-story/',
      '/news/no-such-story',
      'http://localhost:4321/news/gone/',
      '/honors/draft-award/',
      '/news/category/no-such/',
      '/news/tag/no-such/page/2/',
      `/news/${target.slug}/extra/`,
      '/NEWS/',
      '/news/page/x/',
      '/admin',
      '/uploads/x.jpg',
    ];
    for (const url of broken) {
      const { documentId, published } = await publishInAdmin(article(`坏链接 ${url}`, [url]));
      expect(published.status, url).toBe(400);
      expect(published.body.error.message, url).toContain(`“正文”中的链接 ${url} 指向本站一个不存在的页面`);
      expect(await cms.strapi.documents(ARTICLE).findOne({ documentId, status: 'published' } as never), url).toBeNull();
    }
  });

  it('to published pages, to the site itself and elsewhere is published as written', async () => {
    const fine = [
      `/news/${target.slug}/`,
      `/news/${target.slug}`,
      `http://localhost:4321/news/${target.slug}/#gallery`,
      `/news/${target.slug}/?from=share`,
      '/',
      '/honors/',
      '/news/page/2/',
      `/news/tag/${tagSlug}/`,
      'https://www.gov.cn/',
      'mailto:office@example.com',
    ];
    const { published } = await publishInAdmin(article('好链接', fine));
    expect(published.status, JSON.stringify(published.body.error)).toBe(200);
    const self = article('链接到自己');
    const { published: selfLink } = await publishInAdmin({ ...self, body: paragraphWithLink(`/news/${self.slug}/`) });
    expect(selfLink.status).toBe(200);
  });

  it('whose target goes later still lets others publish, and is listed for editors to fix', async () => {
    const linking = article('链接到将下线的新闻', [`/news/${target.slug}/`]);
    const { documentId } = await publishInAdmin(linking);
    const unpublished = await cms
      .http()
      .post(contentManager(`/${target.documentId}/actions/unpublish`))
      .set('Authorization', adminAuth)
      .send({});
    expect(unpublished.status).toBe(200);

    const { published } = await publishInAdmin(article('无关的新稿件'));
    expect(published.status).toBe(200);
    const status = await cms.http().get('/admin/publishing/status').set('Authorization', adminAuth);
    expect(status.body.linkWarnings).toContainEqual({ uid: ARTICLE, documentId, title: linking.title, field: 'body', url: `/news/${target.slug}/` });
  });
});

describe('a changed slug', () => {
  it('keeps the old ones, so the site can send their addresses on', async () => {
    const data = article('改名的新闻');
    const { documentId } = await publishInAdmin(data);
    const rename = async (slug: string) => {
      const response = await cms
        .http()
        .post(contentManager(`/${documentId}/actions/publish`))
        .set('Authorization', adminAuth)
        .send({ ...data, slug });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      const published = await cms
        .http()
        .get(`/api/articles/${documentId}`)
        .query({ fields: ['slug', 'formerSlugs'] });
      return published.body.data as { slug: string; formerSlugs: string[] | null };
    };
    expect(await rename('renamed-once')).toEqual(expect.objectContaining({ slug: 'renamed-once', formerSlugs: [data.slug] }));
    expect(await rename('renamed-twice')).toEqual(expect.objectContaining({ formerSlugs: [data.slug, 'renamed-once'] }));
    // Back to an old name: that address is the page again, not a redirect.
    expect(await rename(data.slug)).toEqual(expect.objectContaining({ formerSlugs: ['renamed-once', 'renamed-twice'] }));
  });
});
