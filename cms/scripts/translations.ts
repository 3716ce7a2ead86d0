/**
 * Which of the admin's English texts an editor meets has no Chinese translation, in Strapi's own
 * zh-Hans files or ours (src/admin/translations/zh-Hans.json, merged in src/admin/app.tsx).
 * `pnpm --filter cms translations:missing` prints them as JSON, ready to translate into ours;
 * tests/unit/translations.test.ts fails while any is left.
 */
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cmsRoot } from './env';

type Messages = Record<string, string>;

const fromStrapi = createRequire(require.resolve('@strapi/strapi/package.json'));
const packageDir = (pkg: string) => path.dirname(fromStrapi.resolve(`${pkg}/package.json`));
const load = (pkg: string, dir: string, locale: string): Messages => {
  const module = fromStrapi(path.join(packageDir(pkg), dir, `${locale}.json.js`)) as { default?: Messages };
  return module.default ?? (module as Messages);
};

/**
 * Texts that are only in the code, `formatMessage({ id, defaultMessage })` with no en.json entry
 * (the list's "status" column, for one): found in the package's admin build.
 */
const IN_CODE =
  /\bid:\s*(?<wrapped>(?:getTrad|getTranslation|getTranslationKey)\(\s*)?(?<q>['`])(?<id>[^'`$]+)\k<q>\s*\)?\s*,\s*defaultMessage:\s*(?<dq>['`])(?<text>(?:\\.|(?!\k<dq>)[^\\])*)\k<dq>/g;
function inCode(pkg: string, prefix: string): Messages {
  const dir = path.join(packageDir(pkg), 'dist', 'admin');
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((file) => file.endsWith('.mjs'));
  const found: Messages = {};
  for (const file of files) {
    for (const { groups } of readFileSync(path.join(dir, file), 'utf8').matchAll(IN_CODE))
      found[groups!.wrapped ? `${prefix}${groups!.id}` : groups!.id!] = groups!.text!;
  }
  return found;
}
const prefixed = (messages: Messages, prefix: string): Messages => Object.fromEntries(Object.entries(messages).map(([id, text]) => [`${prefix}${id}`, text]));

/** The packages whose screens editors use; plugin ids are prefixed with the plugin's name, as the admin does. */
const PACKAGES = [
  { pkg: '@strapi/admin', dir: 'dist/admin/admin/src/translations', prefix: '' },
  { pkg: '@strapi/content-manager', dir: 'dist/admin/translations', prefix: 'content-manager.' },
  { pkg: '@strapi/upload', dir: 'dist/admin/translations', prefix: 'upload.' },
] as const;

/**
 * Of the admin's own texts, those on the screens editors use: the homepage and its widgets, the
 * guided tour, the shared form inputs, filters, tables, dialogs, notifications, the blocks
 * editor, and the two settings pages every admin may open: 概览 and the profile. The other
 * settings (users, roles, API tokens, marketplace and the like) are the developers'.
 */
const EDITOR_ADMIN_KEYS =
  /^(HomePage|tours|widget|global|app\.components\.(MediaLibraryBanner|LeftMenu|ToggleCheckbox|Button|ConfirmDialog|EmptyStateLayout|HomePage|NpsSurvey|GuidedTour)|app\.utils|components\.(Blocks|Wysiwyg|FilterOptions|Input|InputSelect|PageFooter|TableHeader|Search|pagination|popUpWarning|ViewSettings|LimitsAlert|Select)|form\.button|notification\.(error|success|warning|contentType|form|link|version)|anErrorOccurred|clearLabel|selectButtonTitle|or|request\.error|search|Settings\.(profile|application|PageTitle)|Auth\.form\.(button\.logout|button\.login|email|password)|content-manager\.)/;

export function strapiChinese(): Messages {
  return Object.assign({}, ...PACKAGES.map(({ pkg, dir, prefix }) => prefixed(load(pkg, dir, 'zh-Hans'), prefix)));
}

export function ourChinese(): Messages {
  return JSON.parse(readFileSync(path.join(cmsRoot, 'src', 'admin', 'translations', 'zh-Hans.json'), 'utf8')) as Messages;
}

/** The English texts of the editor's screens, by full message id. */
export function editorEnglish(): Messages {
  return Object.assign(
    {},
    ...PACKAGES.map(({ pkg, dir, prefix }) => {
      const english = { ...inCode(pkg, prefix), ...prefixed(load(pkg, dir, 'en'), prefix) };
      return prefix ? english : Object.fromEntries(Object.entries(english).filter(([id]) => EDITOR_ADMIN_KEYS.test(id)));
    }),
  );
}

/**
 * Not met by editors here: the guided tours of the content-type builder and API tokens, content
 * history (a paid Strapi feature), the media library's settings and its Strapi Cloud AI.
 */
const NOT_FOR_EDITORS = /^(tours\.(contentTypeBuilder|apiTokens)\.|content-manager\.history\.|upload\.(settings|ai)\.)/;

export function missingTranslations(): Messages {
  const chinese = { ...strapiChinese(), ...ourChinese() };
  return Object.fromEntries(Object.entries(editorEnglish()).filter(([id, english]) => !NOT_FOR_EDITORS.test(id) && english.trim() !== '' && !(id in chinese)));
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  console.log(JSON.stringify(missingTranslations(), null, 2));
}
