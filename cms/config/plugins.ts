import type { Core } from '@strapi/strapi';
import { mediaStorage } from '../src/extensions/upload/storage';

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
        allowedTypes: [
          'image/jpeg',
          'image/png',
          'image/webp',
          'image/avif',
          'image/gif',
          'video/mp4',
          'video/webm',
          'application/pdf',
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          'application/vnd.openxmlformats-officedocument.presentationml.presentation',
          'text/vtt',
        ],
        deniedTypes: ['image/svg+xml', 'text/html', 'application/x-msdownload', 'application/x-executable'],
      },
    },
  },
});

export default config;
