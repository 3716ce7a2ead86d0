import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublisherStatus } from '@pioneers/publisher/status';
import { type AdminInBrowser, startAdminInBrowser, TIMEOUT } from '../helpers/admin-browser';
import { adminUser } from '../helpers/strapi';

let admin: AdminInBrowser;
let publisher: Server;
/** What the stand-in rebuild service answers on /status; tests move it along. */
let status: PublisherStatus = { state: 'idle', pending: [], builds: 0, failures: 0 };

beforeAll(async () => {
  admin = await startAdminInBrowser();
  publisher = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify(status));
  });
  await new Promise<void>((resolve) => publisher.listen(0, '127.0.0.1', resolve));
  process.env.SITE_REBUILD_URL = `http://127.0.0.1:${(publisher.address() as AddressInfo).port}/hooks/strapi`;
  process.env.SITE_URL = 'https://site.example';
});
afterAll(async () => {
  publisher?.close();
  await admin?.stop();
});

const signInAs = async (roleCode: string): Promise<Page> => admin.signIn(await adminUser(admin.cms, roleCode));
const navLinks = async (page: Page) => (await page.getByRole('navigation').first().getByRole('link').allInnerTexts()).map((text) => text.trim());

/** Screens only developers need; the last is the privacy log, which is the privacy manager's. */
const DEVELOPER_SCREENS = {
  内容类型构建器: '/admin/plugins/content-type-builder',
  'API 令牌': '/admin/settings/api-tokens',
  Webhook: '/admin/settings/webhooks',
  用户及权限插件: '/admin/settings/users-permissions/roles',
  市场: '/admin/marketplace',
};
const PRIVACY_LOG = '/admin/content-manager/collection-types/api::privacy-log.privacy-log';

/** What each role finds in the admin (docs/roles.md): the screens of its work, and none of the developer screens. */
const ROLES = [
  { code: 'strapi-editor', content: ['新闻动态', '榜样', '评选表彰', '示范课', '学校', '网站设置'], media: true, privacyLog: false },
  { code: 'strapi-author', content: ['新闻动态', '榜样', '评选表彰', '示范课'], media: true, privacyLog: false },
  { code: 'hlj-privacy-manager', content: ['榜样', '隐私操作记录', '网站设置'], media: false, privacyLog: true },
];

describe('each role signs in and sees what it works with', () => {
  it.each(ROLES)('$code', async ({ code, content, media, privacyLog }) => {
    const page = await signInAs(code);
    await page.getByRole('link', { name: '内容管理' }).first().waitFor(TIMEOUT);
    const links = await navLinks(page);
    expect(links.some((link) => link.includes('媒体库'))).toBe(media);
    for (const developer of ['内容类型构建器', '市场']) expect(links.some((link) => link.includes(developer))).toBe(false);

    await page.goto(`${admin.url}/admin/content-manager`);
    const contentTypes = page.getByRole('navigation', { name: '内容管理' });
    for (const name of content) await contentTypes.getByRole('link', { name, exact: true }).waitFor(TIMEOUT);
    expect(await contentTypes.getByRole('link', { name: '隐私操作记录', exact: true }).count()).toBe(privacyLog ? 1 : 0);

    for (const screen of [...Object.values(DEVELOPER_SCREENS), ...(privacyLog ? [] : [PRIVACY_LOG])]) {
      await page.goto(`${admin.url}${screen}`);
      await expect.poll(() => page.locator('#main-content').innerText(), TIMEOUT).toMatch(/您没有权限访问该内容|页面不存在/);
    }
    await page.close();
  });

  it('a super admin keeps the developer screens', async () => {
    const page = await admin.signIn();
    await page.getByRole('link', { name: '内容类型构建器' }).waitFor(TIMEOUT);
    expect(await navLinks(page)).toEqual(expect.arrayContaining([expect.stringContaining('市场')]));
    await page.close();
  });
});

describe('the homepage', () => {
  it('shows an editor the publishing status first, and none of Strapi’s tour, tasks or project statistics', async () => {
    const page = await signInAs('strapi-editor');
    const widgets = page.locator('#main-content').getByRole('region');
    await widgets.first().waitFor(TIMEOUT);
    await expect.poll(() => widgets.first().innerText(), TIMEOUT).toMatch(/^网站发布状态\s+(网站已是最新|网站尚未生成过)/);
    const text = await page.locator('#main-content').innerText();
    for (const strapiOnly of ['了解后台', '您的任务', '项目统计', 'Strapi Cloud', 'API 令牌']) expect(text).not.toContain(strapiOnly);
    // The role reads in Chinese too (Strapi names it Editor).
    expect(text).not.toMatch(/editor/i);
    // Nor, on any page, Strapi's announcement of its new media library.
    expect(await page.locator('body').innerText()).not.toContain('新版媒体库');
    await page.close();
  });
});

