import { forwardRef, type SVGProps } from 'react';
import type { StrapiApp } from '@strapi/strapi/admin';
import { EnumerationInput, formatColumns, labelFilters } from './choices';
import zhHans from './translations/zh-Hans.json';
import { SlugFollowsTitle } from './slug-follows-title';
import { registerAwardImport } from './AwardImport';

const LANGUAGE_KEY = 'strapi-admin-language';

/** A globe, for the public site (the widget frame requires an icon). */
const SiteIcon = forwardRef<SVGSVGElement, SVGProps<SVGSVGElement>>((props, ref) => (
  <svg ref={ref} viewBox="0 0 32 32" width="1em" height="1em" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true" {...props}>
    <circle cx="16" cy="16" r="13" />
    <path d="M3 16h26M16 3c4 4 5 9 5 13s-1 9-5 13M16 3c-4 4-5 9-5 13s1 9 5 13" />
  </svg>
));

export default {
  config: {
    // Editors work in Chinese; English stays available in each user's profile.
    locales: ['zh-Hans'],
    // What Strapi's own zh-Hans files leave in English (scripts/translations.ts finds it).
    translations: { 'zh-Hans': zhHans },
  },
  register(app: StrapiApp) {
    app.addFields({ type: 'enumeration', Component: EnumerationInput });
    // The admin falls back to English before anyone has logged in on this browser.
    if (!window.localStorage.getItem(LANGUAGE_KEY)) window.localStorage.setItem(LANGUAGE_KEY, 'zh-Hans');
    app.widgets.register({
      id: 'publishing-status',
      icon: SiteIcon,
      title: { id: 'hlj.publishing-status.title', defaultMessage: '网站发布状态' },
      // Only for those granted it (cms/src/bootstrap/admin-roles.ts); others would see a refusal.
      permissions: [{ action: 'api::publishing-status.read' }],
      component: async () => (await import('./PublishingStatusWidget')).PublishingStatusWidget,
    });
  },
  bootstrap(app: StrapiApp) {
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', formatColumns);
    app.registerHook('Admin/CM/pages/ListView/inject-in-filters', labelFilters);
    (app.getPlugin('content-manager').apis as { addEditViewSidePanel(panels: unknown[]): void }).addEditViewSidePanel([SlugFollowsTitle]);
    registerAwardImport(app);
  },
};
