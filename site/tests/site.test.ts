import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { HtmlValidate } from 'html-validate';
import { LinkChecker } from 'linkinator';
import QRCode from 'qrcode';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import { astroBuild, buildSite } from '@pioneers/scripts/services';
import { builtFiles, draftSeed, page, publishedSeed, rawGet, seed, visibleText } from './helpers';

const outDir = inject('outDir');
const firstParagraph = (markdown: string) =>
  markdown
    .split('\n\n')
    .find((block) => !/^[#>\-\d]/.test(block))!
    .slice(0, 24);

describe('every published seed entry has its page', () => {
  it.each(publishedSeed('articles').map((a) => [a.slug, a] as const))('news/%s', (slug, article) => {
    const text = visibleText(page(outDir, `news/${slug}`));
    expect(text).toContain(article.title);
    expect(text).toContain(firstParagraph(article.body));
    expect(text).toContain(`来源：${article.source}`);
  });

  it.each(publishedSeed('role-models').map((r) => [r.slug, r] as const))('role-models/%s', (slug, roleModel) => {
    const html = page(outDir, `role-models/${slug}`);
    expect(visibleText(html)).toContain(roleModel.name);
    expect(visibleText(html)).toContain(roleModel.headline);
    expect(html.includes(`alt="${roleModel.name}的照片"`)).toBe(Boolean(roleModel.photo));
  });

  it.each(publishedSeed('awards').map((a) => [a.slug, a] as const))('honors/%s lists every recipient', (slug, award) => {
    const text = visibleText(page(outDir, `honors/${slug}`));
    expect(text).toContain(award.title);
    expect(text).toContain(award.documentNumber);
    for (const recipient of award.recipients) expect(text).toContain(recipient.name);
    const linked = award.recipients.filter((r: { roleModel?: string }) => r.roleModel).map((r: { roleModel: string }) => r.roleModel);
    for (const slug of linked) expect(page(outDir, `honors/${award.slug}`)).toContain(`href="/role-models/${slug}/"`);
  });

  it.each(publishedSeed('lessons').map((l) => [l.slug, l] as const))('lessons/%s with its video, captions and chapters', (slug, lesson) => {
    const html = page(outDir, `lessons/${slug}`);
    expect(visibleText(html)).toContain(lesson.title);
    for (const chapter of lesson.chapters) expect(visibleText(html)).toContain(chapter.title);
    for (const file of [...html.matchAll(/(?:src|href)="(\/media\/[^"]+)"/g)].map((match) => match[1]!)) {
      expect(existsSync(path.join(outDir, file)), file).toBe(true);
    }
    expect(html).toMatch(/<track kind="captions" srclang="zh-CN"[^>]*src="\/media\/[^"]+\.vtt"/);
  });

  it.each(publishedSeed('schools').map((s) => [s.slug, s] as const))('schools/%s', (slug, school) => {
    expect(visibleText(page(outDir, `schools/${slug}`))).toContain(school.name);
  });

  it.each([
    ['role-models', 'role-models', 'name'],
    ['honors', 'awards', 'title'],
    ['lessons', 'lessons', 'title'],
  ] as const)('the %s listing offers every entry to its island (cards.json), and none of the drafts', (listing, seedFolder, label) => {
    const cards = JSON.parse(readFileSync(path.join(outDir, listing, 'cards.json'), 'utf8')) as Array<{ card: { title: string; href: string } }>;
    expect(cards.map(({ card }) => card.title).sort()).toEqual(
      publishedSeed(seedFolder)
        .map((entry) => entry[label])
        .sort(),
    );
    for (const { card } of cards) expect(existsSync(path.join(outDir, card.href, 'index.html')), card.href).toBe(true);
    expect(page(outDir, listing)).toContain(`/${listing}/cards.json`);
  });

  it.each([
    ['role-models', 'role-models', 'name'],
    ['lessons', 'lessons', 'title'],
  ] as const)('the %s listing is also real pages of cards, each linked to the next, in the sitemap', (listing, seedFolder, label) => {
    // The tests' build puts 4 cards on a page (LISTING_FIRST_CARDS in global-setup).
    const published = publishedSeed(seedFolder);
    const last = Math.max(1, Math.ceil(published.length / 4));
    const sitemap = readFileSync(path.join(outDir, 'sitemap-0.xml'), 'utf8');
    const titles: string[] = [];
    for (let current = 1; current <= last; current++) {
      const route = current === 1 ? listing : `${listing}/page/${current}`;
      const html = page(outDir, route);
      // The <template> holds the card the element copies, not a card.
      const shown = html.replace(/<template>[\s\S]*?<\/template>/g, '');
      const cards = [...shown.matchAll(/<h2 class="card__title"><a href="[^"]+">([^<]+)<\/a>/g)].map((match) => match[1]!);
      expect(cards.length, route).toBe(current < last ? 4 : published.length - 4 * (last - 1));
      titles.push(...cards);
      expect(html.includes(`rel="prev"`), route).toBe(current > 1);
      expect(html.includes(`href="/${listing}/page/${current + 1}/" rel="next"`), route).toBe(current < last);
      expect(sitemap, route).toContain(`/${route}/`);
      if (current > 1) expect(visibleText(html), route).toMatch(new RegExp(`当前位置： 首页 (\\S+) \\1（第 ${current} 页）`));
    }
    expect(titles.sort()).toEqual(published.map((entry) => entry[label]).sort());
    expect(existsSync(path.join(outDir, listing, 'page', String(last + 1)))).toBe(false);
  });

  it("a school's page links each award list at that school's recipients, where a parent finds a child's name without a script", () => {
    const school = 'heluo-zhongxue';
    const awards = publishedSeed('awards').filter((award) => (award.recipients as Array<{ school?: string }>).some((recipient) => recipient.school === school));
    expect(awards.length).toBeGreaterThan(0);
    for (const award of awards) {
      expect(page(outDir, `schools/${school}`)).toContain(`href="/honors/${award.slug}/#school-${school}"`);
      expect(page(outDir, `honors/${award.slug}`)).toMatch(new RegExp(`<section[^>]+id="school-${school}"`));
    }
    expect(visibleText(page(outDir, 'honors'))).toContain('浏览器未启用脚本，按姓名查找不可用');
  });

  it('category and tag pages, the RSS feed, the sitemap and robots.txt exist', () => {
    for (const category of publishedSeed('categories')) expect(existsSync(path.join(outDir, 'news/category', category.slug, 'index.html'))).toBe(true);
    for (const tag of publishedSeed('tags')) expect(existsSync(path.join(outDir, 'news/tag', tag.slug, 'index.html'))).toBe(true);
    const rss = readFileSync(path.join(outDir, 'rss.xml'), 'utf8');
    for (const article of publishedSeed('articles')) expect(rss).toContain(`/news/${article.slug}/`);
    expect(readFileSync(path.join(outDir, 'sitemap-0.xml'), 'utf8')).toContain('/honors/2024-district-outstanding-pupils/');
    expect(readFileSync(path.join(outDir, 'robots.txt'), 'utf8')).toContain('Sitemap:');
  });

  it('each page has a title, description, canonical URL and share card', () => {
    const html = page(outDir, 'news/2025-daode-xiaochaoshi');
    expect(html).toMatch(/<html lang="zh-CN"/);
    expect(html).toMatch(/<link rel="canonical" href="http[^"]+\/news\/2025-daode-xiaochaoshi\/"/);
    expect(html).toMatch(/<meta property="og:image" content="http[^"]+\.jpe?g"/);
    expect(html).toMatch(/<meta name="description" content="[^"]{10,}"/);
  });
});

describe('what must never be public', () => {
  const textFiles = () => builtFiles(outDir).filter((file) => /\.(html|xml|txt|json|js|css|vtt)$/.test(file));

  it('no draft and no private field appears in any built file', () => {
    const forbidden = [
      ...['articles', 'role-models', 'awards', 'lessons', 'schools', 'categories', 'tags'].flatMap((folder) =>
        draftSeed(folder).flatMap((entry) => [entry.slug, entry.title ?? entry.name]),
      ),
      ...seed('role-models').flatMap((r) => (r.guardianConsent ? [r.guardianConsent.guardianName, r.guardianConsent.note].filter(Boolean) : [])),
      'guardianConsent',
      'consentedOn',
      'createdBy',
    ];
    for (const file of textFiles()) {
      const content = readFileSync(path.join(outDir, file), 'utf8');
      for (const word of forbidden) expect(content.includes(word), `${word} in ${file}`).toBe(false);
    }
  });

  it('only files of published entries are copied', () => {
    const media = builtFiles(outDir).filter((file) => file.startsWith('media/'));
    expect(media.length).toBeGreaterThan(0);
    expect(media.filter((file) => /caogao|draft/.test(file))).toEqual([]);
  });
});

describe('budgets', () => {
  const gz = (file: string) => gzipSync(readFileSync(path.join(outDir, file))).length;

  // JSON-LD is data, not JavaScript.
  const scriptsOf = (html: string) => [...html.matchAll(/<script(?! type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g)];

  it('pages without filters, player, search or 打印本页 ship no JavaScript', () => {
    for (const route of ['', 'news', 'role-models/lin-siyuan', 'schools/shiyan-xiaoxue', 'news/category/zhuti-jiaoyu']) {
      const html = page(outDir, route);
      expect(scriptsOf(html), route).toEqual([]);
      expect(html, route).not.toMatch(/<astro-island|\.js["']/);
    }
  });

  it('article, award and lesson pages offer 打印本页, hidden until its tiny script runs', () => {
    for (const route of ['news/2025-daode-xiaochaoshi', 'honors/2024-district-outstanding-pupils', 'lessons/hongling-wo-wei-ni-zihao']) {
      const html = page(outDir, route);
      expect(html, route).toMatch(/<print-button class="print-button" hidden data-pagefind-ignore><button type="button">打印本页<\/button><\/print-button>/);
    }
    for (const route of ['news/2025-daode-xiaochaoshi', 'honors/2024-district-outstanding-pupils']) {
      const scripts = scriptsOf(page(outDir, route));
      expect(scripts.length, route).toBe(1);
      expect(scripts[0]![0], route).toContain('print-button');
      expect(gzipSync(scripts[0]![0]).length, route).toBeLessThanOrEqual(1024);
    }
  });

  it('a filterable listing ships at most 30 kB of JavaScript, gzipped, and no framework', () => {
    for (const route of ['honors', 'role-models', 'lessons']) {
      const html = page(outDir, route);
      expect(html, route).not.toMatch(/<astro-island/);
      // Astro inlines small scripts into the page and links the others.
      const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => gzipSync(match[1]!).length);
      const linked = [...html.matchAll(/<script[^>]*\bsrc="\/([^"]+)"/g)].map((match) => gz(match[1]!));
      const total = [...inline, ...linked].reduce((sum, bytes) => sum + bytes, 0);
      expect(total, route).toBeGreaterThan(0);
      expect(total, route).toBeLessThanOrEqual(30 * 1024);
    }
  });

  it('an article page is at most 10 kB of HTML and 15 kB of CSS, gzipped, its CSS in the page (nothing blocks the first paint)', () => {
    const html = page(outDir, 'news/2025-daode-xiaochaoshi');
    expect(gz('news/2025-daode-xiaochaoshi/index.html')).toBeLessThanOrEqual(10 * 1024);
    expect(html).not.toMatch(/<link rel="stylesheet"/);
    const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]!);
    expect(styles.length).toBeGreaterThan(0);
    expect(styles.reduce((total, css) => total + gzipSync(css).length, 0)).toBeLessThanOrEqual(15 * 1024);
  });
});

describe('links', () => {
  it('every internal link, image and file in the served site resolves', async () => {
    const checker = new LinkChecker();
    const result = await checker.check({
      path: `${inject('siteUrl')}/`,
      recurse: true,
      concurrency: 8,
      linksToSkip: [`^(?!${inject('siteUrl')})`],
    });
    const broken = result.links.filter((link) => link.state === 'BROKEN').map((link) => `${link.status} ${link.url} (from ${link.parent})`);
    expect(broken).toEqual([]);
    expect(result.links.filter((link) => link.state === 'OK').length).toBeGreaterThan(150);
  });

  it('every srcset candidate exists', () => {
    for (const file of builtFiles(outDir).filter((name) => name.endsWith('.html'))) {
      const html = readFileSync(path.join(outDir, file), 'utf8');
      for (const [, srcset] of html.matchAll(/srcset="([^"]+)"/g)) {
        for (const candidate of srcset!.split(',').map((part) => part.trim().split(' ')[0]!)) {
          expect(existsSync(path.join(outDir, decodeURIComponent(candidate))), `${candidate} in ${file}`).toBe(true);
        }
      }
    }
  });
});

describe('security headers', () => {
  it('the site server sends a strict CSP and the other headers the build wrote', async () => {
    const response = await fetch(`${inject('siteUrl')}/news/2025-daode-xiaochaoshi/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+(;|$)/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(readFileSync(path.join(outDir, '_headers'), 'utf8')).toContain(`Content-Security-Policy: ${csp}`);
  });

  it('a missing page answers 404 with the same headers, and _headers itself is not served', async () => {
    const missing = await fetch(`${inject('siteUrl')}/no-such-page/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('页面不存在');
    expect(missing.headers.get('content-security-policy')).toContain("object-src 'none'");
  });

  it('the host files (_headers) are not served under any spelling of their path', async () => {
    const spellings = [
      '/_headers',
      '/_headers/',
      '/_HEADERS',
      '/%5Fheaders',
      '/%5fheaders/',
      '/%255Fheaders',
      '//_headers',
      '/./_headers',
      '/news/../_headers',
      '/news/%2e%2e/_headers',
      '/\\_headers',
      '/_headers.',
      '/_headers%20',
      '/_headers?x=1',
      '/_redirects',
    ];
    for (const spelling of spellings) {
      const response = await rawGet(inject('siteUrl'), spelling);
      expect(response.status, spelling).toBe(404);
      expect(response.body, spelling).not.toContain('Content-Security-Policy:');
    }
  });
});

describe('sharing and structured data', () => {
  const jsonLdOf = (route: string) => {
    const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page(outDir, route));
    return match ? (JSON.parse(match[1]!) as Record<string, unknown>) : undefined;
  };

  it('each award has its own 1200×630 share image, with no metadata', async () => {
    for (const { slug } of publishedSeed('awards')) {
      const html = page(outDir, `honors/${slug}`);
      expect(html).toContain(`<meta property="og:image" content="http://localhost:4321/honors/${slug}/share.png">`);
      expect(html).toContain('<meta property="og:image:width" content="1200">');
      expect(html).toContain('<meta property="og:image:height" content="630">');
      const image = await sharp(path.join(outDir, 'honors', slug, 'share.png')).metadata();
      expect([image.format, image.width, image.height]).toEqual(['png', 1200, 630]);
      expect([image.exif, image.xmp, image.iptc]).toEqual([undefined, undefined, undefined]);
    }
  });

  it('article, award, profile and lesson pages carry a QR code of their own address, and nothing else', async () => {
    for (const route of [
      'news/2025-daode-xiaochaoshi',
      'honors/2024-district-outstanding-pupils',
      'role-models/lin-siyuan',
      'lessons/hongling-wo-wei-ni-zihao',
    ]) {
      const address = `http://localhost:4321/${route}/`;
      const svg = await QRCode.toString(address, { type: 'svg', errorCorrectionLevel: 'M', margin: 1, color: { dark: '#1f1f1f', light: '#ffffff' } });
      expect(page(outDir, route), route).toContain(svg.trim());
    }
  });

  it('JSON-LD says what the page shows: a news article, a video, and of a pupil only name, school and address', () => {
    expect(jsonLdOf('news/2025-daode-xiaochaoshi')).toMatchObject({ '@type': 'NewsArticle', datePublished: '2025-03-05' });
    expect(jsonLdOf('lessons/hongling-wo-wei-ni-zihao')).toMatchObject({ '@type': 'VideoObject', duration: 'PT20S', inLanguage: 'zh-CN' });
    const pupil = jsonLdOf('role-models/lin-siyuan')!;
    expect(Object.keys(pupil).sort()).toEqual(['@context', '@type', 'affiliation', 'name', 'url']);
    expect(pupil).toMatchObject({ '@type': 'Person', name: '林思源', affiliation: { name: '河洛区实验小学' } });
  });
});

describe('HTML', () => {
  it('every page is valid HTML with no accessibility rule broken (html-validate)', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:standard', 'html-validate:a11y'] });
    const problems: string[] = [];
    for (const file of builtFiles(outDir).filter((name) => name.endsWith('.html'))) {
      const report = await validator.validateFile(path.join(outDir, file));
      for (const message of report.results.flatMap((result) => result.messages)) {
        problems.push(`${file}: ${message.ruleId} ${message.message} (${message.selector})`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('the next build follows the CMS', () => {
  const cmsUrl = inject('cmsUrl');
  // Builds are incremental when made in the same folder as the one before (see Releases.building).
  const nextDir = path.join(inject('workDir'), 'dist-next');
  const documentId = async (collection: string, slug: string) =>
    ((await (await fetch(`${cmsUrl}/api/${collection}?filters[slug][$eq]=${slug}&fields[0]=slug`)).json()) as { data: Array<{ documentId: string }> }).data[0]!
      .documentId;
  const adminHeaders = async () => ({ Authorization: `Bearer ${inject('adminToken')}`, 'Content-Type': 'application/json' });
  // As the served build: 4 cards a page (global-setup), so the listings' later pages are built incrementally too.
  const build = (dir: string, force = false) => buildSite(cmsUrl, dir, { quiet: true, force, env: { LISTING_FIRST_CARDS: '4' } });

  /** An incremental build must be what a full build makes: every file, byte for byte. */
  async function expectSameAsFullBuild(dir: string): Promise<void> {
    const incremental = `${dir}-incremental`;
    rmSync(incremental, { recursive: true, force: true });
    renameSync(dir, incremental);
    const full = await build(dir, true);
    expect(full.copied).toEqual([]);
    // Pagefind names its index files at random.
    const files = (root: string) =>
      builtFiles(root)
        .filter((file) => !file.startsWith('pagefind/'))
        .sort();
    expect(files(incremental)).toEqual(files(dir));
    const differing = files(dir).filter((file) => !readFileSync(path.join(dir, file)).equals(readFileSync(path.join(incremental, file))));
    expect(differing).toEqual([]);
  }

  it('after an edit, renders the pages that show it and copies the others', async () => {
    await build(nextDir);
    const headers = await adminHeaders();
    const slug = '2025-hongling-xinxiangdang';
    const original = publishedSeed('articles').find((entry) => entry.slug === slug)!.title as string;
    const edited = `${original}（修订）`;
    const article = await documentId('articles', slug);
    const publish = (title: string) =>
      fetch(`${cmsUrl}/content-manager/collection-types/api::article.article/${article}/actions/publish`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ title }),
      });
    const contentManager = `${cmsUrl}/content-manager/collection-types/api::article.article/${article}`;
    const { body } = ((await (await fetch(contentManager, { headers })).json()) as { data: { body: unknown[] } }).data;
    const publishBody = (blocks: unknown[]) => fetch(`${contentManager}/actions/publish`, { method: 'POST', headers, body: JSON.stringify({ body: blocks }) });
    // Pages without a cache key are rendered by every build (the home page, the first page of each listing, feeds).
    const alwaysRendered = (await build(nextDir)).rendered;
    try {
      expect((await publish(edited)).status).toBe(200);
      const report = await build(nextDir);

      const showingEdit = builtFiles(nextDir).filter((file) => file.endsWith('.html') && readFileSync(path.join(nextDir, file), 'utf8').includes(edited));
      expect(showingEdit).toContain(`news/${slug}/index.html`);
      expect(showingEdit.length).toBeGreaterThan(3);
      for (const file of showingEdit) expect(report.rendered, file).toContain(`/${file}`);
      // Award, lesson and role-model pages (and the listings' later pages) show no news; uploaded files did not change.
      const unrelated = builtFiles(nextDir).filter((file) => /^(honors|lessons|role-models)\/(page\/)?[^/]+\/index\.html$|^media\//.test(file));
      expect(unrelated).toContain('role-models/page/2/index.html');
      expect(unrelated.length).toBeGreaterThan(20);
      for (const file of unrelated) expect(report.copied, file).toContain(`/${file}`);

      // An edit cards do not show (the body) re-renders the article's own page, and no page listing or linking it.
      const sentence = '本文已由编辑补充说明。';
      expect((await publishBody([...body, { type: 'paragraph', children: [{ type: 'text', text: sentence }] }])).status).toBe(200);
      const bodyReport = await build(nextDir);
      expect(page(nextDir, `news/${slug}`)).toContain(sentence);
      expect(bodyReport.rendered).toContain(`/news/${slug}/index.html`);
      const linking = builtFiles(nextDir).filter(
        (file) => file.endsWith('.html') && file !== `news/${slug}/index.html` && readFileSync(path.join(nextDir, file), 'utf8').includes(`/news/${slug}/`),
      );
      expect(linking.length).toBeGreaterThan(3);
      for (const file of linking.filter((file) => !alwaysRendered.includes(`/${file}`))) expect(bodyReport.copied, file).toContain(`/${file}`);
      await expectSameAsFullBuild(nextDir);
    } finally {
      await publish(original);
      await publishBody(body);
    }
  });

  it('drops an unpublished article, and a deleted minor from every page; links to them read as text, a renamed slug leads on', async () => {
    const headers = await adminHeaders();
    const article = await documentId('articles', '2025-jianduiri');
    const roleModel = await documentId('role-models', 'zhou-zihang');
    const contentManager = 'content-manager/collection-types/api::article.article';
    const story = (slug: string, link?: string) => ({
      title: `链接测试 ${slug}`,
      slug,
      summary: '链接测试稿件。',
      publishedOn: '2026-11-29',
      body: [
        {
          type: 'paragraph',
          children: [{ type: 'text', text: '详见' }, ...(link ? [{ type: 'link', url: link, children: [{ type: 'text', text: '建队日活动报道' }] }] : [])],
        },
      ],
    });
    const publish = async (data: Record<string, unknown>, id?: string) => {
      const response = await fetch(`${cmsUrl}/${contentManager}${id ? `/${id}` : ''}/actions/publish`, { method: 'POST', headers, body: JSON.stringify(data) });
      expect(response.status, await response.clone().text()).toBe(200);
      return ((await response.json()) as { data: { documentId: string } }).data.documentId;
    };
    await publish(story('links-to-jianduiri', '/news/2025-jianduiri/'));
    const renamed = await publish(story('before-rename'));
    // Built while the link's target exists, so the next build must notice that it went.
    await build(nextDir);
    await publish(story('after-rename'), renamed);
    const unpublish = await fetch(`${cmsUrl}/content-manager/collection-types/api::article.article/${article}/actions/unpublish`, {
      method: 'POST',
      headers,
      body: '{}',
    });
    expect(unpublish.status).toBe(200);
    const remove = await fetch(`${cmsUrl}/content-manager/collection-types/api::role-model.role-model/${roleModel}`, { method: 'DELETE', headers });
    expect(remove.status).toBe(200);

    const { copied } = await build(nextDir);
    expect(copied.length).toBeGreaterThan(0);
    expect(existsSync(path.join(nextDir, 'news/2025-jianduiri'))).toBe(false);
    expect(existsSync(path.join(nextDir, 'role-models/zhou-zihang'))).toBe(false);
    expect(existsSync(path.join(nextDir, 'news/2025-daode-xiaochaoshi/index.html'))).toBe(true);
    const everything = builtFiles(nextDir)
      .filter((file) => /\.(html|xml)$/.test(file))
      .map((file) => readFileSync(path.join(nextDir, file), 'utf8'))
      .join('\n');
    expect(everything).not.toContain('/news/2025-jianduiri/');
    expect(visibleText(page(nextDir, 'news/links-to-jianduiri'))).toContain('详见建队日活动报道');
    expect(page(nextDir, 'news/before-rename')).toMatch(/<meta http-equiv="refresh" content="0;url=\/news\/after-rename\/"/);
    expect(visibleText(page(nextDir, 'news/after-rename'))).toContain('链接测试 after-rename');
    expect(everything).not.toContain('/role-models/zhou-zihang/');
    // Deleting a minor's profile is an erasure: the award list keeps the place, not the name.
    expect(everything).not.toContain('周子航');
    expect(visibleText(page(nextDir, 'honors/2024-district-outstanding-pupils'))).toContain('（应监护人要求隐去姓名）');
    await expectSameAsFullBuild(nextDir);
  });

  it('removes the copied-in pages it no longer makes itself, before its integrations read the folder, whenever the builder reads its log', async () => {
    // The builder's copies of pages no build makes any more (a deleted pupil's profile, a listing
    // page beyond the last), in a folder Astro does not empty; Astro is run without the builder,
    // which would remove them too, from the log.
    const script = 'document.title = "周子航";';
    const dropped = ['role-models/zhou-zihang-2/index.html', 'role-models/page/9/index.html', 'news/category/gone/page/2/index.html'];
    for (const file of dropped) {
      mkdirSync(path.dirname(path.join(nextDir, file)), { recursive: true });
      writeFileSync(path.join(nextDir, file), `<!doctype html><html lang="zh-CN"><title>周子航</title><script>${script}</script></html>`);
    }
    const report = await astroBuild({
      quiet: true,
      env: { STRAPI_URL: cmsUrl, SITE_OUT_DIR: nextDir, SITE_OUT_DIR_PREFILLED: 'true', LISTING_FIRST_CARDS: '4' },
    });
    expect(report.rendered.length + report.copied.length).toBeGreaterThan(50);
    expect(builtFiles(nextDir).filter((file) => /zhou-zihang|page\/9|category\/gone/.test(file))).toEqual([]);
    expect(existsSync(path.join(nextDir, 'news/category/gone'))).toBe(false);
    expect(existsSync(path.join(nextDir, 'role-models/page/2/index.html'))).toBe(true);
    // No integration read them: the CSP does not allow their script.
    const hash = `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
    expect(readFileSync(path.join(nextDir, '_headers'), 'utf8')).not.toContain(hash);
  });
});
