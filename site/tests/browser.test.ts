import axe from 'axe-core';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium } from '@pioneers/scripts/chromium';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { publishedSeed } from './helpers';

const siteUrl = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** Waits for the element, then its visible text. */
const textOf = async (locator: Locator) => (await locator.innerText({ timeout: 15_000 })).trim();
const visible = (locator: Locator) => locator.waitFor({ state: 'visible', timeout: 15_000 });

/** Listings are server-rendered; they react to input once their custom element is defined. */
const enhanced = (page: Page) => page.waitForFunction(() => customElements.get('card-listing') !== undefined, null, { timeout: 15_000 });

/** The page's cumulative layout shift so far (Chromium's layout-shift entries). */
const layoutShift = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          resolve(list.getEntries().reduce((sum, entry) => sum + (entry as unknown as { value: number }).value, 0));
        }).observe({ type: 'layout-shift', buffered: true });
        // No entry at all means no shift: the observer is not called then.
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(0)));
      }),
  );

const cspViolations: string[] = [];

/** A phone-sized page, as most readers arrive from WeChat; CSP violations are collected. */
async function phone({ bypassCSP = false, javaScriptEnabled = true } = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'zh-CN',
    isMobile: true,
    hasTouch: true,
    bypassCSP,
    javaScriptEnabled,
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) cspViolations.push(`${page.url()}: ${message.text()}`);
  });
  return page;
}

afterEach(() => {
  // Islands, the player and search all run under the site's strict Content-Security-Policy.
  expect(cspViolations.splice(0)).toEqual([]);
});

