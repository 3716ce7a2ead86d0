/**
 * The 1200×630 share image of an award list (what WeChat and others show for a shared link):
 * its title, issuer, level and the number of recipients on red — never a recipient's name. Drawn
 * as SVG and encoded by sharp, which writes no metadata (no EXIF, no location) unless asked to.
 */
import sharp from 'sharp';
import { awardCategory, awardLevel } from '../cms/generated/enums';
import { shownOnCards } from './cards';
import type { PageEntry } from './site';

export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

const xmlText = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** Splits a title into lines of at most `perLine` characters (Chinese wraps between any two). */
function lines(text: string, perLine: number, most: number): string[] {
  const chars = [...text];
  const result: string[] = [];
  for (let start = 0; start < chars.length && result.length < most; start += perLine) result.push(chars.slice(start, start + perLine).join(''));
  if (result.length * perLine < chars.length) result[most - 1] = `${[...result[most - 1]!].slice(0, perLine - 1).join('')}…`;
  return result;
}

/** Drawn from what the award's card shows, as its cache key (pages/honors/[slug]/share.png.ts) assumes. */
export async function awardShareImage({ data }: PageEntry<'awards'>, siteName: string): Promise<Buffer> {
  const shown = shownOnCards.awards(data);
  const title = lines(shown.title, 17, 3);
  const font = "'WenQuanYi Micro Hei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_IMAGE.width}" height="${SHARE_IMAGE.height}" viewBox="0 0 1200 630">
  <defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#c8102e"/><stop offset="1" stop-color="#8e1628"/></linearGradient></defs>
  <rect width="1200" height="630" fill="url(#bg)"/>
  <rect x="24" y="24" width="1152" height="582" fill="none" stroke="#ffd25e" stroke-width="4" rx="16"/>
  <g transform="translate(72 64) scale(1.25)">
    <circle cx="32" cy="32" r="31" fill="#c8102e" stroke="#ffd25e" stroke-width="2"/>
    <path d="M32 9l4.1 12.6h13.3l-10.8 7.8 4.1 12.6L32 34.2 21.3 42l4.1-12.6-10.8-7.8h13.3z" fill="#ffd25e"/>
    <path d="M32 36c4 2.5 5 6 3.2 9.2 2.4-.4 4-2.2 4.3-4.4 1.2 3.8-1 7.6-5.5 8.7H30c-4.5-1.1-6.7-4.9-5.5-8.7.3 2.2 1.9 4 4.3 4.4C27 42 28 38.5 32 36z" fill="#ffd25e"/>
    <path d="M28.5 50h7l-1.6 9h-3.8z" fill="#ffd25e"/>
  </g>
  <text x="172" y="122" font-family="${font}" font-size="40" font-weight="bold" fill="#ffffff">${xmlText(siteName)} · 光荣榜</text>
  ${title.map((line, index) => `<text x="72" y="${250 + index * 76}" font-family="${font}" font-size="60" font-weight="bold" fill="#ffd25e">${xmlText(line)}</text>`).join('\n  ')}
  <text x="72" y="520" font-family="${font}" font-size="34" fill="#ffffff">${xmlText(`${shown.year}年度 · ${awardLevel[shown.level]} · ${awardCategory[shown.category]} · 共 ${shown.recipients} 个获奖对象`)}</text>
  <text x="72" y="572" font-family="${font}" font-size="30" fill="#ffe9ec">${xmlText(`表彰单位：${shown.issuer}`)}</text>
</svg>`;
  // zlib level 6, sharp's default: 22 ms an image where level 9 took 34, for 19 % more bytes (77 kB).
  // A cold build draws one per award list (608 at 10k pages).
  return sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer();
}