describe('the edit view', () => {
  it('follows the site after 发布: 排队 → 生成中 → 已上线, with a link to the page', async () => {
    const articles = admin.cms.strapi.documents('api::article.article');
    const draft = await articles.create({
      data: {
        title: '网站进度演示',
        slug: 'wang-zhan-jin-du-yan-shi',
        summary: '摘要',
        body: [{ type: 'paragraph', children: [{ type: 'text', text: '正文' }] }],
        publishedOn: '2026-12-01',
      },
    } as never);
    const page = await signInAs('strapi-editor');
    await page.goto(`${admin.url}/admin/content-manager/collection-types/api::article.article/${draft.documentId}`);
    await page.getByRole('button', { name: '发布', exact: true }).click(TIMEOUT);

    const current = page.getByRole('list', { name: '发布进度' }).locator('[aria-current="step"]');
    await expect.poll(() => current.innerText().catch(() => ''), TIMEOUT).toMatch('排队');
    const { publishedAt } = (await articles.findOne({ documentId: draft.documentId, status: 'published' } as never)) as unknown as { publishedAt: string };
    const afterPublish = (seconds: number) => new Date(Date.parse(publishedAt) + seconds * 1000).toISOString();

    status = { ...status, state: 'building', building: { startedAt: afterPublish(1), changes: [] } };
    await expect.poll(() => current.innerText(), TIMEOUT).toMatch('生成中');

    status = {
      ...status,
      state: 'idle',
      building: undefined,
      live: { release: 'r2', startedAt: afterPublish(1), finishedAt: afterPublish(9), pages: 80, rendered: 3, copied: 77, changes: [] },
    };
    await expect.poll(() => current.innerText(), TIMEOUT).toMatch('已上线');
    expect(await page.getByRole('link', { name: '在网站上查看' }).getAttribute('href')).toBe('https://site.example/news/wang-zhan-jin-du-yan-shi/');
    await page.close();
  });

  it('shows years as digits, reads a lesson’s duration from its video and takes it as 分:秒', async () => {
    const page = await signInAs('strapi-editor');
    const award = (await admin.cms.strapi.documents('api::award.award').findFirst({ status: 'draft', filters: { year: 2024 } } as never)) as unknown as {
      documentId: string;
    };
    await page.goto(`${admin.url}/admin/content-manager/collection-types/api::award.award/${award.documentId}`);
    await expect.poll(() => page.getByRole('textbox', { name: /^年度\*?$/ }).inputValue(), TIMEOUT).toBe('2024');

    // A lesson whose 时长 was never filled in: the admin reads it from the video (20 s).
    const lessons = admin.cms.strapi.documents('api::lesson.lesson');
    const seeded = (await lessons.findFirst({ status: 'draft', filters: { slug: 'anquan-zihu-caogao' }, populate: ['video'] } as never)) as unknown as {
      video: { id: number };
    };
    const lesson = await lessons.create({ data: { title: '时长待填的示范课', slug: 'shi-chang-dai-tian', video: seeded.video.id } } as never);
    await page.goto(`${admin.url}/admin/content-manager/collection-types/api::lesson.lesson/${lesson.documentId}`);
    const duration = page.getByRole('textbox', { name: /^时长（分:秒）\*?$/ });
    await expect.poll(() => duration.inputValue(), TIMEOUT).toBe('0:20');
    await duration.fill('1:5');
    await page.getByText('请按“分:秒”填写').waitFor(TIMEOUT);
    await duration.fill('12:05');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect
      .poll(
        async () =>
          ((await lessons.findOne({ documentId: lesson.documentId, status: 'draft' } as never)) as unknown as { durationSeconds: number }).durationSeconds,
        TIMEOUT,
      )
      .toBe(725);
    await page.close();
  });
});

describe('the media picker', () => {
  // Strapi lists the whole library in it (its request names no field, docs/editors.md); the kinds a field refuses cannot be ticked.
  it('lets an image field (活动图集) take only images', async () => {
    const page = await signInAs('strapi-editor');
    const article = (await admin.cms.strapi.documents('api::article.article').findFirst({ status: 'draft' } as never)) as unknown as { documentId: string };
    await page.goto(`${admin.url}/admin/content-manager/collection-types/api::article.article/${article.documentId}`);
    // The cover is filled; the first empty media field is the gallery.
    await page.getByText('点击添加素材').first().click(TIMEOUT);
    const cards = page.getByRole('dialog').locator('article');
    await cards.first().waitFor(TIMEOUT);
    const kinds = await Promise.all(
      (await cards.all()).map(async (card) => ({
        kind: (await card.innerText()).match(/图片|视频|音频|文档/)?.[0],
        pickable: (await card.getByRole('checkbox').count()) > 0,
      })),
    );
    expect(new Set(kinds.map(({ kind }) => kind))).toEqual(new Set(['图片', '视频', '文档']));
    for (const { kind, pickable } of kinds) expect(pickable, kind).toBe(kind === '图片');
    await page.close();
  });
});

