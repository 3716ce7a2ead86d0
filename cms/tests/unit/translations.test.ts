import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { editorEnglish, missingTranslations, ourChinese } from '../../scripts/translations';

/**
 * Every text on the screens editors use (homepage, content manager, blocks editor, media library,
 * preview) reads in Chinese: from Strapi's zh-Hans files or ours (src/admin/translations/zh-Hans.json).
 * A Strapi upgrade that adds English texts fails here; `pnpm --filter cms translations:missing`
 * lists them.
 */
const english = editorEnglish();
const ours = ourChinese();

/** The names of a message's arguments, `{name}` and the variable of each plural/select. */
function argumentsOf(elements: MessageFormatElement[]): string[] {
  return elements.flatMap((element) => {
    const own =
      'value' in element && [TYPE.argument, TYPE.number, TYPE.date, TYPE.time, TYPE.plural, TYPE.select].includes(element.type) ? [String(element.value)] : [];
    const nested = 'options' in element ? Object.values(element.options).flatMap((option) => argumentsOf(option.value)) : [];
    const children = element.type === TYPE.tag ? argumentsOf(element.children) : [];
    return [...own, ...nested, ...children];
  });
}

/** A message's own words, without its arguments' names. */
function wordsOf(elements: MessageFormatElement[]): string {
  return elements
    .map((element) => {
      if (element.type === TYPE.literal) return element.value;
      if ('options' in element)
        return Object.values(element.options)
          .map((option) => wordsOf(option.value))
          .join(' ');
      return element.type === TYPE.tag ? wordsOf(element.children) : ' ';
    })
    .join('');
}

/** Names and keys an editor sees as they are in Chinese software too. */
const LATIN_WORDS = new Set([
  'API',
  'ID',
  'JSON',
  'AI',
  'Node',
  'Strapi',
  'Cloud',
  'Webhook',
  'Ctrl',
  'Cmd',
  'Shift',
  'Enter',
  'Command',
  'Esc',
  'rel',
  'X',
  'Y',
  'A',
  'Z',
]);

/** Placeholders that show what to type, which is code. */
const CODE = new Set(['components.Blocks.popover.link.rel.placeholder', 'components.Blocks.popover.link.target.placeholder']);

describe('the admin reads in Chinese on the screens editors use', () => {
  it('has a Chinese text for every English one', () => {
    expect(Object.keys(english).length).toBeGreaterThan(700);
    expect(missingTranslations(), 'translate these into cms/src/admin/translations/zh-Hans.json').toEqual({});
  });

  it.each(Object.entries(ours))('%s is a valid message in Chinese, with the English arguments only', (id, chinese) => {
    expect(english[id], 'not a text of an editor screen (misspelt, or gone from Strapi)').toBeDefined();
    const used = argumentsOf(parse(chinese));
    for (const name of used) expect(argumentsOf(parse(english[id]!)), name).toContain(name);
    if (CODE.has(id)) return;
    for (const word of wordsOf(parse(chinese)).match(/[A-Za-z]+/g) ?? []) expect(LATIN_WORDS, word).toContain(word);
  });
});
