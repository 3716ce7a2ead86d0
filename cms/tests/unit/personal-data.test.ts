import { describe, expect, it } from 'vitest';
import { personalDataProblem } from '../../src/plugins/pioneers/server/privacy/personal-data-gate';

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
