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
});

export default config;
