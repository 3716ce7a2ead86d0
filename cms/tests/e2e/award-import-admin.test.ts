import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awardCsvRows, awardSheet, csv, xlsx } from '../helpers/award-sheets';
import { type AdminInBrowser, startAdminInBrowser, TIMEOUT } from '../helpers/admin-browser';

let admin: AdminInBrowser;
let cms: AdminInBrowser['cms'];
let url: string;

beforeAll(async () => {
  admin = await startAdminInBrowser();
  ({ cms, url } = admin);
});
afterAll(() => admin?.stop());

const signedIn = (): Promise<Page> => admin.signIn();

const recipients = async (documentId: string) =>
  (
    (await cms.strapi
      .documents('api::award.award')
      .findOne({ documentId, status: 'draft', populate: { recipients: { populate: ['school'] } } } as never)) as unknown as {
      recipients: Array<{ name: string; school: { name: string } | null }>;
    }
  ).recipients.map((recipient) => [recipient.name, recipient.school?.name]);

describe('从表格导入名单 in the admin', () => {
  it('previews a spreadsheet with its problems, then replaces the draft’s recipients', async () => {
    const award = (await cms.strapi
      .documents('api::award.award')
      .findFirst({ status: 'draft', filters: { slug: '2024-district-outstanding-pupils' } } as never)) as unknown as { documentId: string };
    const before = await recipients(award.documentId);
    const page = await signedIn();
    await page.goto(`${url}/admin/content-manager/collection-types/api::award.award/${award.documentId}`);
    await page.getByRole('button', { name: '从表格导入名单' }).click(TIMEOUT);
    const dialog = page.getByRole('dialog', { name: '从表格导入名单' });
    const file = dialog.getByLabel('名单文件');

    await file.setInputFiles({
      name: '名单.csv',
      mimeType: 'text/csv',
      buffer: csv(
        awardCsvRows([
          ['林思源', '河洛区实验小学', '五年级(2)中队', ''],
          ['王芳', '第九小学', '', ''],
        ]),
        'gb18030',
      ),
    });
    await expect.poll(() => dialog.getByRole('status').innerText(), TIMEOUT).toMatch(/共 2 条.*1 行有问题/);
    await expect.poll(() => dialog.locator('tbody tr').nth(1).innerText()).toMatch(/C 列：没有名为“第九小学”的学校/);
    expect(await dialog.getByRole('button', { name: /替换草稿名单/ }).isDisabled()).toBe(true);

    await dialog.getByLabel('名单文件').setInputFiles({
      name: '名单.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await xlsx(
        awardSheet([
          ['林思源', '河洛区实验小学', '五年级(2)中队', ''],
          ['张静', '第二实验小学', '大队部', '辅导员'],
        ]),
      ),
    });
    await expect.poll(() => dialog.getByRole('status').innerText(), TIMEOUT).toMatch(/共 2 条.*没有问题/);
    expect(await dialog.locator('tbody tr').first().innerText()).toMatch(/林思源\s+少先队员\s+河洛区实验小学\s+五年级\(2\)中队\s+已关联/);
    expect(await recipients(award.documentId)).toEqual(before);

    expect(before).toContainEqual(['陈雨桐', '河洛区第二实验小学']);
    expect(await page.getByText('陈雨桐').count()).toBeGreaterThan(0);
    await dialog.getByRole('button', { name: '用这 2 条替换草稿名单' }).click();
    await expect
      .poll(() => recipients(award.documentId), TIMEOUT)
      .toEqual([
        ['林思源', '河洛区实验小学'],
        ['张静', '河洛区第二实验小学'],
      ]);
    // The edit view shows the stored draft again (the page reloads, closing the dialog): the recipient replaced is gone, the new one there.
    await dialog.waitFor({ state: 'hidden', ...TIMEOUT });
    await page.getByText('张静', { exact: true }).first().waitFor(TIMEOUT);
    expect(await page.getByText('陈雨桐').count()).toBe(0);
  });
});
