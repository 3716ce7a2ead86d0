import { forwardRef, type SVGProps } from 'react';
import type { StrapiApp } from '@strapi/strapi/admin';
import { EnumerationInput, formatColumns, labelFilters } from './choices';
import { DurationFromVideo } from './duration-from-video';
import { IntegerInput } from './integer-input';
import zhHans from './translations/zh-Hans.json';
import { SlugFollowsTitle } from './slug-follows-title';
import { registerAwardImport } from './AwardImport';
import { PublishProgress } from './PublishProgress';

const LANGUAGE_KEY = 'strapi-admin-language';
/**
 * Where Strapi remembers that its "new media library" banner (an announcement linking to its blog,
 * on every page) was closed: per value of the legacy-library flag, per project uuid, which is
 * `false` while telemetry is off (package.json). Set as if each editor had closed it once.
 */
const MEDIA_LIBRARY_BANNER_CLOSED = ['STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_false:false', 'STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_true:false'];

/** A globe, for the public site (the widget frame requires an icon). */
const SiteIcon = forwardRef<SVGSVGElement, SVGProps<SVGSVGElement>>((props, ref) => (
  <svg ref={ref} viewBox="0 0 32 32" width="1em" height="1em" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true" {...props}>
    <circle cx="16" cy="16" r="13" />
    <path d="M3 16h26M16 3c4 4 5 9 5 13s-1 9-5 13M16 3c-4 4-5 9-5 13s1 9 5 13" />
  </svg>
));

/** The public site's publishing status, for those granted it (cms/src/plugins/pioneers/server/bootstrap/admin-roles.ts); others would see a refusal. */
const publishingStatusWidget = {
  id: 'publishing-status',
  icon: SiteIcon,
  title: { id: 'hlj.publishing-status.title', defaultMessage: '网站发布状态' },
  permissions: [{ action: 'api::publishing-status.read' }],
  component: async () => (await import('./PublishingStatusWidget')).PublishingStatusWidget,
};

/**
 * Strapi's widgets about the project rather than its content (counts of API tokens, webhooks,
 * admins; deploying): for those who may manage API tokens, i.e. developers. Strapi marks the
 * statistics as super admins' but does not enforce it.
 */
const DEVELOPER_WIDGETS = new Set(['key-statistics', 'deploy-now']);

export default {
  config: {
    // Editors work in Chinese; English stays available in each user's profile.
    locales: ['zh-Hans'],
    // What Strapi's own zh-Hans files leave in English (scripts/translations.ts finds it).
    translations: { 'zh-Hans': zhHans },
  },
  register(app: StrapiApp) {
    app.addFields({ type: 'enumeration', Component: EnumerationInput });
    app.addFields({ type: 'integer', Component: IntegerInput });
    // The admin falls back to English before anyone has logged in on this browser.
    if (!window.localStorage.getItem(LANGUAGE_KEY)) window.localStorage.setItem(LANGUAGE_KEY, 'zh-Hans');
    for (const key of MEDIA_LIBRARY_BANNER_CLOSED) window.localStorage.setItem(key, 'true');
    // First on the homepage: what an editor wants to know after publishing. Strapi's guided tour and
    // its tasks show only to the first super admin in `strapi develop` (a developer), the cloud
    // widget only with the Strapi Cloud plugin, the upsell pages are off (config/admin.ts flags).
    app.widgets.register((widgets) => [
      publishingStatusWidget,
      ...widgets.map((widget) => (DEVELOPER_WIDGETS.has(widget.id) ? { ...widget, permissions: [{ action: 'admin::api-tokens.read' }] } : widget)),
    ]);
  },
  bootstrap(app: StrapiApp) {
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', formatColumns);
    app.registerHook('Admin/CM/pages/ListView/inject-in-filters', labelFilters);
    (app.getPlugin('content-manager').apis as { addEditViewSidePanel(panels: unknown[]): void }).addEditViewSidePanel([
      PublishProgress,
      SlugFollowsTitle,
      DurationFromVideo,
    ]);
    registerAwardImport(app);
  },
};
