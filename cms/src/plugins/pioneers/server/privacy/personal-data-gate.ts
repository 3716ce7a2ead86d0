import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CONTENT_TYPES, uids } from '../../../../generated/registry';
import { entryBeingPublished, isPublishing } from '../publishing/entry-being-published';

/**
 * Personal data the law keeps out of public output about children (未成年人保护法 §72,
 * 儿童个人信息网络保护规定): the model has no field for it, and this catches it when typed into
 * free text. Each pattern is deliberately narrow, to stop real identifiers and not ordinary prose.
 */
const PATTERNS: Array<{ label: string; pattern: RegExp }> = [
  { label: '身份证号', pattern: /(?<![\dA-Za-z])[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\dA-Za-z])/ },
  { label: '手机号码', pattern: /(?<!\d)(?:\+?86[\s-]?)?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)/ },
  {
    label: '出生日期',
    pattern: /(?:出生(?:日期|年月|于)?[:：\s]*\d{4}\s*[年.\-/]\s*\d{1,2})|(?:\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:出生|生人))|生日[:：]/,
  },
  { label: '家庭住址', pattern: /(?:家庭住址|住址)[:：]\s*\S{2,}|家住[^，。；、\s]{0,12}(?:路|街|号|村|小区|楼|室)/ },
];

/** Public types, whose content may be about children; the site settings hold the organisation's own address and contacts. */
const CHECKED: ReadonlySet<string> = new Set(CONTENT_TYPES.filter((type) => type.public && type.uid !== uids.siteSetting).map((type) => type.uid));

function strings(value: unknown, path: string, found: Array<[string, string]>): Array<[string, string]> {
  if (typeof value === 'string') found.push([path, value]);
  else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) strings(item, `${path}[${index}]`, found);
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      // Private fields never reach the public; URLs and file metadata are not prose.
      if (['guardianConsent', 'url', 'hash', 'formats', 'mime', 'documentId'].includes(key)) continue;
      strings(child, path ? `${path}.${key}` : key, found);
    }
  }
  return found;
}

/** The first piece of personal data found in an entry, described for the editor, or undefined. */
export function personalDataProblem(entry: unknown): string | undefined {
  for (const [field, text] of strings(entry, '', [])) {
    for (const { label, pattern } of PATTERNS) {
      const match = text.match(pattern);
      if (match) {
        const shown = match[0].length > 6 ? `${match[0].slice(0, 3)}…${match[0].slice(-2)}` : match[0];
        return `“${field.split('.')[0]}”中似乎有${label}（${shown}）。公开内容不得包含身份证号、手机号码、出生日期或家庭住址，请删除后再发布。`;
      }
    }
  }
  return undefined;
}

/** Refuses to publish public content that contains such data; drafts may hold anything. */
export function registerPersonalDataGate(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (!isPublishing(context) || !CHECKED.has(context.uid)) return next();
    const entry = await entryBeingPublished(strapi, context, '*');
    const problem = personalDataProblem(entry);
    if (problem) throw new errors.ApplicationError(problem);
    return next();
  });
}
