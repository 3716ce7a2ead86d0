import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from '@pioneers/scripts/services';
import { safeHref } from '../src/lib/safe-url';
import { builtFiles } from './helpers';

const cmsUrl = inject('cmsUrl');
const outDir = path.join(inject('workDir'), 'dist-xss');

/** Payloads an attacker with an editor account (or a pasted document) might slip into text. */
const PAYLOADS = [
  '<script>alert("xss")</script>',
  '<img src=x onerror=alert("xss")>',
  '"><svg onload=alert("xss")>',
  "'><iframe src=javascript:alert('xss')>",
  '</title><script>alert("xss")</script>',
  '<b><i>unclosed <a href="javascript:alert(1)">',
  '{{constructor.constructor("alert(1)")()}}',
  '\u202Egnp.exe 河洛\u202C',
];
const DANGEROUS_URLS = [
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
];
/** Links the CMS accepts but whose text tries to break out of the attribute. */
const TRICKY_URLS = [
  'https://example.com/?q="><script>alert("xss")</script>',
  "https://example.com/'onmouseover='alert(1)",
  'mailto:a@example.com?subject=<script>',
];
const text = (index: number) => `测试${index}${PAYLOADS[index % PAYLOADS.length]}`;
const blocks = (index: number) => [
  {
    type: 'paragraph',
    children: [{ type: 'text', text: text(index) }, ...TRICKY_URLS.map((url) => ({ type: 'link', url, children: [{ type: 'text', text: `链接${url}` }] }))],
  },
  { type: 'heading', level: 2, children: [{ type: 'text', text: text(index + 1) }] },
  { type: 'quote', children: [{ type: 'text', text: text(index + 2), bold: true }] },
  { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'text', text: text(index + 3) }] }] },
];

let headers: Record<string, string>;
const created: Array<[string, string]> = [];

async function publish(uid: string, data: Record<string, unknown>): Promise<string> {
  const response = await fetch(`${cmsUrl}/content-manager/collection-types/${uid}/actions/publish`, { method: 'POST', headers, body: JSON.stringify(data) });
  expect(response.status, await response.clone().text()).toBe(200);
  const { documentId } = ((await response.json()) as { data: { documentId: string } }).data;
  created.push([uid, documentId]);
  return documentId;
}

beforeAll(async () => {
  headers = { Authorization: `Bearer ${inject('adminToken')}`, 'Content-Type': 'application/json' };
  const school = await publish('api::school.school', { name: `学校${text(0)}`.slice(0, 60), slug: 'xss-school', kind: 'primary', intro: text(1) });
  const tag = await publish('api::tag.tag', { name: `标签${text(2)}`.slice(0, 30), slug: 'xss-tag' });
  const category = await publish('api::category.category', { name: `栏目${text(3)}`.slice(0, 30), slug: 'xss-category' });
  const roleModel = await publish('api::role-model.role-model', {
    name: `辅导员${text(4)}`.slice(0, 60),
    slug: 'xss-role-model',
    kind: 'counselor',
    isMinor: false,
    headline: text(5).slice(0, 40),
    unit: text(6).slice(0, 60),
    summary: text(7),
    story: blocks(0),
    school,
  });
  await publish('api::article.article', {
    title: text(0).slice(0, 80),
    slug: 'xss-article',
    summary: text(1),
    source: text(2).slice(0, 60),
    author: text(3).slice(0, 40),
    publishedOn: '2026-11-28',
    body: blocks(1),
    category,
    tags: [tag],
    school,
    seo: { metaTitle: text(4).slice(0, 60), metaDescription: text(5) },
  });
  await publish('api::award.award', {
    title: text(6).slice(0, 80),
    slug: 'xss-award',
    year: 2026,
    level: 'school',
    category: 'other',
    issuer: text(7).slice(0, 80),
    documentNumber: text(0).slice(0, 40),
    announcedOn: '2026-11-28',
    description: text(1),
    recipients: PAYLOADS.map((payload, index) => ({
      name: `获奖${payload}`.slice(0, 80),
      recipientKind: 'counselor',
      unit: text(index).slice(0, 80),
      school,
      roleModel,
    })),
  });
  await publish('api::lesson.lesson', {
    title: text(2).slice(0, 80),
    slug: 'xss-lesson',
    summary: text(3),
    durationSeconds: 20,
    gradeBand: 'upper',
    recognition: text(4).slice(0, 30),
    year: 2026,
    description: blocks(2),
    chapters: [{ startSecond: 0, title: text(5).slice(0, 60) }],
    counselor: { name: text(6).slice(0, 40), roleModel },
    school,
    themes: [tag],
    video: ((await (await fetch(`${cmsUrl}/api/lessons?populate[video][fields][0]=id&fields[0]=slug`)).json()) as { data: Array<{ video: { id: number } }> })
      .data[0]!.video.id,
  });
  await buildSite(cmsUrl, outDir, { quiet: true });
});

