import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, contentDir, startCms, type TestCms } from './helpers/strapi';

let cms: TestCms;
let adminAuth: string;

beforeAll(async () => {
  cms = await startCms({ seeded: true });
  const login = await cms.http().post('/admin/login').send(ADMIN);
  adminAuth = `Bearer ${login.body.data.token ?? login.body.data.accessToken}`;
});
afterAll(() => cms?.stop());

/** What the admin's uid field asks for when an editor types a title or presses Regenerate. */
async function generate(contentTypeUID: string, data: Record<string, unknown>, field = 'slug'): Promise<string> {
  const response = await cms.http().post('/content-manager/uid/generate').set('Authorization', adminAuth).send({ contentTypeUID, field, data });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.data as string;
}

const uidFields = () =>
  Object.values(cms.strapi.contentTypes)
    .filter(({ uid }) => uid.startsWith('api::'))
    .flatMap(({ uid, attributes }) =>
      Object.entries(attributes as Record<string, { type: string; targetField?: string }>)
        .filter(([, attribute]) => attribute.type === 'uid' && attribute.targetField)
        .map(([field, attribute]) => ({ uid, field, targetField: attribute.targetField! })),
    );

describe('slugs from Chinese titles', () => {
  it.each([
    ['二〇二六年六一表彰大会', 'er-ling-er-liu-nian-liu-yi-biao-zhang-da-hui'],
    ['绿色校园 STEM 课程', 'lv-se-xiao-yuan-stem-ke-cheng'],
    ['《红领巾》广播站：第3期', 'hong-ling-jin-guang-bo-zhan-di-3-qi'],
    ['  重庆市少先队  ', 'chong-qing-shi-shao-xian-dui'],
    ['Spring Festival Gala', 'spring-festival-gala'],
  ])('%s → %s', async (title, slug) => {
    expect(await generate('api::article.article', { title })).toBe(slug);
  });

  it('proposes no slug before there is a title, rather than the type name editors would keep', async () => {
    for (const data of [{}, { title: '' }, { title: '   ' }, { title: null }])
      expect(await generate('api::article.article', data), JSON.stringify(data)).toBe('');
  });

  it('every content type with a slug reads its Chinese target field as pinyin', async () => {
    const fields = uidFields();
    expect(fields.length).toBeGreaterThanOrEqual(6);
    for (const { uid, field, targetField } of fields) {
      expect(await generate(uid, { [targetField]: '少先队鼓号队' }, field), uid).toBe('shao-xian-dui-gu-hao-dui');
    }
  });

  it('a taken slug gets -1, then -2', async () => {
    const title = '鼓号队训练';
    for (const expected of ['gu-hao-dui-xun-lian', 'gu-hao-dui-xun-lian-1', 'gu-hao-dui-xun-lian-2']) {
      const slug = await generate('api::tag.tag', { name: title });
      expect(slug).toBe(expected);
      await cms.strapi.documents('api::tag.tag').create({ data: { name: title, slug } } as never);
    }
  });

  it('leaves the seed content slugs as they are, and never proposes one of them again', async () => {
    const dir = path.join(contentDir, 'articles');
    const seeded = readdirSync(dir).map((file) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { title: string; slug: string });
    const stored = (await cms.strapi.documents('api::article.article').findMany({ fields: ['title', 'slug'], status: 'draft' } as never)) as {
      title: string;
      slug: string;
    }[];
    expect(stored.map(({ slug }) => slug).sort()).toEqual(seeded.map(({ slug }) => slug).sort());
    const taken = new Set(stored.map(({ slug }) => slug));
    for (const { title } of seeded) {
      const slug = await generate('api::article.article', { title });
      expect(slug, title).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(taken.has(slug), title).toBe(false);
    }
  });
});
