import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;

/**
 * `2025年六一表彰大会` → `2025 nian liu yi biao zhang da hui`, which Strapi's slugify then turns into
 * `2025-nian-liu-yi-biao-zhang-da-hui`: its own transliteration drops Chinese, so a Chinese title
 * would give the content type's name (`article`). ü is written v (`lv`), as in pinyin input methods.
 */
export function toPinyin(text: string): string {
  if (!HAN.test(text)) return text;
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }).join(' ');
}