afterAll(async () => {
  for (const [uid, documentId] of created.reverse()) {
    await fetch(`${cmsUrl}/content-manager/collection-types/${uid}/${documentId}`, { method: 'DELETE', headers });
  }
});

describe('dangerous links', () => {
  it('the CMS refuses javascript:, data: and vbscript: links in rich text', async () => {
    for (const url of DANGEROUS_URLS) {
      const response = await fetch(`${cmsUrl}/content-manager/collection-types/api::article.article`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          title: 'x',
          slug: `bad-link-${DANGEROUS_URLS.indexOf(url)}`,
          summary: 'x',
          publishedOn: '2026-11-28',
          body: [{ type: 'paragraph', children: [{ type: 'link', url, children: [{ type: 'text', text: 'x' }] }] }],
        }),
      });
      expect(response.status, url).toBe(400);
    }
  });

  it('and the site drops them anyway, should one reach it', () => {
    for (const url of DANGEROUS_URLS) expect(safeHref(url), url).toBeUndefined();
    for (const url of ['https://example.com/', 'http://example.com/a?b=c', 'mailto:a@example.com', '/news/']) expect(safeHref(url), url).toBe(url);
  });
});

describe('hostile text in every field renders inert', () => {
  const pages = () => builtFiles(outDir).filter((file) => file.endsWith('.html'));

  it('the pages of the hostile entries exist and show the text, escaped', () => {
    for (const route of [
      'news/xss-article',
      'role-models/xss-role-model',
      'honors/xss-award',
      'lessons/xss-lesson',
      'schools/xss-school',
      'news/tag/xss-tag',
      'news/category/xss-category',
    ]) {
      const html = readFileSync(path.join(outDir, route, 'index.html'), 'utf8');
      expect(html, route).toMatch(/&lt;(script|img|svg|iframe|b)/);
    }
  });

  it('no page gains a script, an event handler or a dangerous URL', () => {
    const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'srcset', 'content']);
    for (const file of pages()) {
      const problems: string[] = [];
      let inScript = false;
      const parser = new Parser(
        {
          onopentag(name, attributes) {
            if (name === 'script') {
              // JSON-LD is data, never run: it is checked as data below.
              inScript = attributes.type !== 'application/ld+json';
              if (attributes.src && !/^\/(_astro|pagefind)\//.test(attributes.src)) problems.push(`script from ${attributes.src}`);
            }
            // The one form the site writes: a listing's filters, sent by GET to a page of this site.
            const filterForm = name === 'form' && attributes.method === 'get' && /^\/(?![/\\])/.test(attributes.action ?? '');
            // The one http-equiv the site writes: a renamed entry's old address leading to its page on this site.
            const movedPage = name === 'meta' && attributes['http-equiv'] === 'refresh' && /^0;url=\/(?![/\\])/.test(attributes.content ?? '');
            if (
              ['iframe', 'object', 'embed', 'form', 'base', 'meta'].includes(name) &&
              !(name === 'meta' && !attributes['http-equiv']) &&
              !movedPage &&
              !filterForm
            )
              problems.push(`<${name}>`);
            for (const [attribute, value] of Object.entries(attributes)) {
              if (/^on/i.test(attribute)) problems.push(`${name} ${attribute}=`);
              // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers drop control characters inside a URL scheme, so an attacker hides "javascript:" with them.
              const scheme = value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
              if (URL_ATTRIBUTES.has(attribute) && /^(javascript|vbscript|data):/.test(scheme)) problems.push(`${name} ${attribute}="${value}"`);
            }
          },
          ontext(text) {
            if (inScript && /alert|xss/.test(text)) problems.push(`script text ${text.slice(0, 60)}`);
          },
          onclosetag(name) {
            if (name === 'script') inScript = false;
          },
        },
        { decodeEntities: true },
      );
      parser.end(readFileSync(path.join(outDir, file), 'utf8'));
      expect(problems, file).toEqual([]);
    }
  });

  it('JSON-LD holds the hostile text as data: valid JSON that no text can end early', () => {
    for (const route of ['news/xss-article', 'role-models/xss-role-model', 'lessons/xss-lesson']) {
      const html = readFileSync(path.join(outDir, route, 'index.html'), 'utf8');
      const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
      expect(blocks.length, route).toBe(1);
      expect(blocks[0], route).not.toContain('<');
      expect(() => JSON.parse(blocks[0]!), route).not.toThrow();
    }
  });

  it('bidirectional override characters are removed from rich text', () => {
    const html = readFileSync(path.join(outDir, 'news/xss-article/index.html'), 'utf8');
    const prose = html.slice(html.indexOf('class="prose"'));
    expect(prose).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });
});
