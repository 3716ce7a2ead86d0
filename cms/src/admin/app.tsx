import type { StrapiApp } from '@strapi/strapi/admin';

const LANGUAGE_KEY = 'strapi-admin-language';

export default {
  config: {
    // Editors work in Chinese; English stays available in each user's profile.
    locales: ['zh-Hans'],
  },
  register(_app: StrapiApp) {
    // The admin falls back to English before anyone has logged in on this browser.
    if (!window.localStorage.getItem(LANGUAGE_KEY)) window.localStorage.setItem(LANGUAGE_KEY, 'zh-Hans');
  },
};
