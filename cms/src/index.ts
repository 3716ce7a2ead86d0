import type { Core } from '@strapi/strapi';
import { registerAwardImportRoute } from './api/award/import/route';
import { registerScheduleGuard } from './api/article/schedule';
import { registerConsentGate } from './api/role-model/consent';
import { registerPublishingStatusAction, syncAdminRoles } from './bootstrap/admin-roles';
import { applyEditorLayout } from './bootstrap/editor-layout';
import { ensureFirstAdmin } from './bootstrap/first-admin';
import { syncPublicPermissions } from './bootstrap/public-permissions';
import { registerMediaFieldKinds } from './extensions/upload/media-fields';
import { registerErasure } from './privacy/erasure';
import { registerPersonalDataGate } from './privacy/personal-data-gate';
import { registerCompleteBeforePublish } from './publishing/complete-before-publish';
import { registerContentLinks } from './publishing/content-links';
import { registerFormerSlugs } from './publishing/former-slugs';
import { relaySiteRebuilds } from './publishing/site-rebuild';
import { registerPublishingStatusRoute } from './publishing/status-route';
import { adjustAdminRoutes } from './security/admin-routes';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerConsentGate(strapi);
    registerPersonalDataGate(strapi);
    registerErasure(strapi);
    registerMediaFieldKinds(strapi);
    registerCompleteBeforePublish(strapi);
    registerPublishingStatusRoute(strapi, registerContentLinks(strapi));
    registerFormerSlugs(strapi);
    registerScheduleGuard(strapi);
    registerPublishingStatusAction(strapi);
    registerAwardImportRoute(strapi);
    adjustAdminRoutes(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await syncPublicPermissions(strapi);
    await syncAdminRoles(strapi);
    await applyEditorLayout(strapi);
    await ensureFirstAdmin(strapi);
    relaySiteRebuilds(strapi);
  },
};
