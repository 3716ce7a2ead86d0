import type { Core } from '@strapi/strapi';

/**
 * Everything the project adds to Strapi is the plugin in src/plugins/pioneers. The application's
 * own bootstrap is the one step that runs after the admin's (which creates the admin roles on a new
 * database), so the plugin's start-up rules that need those roles run from here.
 */
export default {
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await strapi.plugin('pioneers').service('start-up').afterAdmin();
  },
};
