import type { Core } from '@strapi/strapi';
import { env } from '../src/env';
import { previewLink } from '../src/plugins/pioneers/server/preview/links';
import { servedOverHttps } from '../src/plugins/pioneers/server/http/public-url';

const config = (): Core.Config.Admin => {
  // The site's preview server (scripts/start.ts runs it). Drafts are readable only through a link
  // this CMS signed with PREVIEW_SECRET: without the secret there is no preview at all.
  const preview = { baseUrl: env.PREVIEW_URL, secret: env.PREVIEW_SECRET ?? '' };
  return {
    // Off where only the API is needed (tests, headless deployments): no admin build is required then.
    serveAdminPanel: env.SERVE_ADMIN_PANEL,
    auth: {
      secret: env.ADMIN_JWT_SECRET!,
      // The admin's refresh cookie never travels without TLS once the CMS is served over HTTPS.
      ...(servedOverHttps(env.PUBLIC_URL) ? { cookie: { secure: true } } : {}),
    },
    apiToken: {
      salt: env.API_TOKEN_SALT!,
    },
    transfer: {
      token: {
        salt: env.TRANSFER_TOKEN_SALT!,
      },
    },
    secrets: {
      encryptionKey: env.ENCRYPTION_KEY!,
    },
    // The machine that runs this has no internet; the prompts would only show broken requests.
    flags: {
      nps: false,
      promoteEE: false,
      docLinks: env.FLAG_DOC_LINKS,
    },
    preview: {
      enabled: Boolean(preview.secret),
      config: {
        allowedOrigins: [new URL(preview.baseUrl).origin],
        handler: (uid, { documentId, status }) => previewLink(uid, { documentId, status }, preview),
      },
    },
  };
};

export default config;
