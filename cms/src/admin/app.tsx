import zhHans from './translations/zh-Hans.json';

const LANGUAGE_KEY = 'strapi-admin-language';
/**
 * Where Strapi remembers that its "new media library" banner (an announcement linking to its blog,
 * on every page) was closed: per value of the legacy-library flag, per project uuid, which is
 * `false` while telemetry is off (package.json). Set as if each editor had closed it once.
 */
const MEDIA_LIBRARY_BANNER_CLOSED = ['STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_false:false', 'STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_true:false'];

/** The admin panel's settings; what the project adds to its screens is the plugin's (src/plugins/pioneers/admin). */
export default {
  config: {
    // Editors work in Chinese; English stays available in each user's profile.
    locales: ['zh-Hans'],
    // What Strapi's own zh-Hans files leave in English (scripts/translations.ts finds it).
    translations: { 'zh-Hans': zhHans },
  },
  register() {
    // The admin falls back to English before anyone has logged in on this browser.
    if (!window.localStorage.getItem(LANGUAGE_KEY)) window.localStorage.setItem(LANGUAGE_KEY, 'zh-Hans');
    for (const key of MEDIA_LIBRARY_BANNER_CLOSED) window.localStorage.setItem(key, 'true');
  },
};
