import type { Core } from '@strapi/strapi';

const config = (_params: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
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
      // Upload names carry a content hash, so readers and the site build may cache them for a year
      // (the build then reuses its optimised images instead of re-encoding every one).
      providerOptions: { localServer: { maxage: 365 * 24 * 60 * 60 * 1000 } },
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
