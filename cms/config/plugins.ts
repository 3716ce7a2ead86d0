import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { mediaStorage } from '../src/extensions/upload/storage';

const config = (): Core.Config.Plugin => ({
  'users-permissions': {
    config: {
      jwtManagement: 'refresh',
      sessions: {
        httpOnly: true,
      },
      // The public site has no visitor accounts.
      register: { allowedFields: [] },
    },
  },
  upload: {
    config: {
      ...mediaStorage().upload,
      // One gate decides every upload: src/extensions/upload (kind from the whole content, the name
      // must agree, refusals in Chinese). Strapi's own check (name, declared type, first bytes) would
      // otherwise answer first, in English, for some of the same files.
      security: { allowedTypes: ['*/*'] },
    },
  },
  // Declared after users-permissions so that it starts after it. Resolved beside this file: the server
  // loads the compiled config from dist/config and so the plugin's compiled server from dist/src/plugins;
  // the admin build reads this file from source and bundles the plugin's admin from src/plugins as it is.
  pioneers: { enabled: true, resolve: path.join(__dirname, '../src/plugins/pioneers') },
});

export default config;