/** Names that stay as they are in Chinese software: products, file types, keys. */
const NAMES = new Set([
  'Strapi',
  'API',
  'Webhook',
  'MP4',
  'WebM',
  'PDF',
  'DOCX',
  'PPTX',
  'WebVTT',
  'VTT',
  'SRT',
  'JPEG',
  'JPG',
  'PNG',
  'GIF',
  'AVIF',
  'WebP',
  'Ctrl',
  'Shift',
  'Command',
]);

/** English words in what a page shows, leaving out names, and file names, addresses and slugs (runs with -, ., @ or _). */
async function englishWords(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText();
  return text.split(/[^\w.@-]+/).filter((token) => /[A-Za-z]{2,}/.test(token) && !/[-.@_]/.test(token) && !NAMES.has(token));
}

/** A screen an editor reaches: where, and what to open there (a dialog, a popover, a toast) before reading it. */
interface Screen {
  address: string;
  open?: () => Promise<unknown>;
}

describe('an editor reads Chinese', () => {
  it('at most 5 English words on every screen an editor reaches', async () => {
    const page = await signInAs('strapi-editor');
    const article = (await admin.cms.strapi.documents('api::article.article').findFirst({ status: 'draft' } as never)) as unknown as { documentId: string };
    const list = '/admin/content-manager/collection-types/api::award.award';
    const edit = `/admin/content-manager/collection-types/api::article.article/${article.documentId}`;
    const media = '/admin/plugins/upload';
    const dialog = () => page.getByRole('dialog').waitFor(TIMEOUT);
    const screens: Record<string, Screen> = {
      homepage: { address: '/admin' },
      list: { address: list },
      'list filters': {
        address: list,
        open: async () => {
          await page.getByRole('button', { name: '筛选器' }).click(TIMEOUT);
          await dialog();
        },
      },
      edit: { address: edit },
      'delete confirmation': {
        address: list,
        open: async () => {
          await page.getByRole('row').nth(1).getByRole('button').last().click(TIMEOUT);
          await page.getByRole('menuitem', { name: /删除/ }).click(TIMEOUT);
          await page.getByRole('alertdialog').waitFor(TIMEOUT);
        },
      },
      'validation errors': {
        address: edit,
        open: async () => {
          await page.getByRole('textbox', { name: /^标题/ }).fill('长'.repeat(81), TIMEOUT);
          await page.getByRole('button', { name: '保存', exact: true }).click(TIMEOUT);
          await page.getByRole('alert').first().waitFor(TIMEOUT);
        },
      },
      'media picker': {
        address: edit,
        open: async () => {
          await page.getByText('点击添加素材').first().click(TIMEOUT);
          await page.getByRole('dialog').getByRole('checkbox').first().waitFor(TIMEOUT);
        },
      },
      preview: { address: `${edit}/preview` },
      'media library': { address: media },
      'upload from an address': {
        address: media,
        open: async () => {
          await page.getByRole('button', { name: '新建' }).click(TIMEOUT);
          await page.getByRole('menuitem', { name: '从网址上传文件' }).click(TIMEOUT);
          await dialog();
        },
      },
      'file details': {
        address: media,
        open: async () => {
          await page
            .getByRole('listitem')
            .filter({ has: page.locator('img') })
            .first()
            .click(TIMEOUT);
          await page.getByText('文件详情').first().waitFor(TIMEOUT);
        },
      },
      'settings overview': { address: '/admin/settings/application-infos' },
      profile: { address: '/admin/me' },
    };
    const tooEnglish: Record<string, string> = {};
    for (const [screen, { address, open }] of Object.entries(screens)) {
      await page.goto(`${admin.url}${address}`);
      await page.waitForLoadState('networkidle');
      await open?.();
      const words = await englishWords(page);
      if (words.length > 5) tooEnglish[screen] = words.join(' ');
    }
    // Left in English by Strapi's code itself, not its messages: the icon buttons "Close modal" and "Search" of the media picker.
    expect(tooEnglish).toEqual({});
    await page.close();
  });
});
