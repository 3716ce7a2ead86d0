import type { Core } from '@strapi/strapi';
import { env } from '../src/env';
import { mediaStorage } from '../src/extensions/upload/storage';

const config = (): Core.Config.Middlewares => {
  // The admin shows thumbnails and plays videos from the bucket when uploads live there.
  const mediaOrigins = mediaStorage().origins;
  return [
    'strapi::logger',
    'strapi::errors',
    {
      name: 'strapi::security',
      config: {
        contentSecurityPolicy: {
          useDefaults: true,
          directives: {
            'img-src': ["'self'", 'data:', 'blob:', 'market-assets.strapi.io', ...mediaOrigins],
            'media-src': ["'self'", 'data:', 'blob:', ...mediaOrigins],
          },
        },
      },
    },
    // Uploads are served as their verified type, sandboxed (see src/plugins/pioneers/server/middlewares/upload-headers.ts).
    'plugin::pioneers.upload-headers',
    // Only the public site (and any origins listed) may call the API from a browser.
    { name: 'strapi::cors', config: { origin: env.CORS_ORIGINS } },
    'strapi::query',
    'plugin::pioneers.login-rate-limit',
    'plugin::pioneers.query-bounds',
    'plugin::pioneers.published-only',
    // The largest upload allowed (videos); smaller limits per kind are in src/extensions/upload.
    { name: 'strapi::body', config: { formidable: { maxFileSize: env.UPLOAD_MAX_VIDEO_MB * 1024 * 1024 } } },
    'strapi::session',
    'strapi::favicon',
    'strapi::public',
  ];
};

export default config;