describe('a parent browsing the honor roll on a phone', () => {
  it('goes home → 光荣榜 → filters by year and level → an award → a role model', async () => {
    const page = await phone();
    await page.goto(`${siteUrl}/`);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '光荣榜' }).click();
    await expect.poll(() => textOf(page.getByRole('heading', { level: 1 }))).toBe('光荣榜');
    await enhanced(page);

    await page.getByLabel('年度').selectOption('2024');
    await page.getByLabel('级别').selectOption('district');
    await expect.poll(() => textOf(page.getByRole('status'))).toBe('共 3 项');
    expect(page.url()).toContain('year=2024');

    await page.getByRole('link', { name: '2024年度河洛区优秀少先队员' }).click();
    await expect.poll(() => textOf(page.getByRole('heading', { level: 1 }))).toBe('2024年度河洛区优秀少先队员');
    await page.getByRole('link', { name: '林思源' }).click();
    await expect.poll(() => textOf(page.getByRole('heading', { level: 1 }))).toBe('林思源');
    await visible(page.getByRole('link', { name: '2025年度河洛区“新时代好少年”' }));
  });

  it('finds a person by name: the result shows school and 中队 and leads to the highlighted name', async () => {
    const page = await phone();
    await page.goto(`${siteUrl}/honors/`);
    await enhanced(page);
    await page.getByLabel('按姓名查找').fill('赵一鸣');
    await expect.poll(() => textOf(page.getByRole('status'))).toBe('共 1 项');
    expect(page.url()).toContain(`q=${encodeURIComponent('赵一鸣')}`);
    await visible(page.getByText('获奖：赵一鸣（河洛中学 八年级(3)中队）'));
    await page.locator('.card__note').getByRole('link', { name: '赵一鸣' }).click();
    const highlighted = page.locator('.recipients li:target');
    await expect.poll(() => textOf(highlighted)).toContain('赵一鸣');
    expect(await highlighted.evaluate((li) => getComputedStyle(li).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('a shared filtered address shows the filtered list without a layout jump', async () => {
    const page = await phone();
    await page.goto(`${siteUrl}/honors/?year=2024&level=district`);
    await expect.poll(() => textOf(page.getByRole('status'))).toBe('共 3 项');
    expect(await page.getByLabel('年度').inputValue()).toBe('2024');
    expect(await layoutShift(page)).toBeLessThan(0.1);
  });

  it('without JavaScript the filters still filter, and every award is a link', async () => {
    const page = await phone({ javaScriptEnabled: false });
    await page.goto(`${siteUrl}/honors/`);
    const form = page.getByRole('search', { name: '筛选表彰名单' });
    expect(await form.getAttribute('method')).toBe('get');
    // Neither would do anything useful: the selects filter as they change.
    expect(await form.getByRole('button', { name: '筛选' }).isVisible()).toBe(false);
    expect(await form.getByLabel('按姓名查找').isVisible()).toBe(false);
    const shown = page.locator('main ul.grid > li:visible');
    expect(await shown.count()).toBe(publishedSeed('awards').length);
    await page.getByLabel('年度').selectOption('2024');
    await page.getByLabel('级别').selectOption('district');
    await expect.poll(() => shown.count()).toBe(3);
    await visible(page.getByRole('link', { name: '2024年度河洛区优秀少先队员' }));
    await page.getByLabel('年度').selectOption('');
    await page.getByLabel('级别').selectOption('');
    await page.getByLabel('学校').selectOption('heluo-zhongxue');
    const atSchool = publishedSeed('awards').filter((award) =>
      (award.recipients as Array<{ school?: string }>).some((recipient) => recipient.school === 'heluo-zhongxue'),
    ).length;
    await expect.poll(() => shown.count()).toBe(atSchool);
  });

  it("without JavaScript, a parent finds a child's name through the school's page", async () => {
    const page = await phone({ javaScriptEnabled: false });
    await page.goto(`${siteUrl}/honors/`);
    // Playwright's text search skips <noscript>, which a browser without scripts shows.
    expect(await textOf(page.locator('.filters__hint'))).toContain('浏览器未启用脚本，按姓名查找不可用');
    await page.locator('main').getByRole('link', { name: '学校', exact: true }).click();
    await page.getByRole('link', { name: '河洛中学' }).first().click();
    await page.locator('#honors').getByRole('link', { name: '2024年度河洛区优秀少先队员' }).click();
    expect(page.url()).toMatch(/\/honors\/2024-district-outstanding-pupils\/#school-heluo-zhongxue$/);
    const group = page.locator('section:target');
    await expect.poll(() => textOf(group.getByRole('heading', { level: 3 }))).toBe('河洛中学');
    await visible(group.getByText('余乐佑'));
    expect(await group.evaluate((section) => section.getBoundingClientRect().top)).toBeLessThan(844);
  });
});

describe('a long listing', () => {
  // The tests' build puts 4 cards on a page (LISTING_FIRST_CARDS in global-setup).
  const roleModels = publishedSeed('role-models');
  const titlesOf = (page: Page) => page.locator('main ul.grid .card__title').allInnerTexts();

  it('without JavaScript, every card is on one of its pages, reached by 下一页', async () => {
    const page = await phone({ javaScriptEnabled: false });
    await page.goto(`${siteUrl}/role-models/`);
    const seen = await titlesOf(page);
    expect(seen).toHaveLength(4);
    while ((await page.getByRole('link', { name: '下一页' }).count()) > 0) {
      await page.getByRole('link', { name: '下一页' }).click();
      await page.waitForURL(/\/role-models\/page\/\d+\/$/);
      seen.push(...(await titlesOf(page)));
    }
    expect(seen.sort()).toEqual(roleModels.map((entry) => entry.name).sort());
    const last = Math.ceil(roleModels.length / 4);
    expect(await textOf(page.getByRole('navigation', { name: '当前位置' }))).toContain(`榜样（第 ${last} 页）`);
    await page.getByRole('navigation', { name: '当前位置' }).getByRole('link', { name: '榜样' }).click();
    await expect.poll(() => textOf(page.getByRole('heading', { level: 1 }))).toBe('榜样');
  });

  it('with JavaScript, a filter sees every card and shows more on request; cleared, the page and its links return', async () => {
    const page = await phone();
    await page.goto(`${siteUrl}/role-models/page/2/`);
    await enhanced(page);
    const onThisPage = await titlesOf(page);
    const pages = page.getByRole('navigation', { name: '分页' });
    await visible(pages);

    await page.getByLabel('类别').selectOption('pupil');
    const pupils = roleModels.filter((entry) => entry.kind === 'pupil').map((entry) => entry.name);
    await expect.poll(() => textOf(page.getByRole('status'))).toBe(`共 ${pupils.length} 项`);
    await pages.waitFor({ state: 'hidden' });
    for (let shown = 4; shown < pupils.length; shown += 4) {
      await page.getByRole('button', { name: `显示更多（还有 ${pupils.length - shown} 项）` }).click();
      await expect.poll(() => titlesOf(page).then((titles) => titles.length)).toBe(Math.min(pupils.length, shown + 4));
    }
    expect((await titlesOf(page)).sort()).toEqual(pupils.sort());
    expect(page.url()).toContain('kind=pupil');

    await page.getByLabel('类别').selectOption('');
    await expect.poll(() => titlesOf(page)).toEqual(onThisPage);
    await visible(pages);
    await expect.poll(() => textOf(page.getByRole('status'))).toBe(`共 ${roleModels.length} 项`);
  });
});

describe('printing', () => {
  it('打印本页 prints the page, and is neither printed nor shown without JavaScript', async () => {
    const page = await phone();
    await page.goto(`${siteUrl}/honors/2024-district-outstanding-pupils/`);
    const button = page.getByRole('button', { name: '打印本页' });
    await visible(button);
    // Headless Chromium has no print dialog: count the calls the button makes.
    await page.evaluate(() => {
      const counter = window as unknown as { printed: number };
      counter.printed = 0;
      window.print = () => void counter.printed++;
    });
    await button.click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    await button.waitFor({ state: 'hidden' });

    const withoutScript = await phone({ javaScriptEnabled: false });
    for (const route of ['/news/2025-daode-xiaochaoshi/', '/lessons/hongling-wo-wei-ni-zihao/']) {
      await withoutScript.goto(`${siteUrl}${route}`);
      expect(await withoutScript.locator('print-button').count(), route).toBe(1);
      expect(await withoutScript.getByRole('button', { name: '打印本页' }).isVisible(), route).toBe(false);
    }
  });
});

describe('a counselor watching a lesson', () => {
  it('plays the video with Chinese captions and jumps to a chapter', async () => {
    const page = await phone();
    await page.goto(`${siteUrl}/lessons/hongling-wo-wei-ni-zihao/`);
    const video = page.locator('video');
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState)).toBeGreaterThanOrEqual(1);
    expect(await video.evaluate((v: HTMLVideoElement) => v.duration)).toBeCloseTo(20, 0);

    await page.getByRole('button', { name: /活动二：我来学队礼/ }).click();
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeGreaterThanOrEqual(10);
    await expect.poll(() => page.getByRole('button', { name: /活动二：我来学队礼/ }).getAttribute('aria-current')).toMatch('true');

    await video.evaluate((v: HTMLVideoElement) => (v.textTracks[0]!.mode = 'showing'));
    // The captions file loads once the track shows.
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.textTracks[0]!.cues?.length ?? 0)).toBeGreaterThan(0);
    const captions = await video.evaluate((v: HTMLVideoElement) => {
      const track = v.textTracks[0]!;
      return { language: track.language, cues: [...(track.cues ?? [])].map((cue) => (cue as VTTCue).text) };
    });
    expect(captions.language).toBe('zh-CN');
    expect(captions.cues).toContain('请大家看一看队旗，上面有五角星和火炬。');

    await visible(page.locator('media-playback-rate-button'));
    await expect.poll(() => page.getByRole('link', { name: /下载教案/ }).getAttribute('href')).toMatch(/\.pdf$/);
  });

  it('is usable one-handed on a phone: large controls named in Chinese, legible captions above them, chapters one tap away', async () => {
    // A phone set to English still gets the page's Chinese names.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-US', isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${siteUrl}/lessons/hongling-wo-wei-ni-zihao/`);
    const video = page.locator('video');
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState)).toBeGreaterThanOrEqual(1);

    const controls = page.locator(
      'media-control-bar > :is(media-play-button, media-seek-backward-button, media-seek-forward-button, media-mute-button, media-captions-button, media-playback-rate-button, media-fullscreen-button, a)',
    );
    expect(await controls.count()).toBe(8);
    for (const control of await controls.all()) {
      const box = (await control.boundingBox())!;
      expect(box.width, await control.evaluate((element) => element.outerHTML.slice(0, 60))).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
      expect(await control.evaluate((element) => element.getAttribute('aria-label') ?? element.textContent)).toMatch(/\p{Script=Han}/u);
    }

    await video.evaluate((v: HTMLVideoElement) => {
      v.textTracks[0]!.mode = 'showing';
      v.currentTime = 5;
    });
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.textTracks[0]!.activeCues?.length ?? 0)).toBeGreaterThan(0);
    const placement = await page.evaluate(() => {
      const video = document.querySelector('video')!;
      const cue = video.textTracks[0]!.activeCues![0] as VTTCue;
      const bars = [...document.querySelectorAll('media-control-bar')].map((bar) => bar.getBoundingClientRect().top);
      const height = video.getBoundingClientRect().height;
      return { bottom: (Number(cue.line) / 100) * height, barsTop: Math.min(...bars) - video.getBoundingClientRect().top };
    });
    expect(placement.bottom).toBeLessThanOrEqual(placement.barsTop);
    // ::cue styles are not in getComputedStyle; the rule itself is checked.
    const cueSize = await page.evaluate(() => {
      for (const sheet of document.styleSheets)
        for (const rule of sheet.cssRules) if (rule.cssText.includes('::cue')) return (rule as CSSStyleRule).style.fontSize;
      return '';
    });
    expect(cueSize).toMatch(/^clamp\(0\.875rem/);

    await page.locator('media-control-bar').getByRole('link', { name: '章节' }).click();
    await expect.poll(() => page.url()).toContain('#chapters-heading');
    await visible(page.getByRole('button', { name: /活动二：我来学队礼/ }));
  });

  it('resumes where the counselor stopped', async () => {
    const page = await phone();
    await page.goto(`${siteUrl}/lessons/hongling-wo-wei-ni-zihao/`);
    await page.evaluate(() => localStorage.setItem('lesson-progress:hongling-wo-wei-ni-zihao', '12'));
    await page.reload();
    const video = page.locator('video');
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => Math.round(v.currentTime))).toBe(12);
  });
});

