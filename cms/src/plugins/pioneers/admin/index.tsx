import type { StrapiApp } from '@strapi/strapi/admin';
import { forwardRef, type SVGProps } from 'react';
import { registerAwardImport } from './AwardImport';
import { EnumerationInput, formatColumns, labelFilters } from './choices';
import { DurationFromVideo } from './duration-from-video';
import { IntegerInput } from './integer-input';
import { PublishProgress } from './PublishProgress';
import { SlugFollowsTitle } from './slug-follows-title';

/** A globe, for the public site (the widget frame requires an icon). */
const SiteIcon = forwardRef<SVGSVGElement, SVGProps<SVGSVGElement>>((props, ref) => (
  <svg ref={ref} viewBox="0 0 32 32" width="1em" height="1em" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true" {...props}>
    <circle cx="16" cy="16" r="13" />
    <path d="M3 16h26M16 3c4 4 5 9 5 13s-1 9-5 13M16 3c-4 4-5 9-5 13s1 9 5 13" />
  </svg>
));

/** The public site's publishing status, for those granted it (server/bootstrap/admin-roles.ts); others would see a refusal. */
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

/**
 * The plugin's part of the admin panel, bundled from this source by the app's own admin build
 * (package.json's `strapi-admin` export): inputs, list columns and filters in Chinese, the edit
 * view's side panels, the award-list import and the homepage's publishing status.
 */
export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: 'pioneers', name: '红领巾先锋' });
    app.addFields({ type: 'enumeration', Component: EnumerationInput });
    app.addFields({ type: 'integer', Component: IntegerInput });
    // First on the homepage: what an editor wants to know after publishing. Strapi's guided tour and
    // its tasks show only to the first super admin in `strapi develop` (a developer), the cloud
    // widget only with the Strapi Cloud plugin, the upsell pages are off (config/admin.ts flags).
    app.widgets.register((widgets) => [
      publishingStatusWidget,
      ...widgets.map((widget) => (DEVELOPER_WIDGETS.has(widget.id) ? { ...widget, permissions: [{ action: 'admin::api-tokens.read' }] } : widget)),
    ]);
  },
  bootstrap(app: Pick<StrapiApp, 'getPlugin' | 'registerHook'>) {
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
