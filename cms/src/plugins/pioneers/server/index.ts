import type { Core } from '@strapi/strapi';
import { registerScheduleGuard } from '../../../api/article/schedule';
import { registerAwardImportRoute } from './award-import/route';
import { registerConsentGate } from '../../../api/role-model/consent';
import { registerMediaFieldKinds } from '../../../extensions/upload/media-fields';
import { registerPublishingStatusAction, syncAdminRoles } from './bootstrap/admin-roles';
import { applyEditorLayout } from './bootstrap/editor-layout';
import { ensureFirstAdmin } from './bootstrap/first-admin';
import { syncPublicPermissions } from './bootstrap/public-permissions';
import { contentVersionController } from './content-versions/controller';
import { contentVersionRoutes } from './content-versions/routes';
import cronTasks from './cron-tasks';
import loginRateLimit from './middlewares/login-rate-limit';
import publishedOnly from './middlewares/published-only';
import queryBounds from './middlewares/query-bounds';
import uploadHeaders from './middlewares/upload-headers';
import { registerErasure } from './privacy/erasure';
import { registerPersonalDataGate } from './privacy/personal-data-gate';
import { registerCompleteBeforePublish } from './publishing/complete-before-publish';
import { registerContentLinks } from './publishing/content-links';
import { registerFormerSlugs } from './publishing/former-slugs';
import { relaySiteRebuilds } from './publishing/site-rebuild';
import { registerPublishingStatusRoute } from './publishing/status-route';
import { adjustAdminRoutes } from './security/admin-routes';

/**
 * The project's own CMS behaviour, as one local plugin (`plugin::pioneers.*`): the rules on the
 * Document Service, its middlewares (named in config/middlewares.ts), its routes, its cron tasks and
 * the rights and layouts set at every start. The content types stay in src/api and src/components.
 */
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

  bootstrap({ strapi }: { strapi: Core.Strapi }) {
    relaySiteRebuilds(strapi);
    // Strapi starts its scheduler whatever CRON_ENABLED says (it only skips config/server.ts's tasks), so the switch is asked here.
    if (strapi.config.get('server.cron.enabled')) strapi.cron.add(cronTasks);
  },

  services: {
    'start-up': ({ strapi }: { strapi: Core.Strapi }) => ({
      /**
       * The rights and layouts set at every start. Plugins start before the admin does, and on a new
       * database the admin creates its roles then, so src/index.ts calls this, after the admin.
       */
      async afterAdmin() {
        await syncPublicPermissions(strapi);
        await syncAdminRoles(strapi);
        await applyEditorLayout(strapi);
        await ensureFirstAdmin(strapi);
      },
    }),
  },

  middlewares: {
    'upload-headers': uploadHeaders,
    'login-rate-limit': loginRateLimit,
    'query-bounds': queryBounds,
    'published-only': publishedOnly,
  },

  controllers: { 'content-version': contentVersionController },

  routes: { 'content-versions': contentVersionRoutes },
};
