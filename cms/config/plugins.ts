import type { Core } from '@strapi/strapi';
import { mediaStorage } from '../src/extensions/upload/storage';
import { ALLOWED_MIME_TYPES } from '../src/extensions/upload/types';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
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
      ...mediaStorage(env).upload,
      security: {
        allowedTypes: ALLOWED_MIME_TYPES,
        deniedTypes: ['image/svg+xml', 'text/html', 'application/x-msdownload', 'application/x-executable'],
      },
    },
  },
});

export default config;
