import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personalDataProblem } from '../src/privacy/personal-data-gate';
import { startCms, type TestCms } from './helpers/strapi';

describe('personal data in public text', () => {
  it.each([
    ['an ID number', { story: '身份证号 410302201405061234 已登记' }, /身份证号/],
    ['a mobile number', { summary: '联系家长：138 0013 8000' }, /手机号码/],
    ['a birth date', { story: '她2014年5月6日出生于河洛区' }, /出生日期/],
    ['a home address', { story: '家住人民路88号3单元' }, /家庭住址/],
    ['an address label', { body: [{ type: 'paragraph', children: [{ type: 'text', text: '住址：河洛区某小区' }] }] }, /家庭住址/],
  ])('finds %s', (_name, entry, message) => {
    expect(personalDataProblem(entry)).toMatch(message);
  });

  it.each([
    ['an office landline', { summary: '咨询电话 0379-63212345' }],
    ['a policy about addresses', { body: '不得发布队员的住址、电话等个人信息。' }],
    ['a 14th birthday ceremony', { title: '十四岁集体生日暨离队入团仪式' }],
    ['years and counts', { story: '2024年5月28日，全区3万余名队员参加，1200余人入队。' }],
    ['the private consent record', { guardianConsent: { note: '家长电话 13800138000' } }],
  ])('leaves %s alone', (_name, entry) => {
    expect(personalDataProblem(entry)).toBeUndefined();
  });
});

describe('publishing with personal data', () => {
  let cms: TestCms;
  beforeAll(async () => {
    cms = await startCms({ seeded: true });
  });
  afterAll(() => cms?.stop());

  const body = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];
  const draft = (text: string) =>
    cms.strapi.documents('api::article.article').create({ data: { title: '测试', slug: `pd-${Date.now()}`, summary: '摘要', publishedOn: '2026-11-28', body: body(text) } } as never);

  it('is refused with the reason, and publishes once removed', async () => {
    const article = await draft('请联系王老师 13912345678 报名');
    await expect(cms.strapi.documents('api::article.article').publish({ documentId: article.documentId })).rejects.toThrow(/手机号码（139…78）/);
    await cms.strapi.documents('api::article.article').update({ documentId: article.documentId, data: { body: body('请向班主任报名') } } as never);
    await cms.strapi.documents('api::article.article').publish({ documentId: article.documentId });
    expect(await cms.strapi.documents('api::article.article').findOne({ documentId: article.documentId, status: 'published' })).toBeTruthy();
  });
});
