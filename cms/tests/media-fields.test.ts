import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, startCms, type TestCms } from './helpers/strapi';

let cms: TestCms;
let auth: string;
const files: Record<'image' | 'video' | 'pdf' | 'vtt', { id: number; name: string }> = {} as never;

beforeAll(async () => {
  cms = await startCms({ seeded: true });
  const login = await cms.http().post('/admin/login').send(ADMIN);
  auth = `Bearer ${login.body.data.token ?? login.body.data.accessToken}`;
  const library = (await cms.strapi.db.query('plugin::upload.file').findMany({ select: ['id', 'name', 'mime'] })) as Array<{
    id: number;
    name: string;
    mime: string;
  }>;
  files.image = library.find((file) => file.mime.startsWith('image/'))!;
  files.video = library.find((file) => file.mime.startsWith('video/'))!;
  files.pdf = library.find((file) => file.mime === 'application/pdf')!;
  files.vtt = library.find((file) => file.mime === 'text/vtt')!;
});
afterAll(() => cms?.stop());

const create = (uid: string, data: Record<string, unknown>) =>
  cms.http().post(`/content-manager/collection-types/${uid}`).set('Authorization', auth).send(data);
/** A slug not used before in this file. */
const uniqueSlug = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2, 10)}`;
const article = (extra: Record<string, unknown>) => ({
  title: '媒体字段测试',
  slug: uniqueSlug('media-field'),
  summary: '测试',
  publishedOn: '2026-11-30',
  body: [],
  ...extra,
});

describe('a media field holds only the kinds it allows', () => {
  it.each([
    ['a PDF as an article cover', 'api::article.article', () => article({ cover: files.pdf.id }), '封面图', 'pdf'],
    ['a video as a cover, given as an object', 'api::article.article', () => article({ cover: { id: files.video.id } }), '封面图', 'video'],
    ['a video among the gallery images', 'api::article.article', () => article({ gallery: [files.image.id, files.video.id] }), '活动图集', 'video'],
    [
      'a video as the share image inside the SEO component',
      'api::article.article',
      () => article({ seo: { shareImage: files.video.id } }),
      '分享图片',
      'video',
    ],
    [
      'an image as an award decision document',
      'api::award.award',
      () => ({
        title: '媒体测试表彰',
        slug: uniqueSlug('media-award'),
        year: 2026,
        level: 'school',
        category: 'other',
        issuer: '测试',
        announcedOn: '2026-11-28',
        decisionDocument: files.image.id,
      }),
      '表彰决定',
      'image',
    ],
  ] as const)('%s is refused, naming the field and the file', async (_case, uid, data, label, kind) => {
    const response = await create(uid, data());
    expect(response.status, JSON.stringify(response.body)).toBe(400);
    expect(response.body.error.message).toContain(`“${label}`);
    expect(response.body.error.message).toContain(files[kind].name);
  });

  it('the right kinds are accepted', async () => {
    const response = await create('api::article.article', article({ cover: files.image.id, gallery: [files.image.id], seo: { shareImage: files.image.id } }));
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const award = await create('api::award.award', {
      title: '媒体测试表彰',
      slug: 'media-award-ok',
      year: 2026,
      level: 'school',
      category: 'other',
      issuer: '测试',
      announcedOn: '2026-11-28',
      decisionDocument: files.pdf.id,
    });
    expect(award.status, JSON.stringify(award.body)).toBe(201);
  });
});