describe('search', () => {
  it('finds a pupil by her Chinese name', async () => {
    const page = await phone();
    await page.goto(`${siteUrl}/search/?q=林思源`);
    await visible(page.locator('.pagefind-ui__result-link').first());
    const links = await page.locator('.pagefind-ui__result-link').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(links).toContain('/role-models/lin-siyuan/');
  });

  it('finds news by a Chinese word', async () => {
    const page = await phone();
    await page.goto(`${siteUrl}/search/?q=入队仪式`);
    await visible(page.locator('.pagefind-ui__result-link').first());
    const links = await page.locator('.pagefind-ui__result-link').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(links).toContain('/news/2026-liuyi-ruduiyishi/');
  });
});

describe('accessibility (axe)', () => {
  const pageTypes = [
    '/',
    '/news/',
    '/news/2025-daode-xiaochaoshi/',
    '/news/category/zhuti-jiaoyu/',
    '/role-models/',
    '/role-models/page/2/',
    '/role-models/lin-siyuan/',
    '/honors/',
    '/honors/2024-district-outstanding-pupils/',
    '/lessons/',
    '/lessons/hongling-wo-wei-ni-zihao/',
    '/schools/',
    '/schools/shiyan-xiaoxue/',
    '/search/',
    '/404.html',
  ];

  it.each(pageTypes)('%s has no serious or critical violations', async (route) => {
    // axe is injected as an inline script, which the site's CSP rightly refuses.
    const page = await phone({ bypassCSP: true });
    await page.goto(`${siteUrl}${route}`, { waitUntil: 'networkidle' });
    await page.addScriptTag({ content: axe.source });
    const violations = await page.evaluate(async () => {
      const results = await (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] });
      return results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
  });
});
