import type { Core } from '@strapi/strapi';
import { registerConsentGate } from './api/role-model/consent';
import { applyEditorLayout } from './bootstrap/editor-layout';
import { ensureFirstAdmin } from './bootstrap/first-admin';
import { keepPrivacyLogToSuperAdmins } from './bootstrap/privacy-log-access';
import { syncPublicPermissions } from './bootstrap/public-permissions';
import { syncSiteWebhook } from './bootstrap/site-webhook';
import { registerErasure } from './privacy/erasure';
import { registerPersonalDataGate } from './privacy/personal-data-gate';
import { registerPublishingStatusRoute } from './publishing/status-route';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerConsentGate(strapi);
    registerPersonalDataGate(strapi);
    registerErasure(strapi);
    registerPublishingStatusRoute(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await syncPublicPermissions(strapi);
    await keepPrivacyLogToSuperAdmins(strapi);
    await applyEditorLayout(strapi);
    await ensureFirstAdmin(strapi);
    await syncSiteWebhook(strapi);
  },
};
