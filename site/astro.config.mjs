// @ts-check
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import securityHeaders from './src/integrations/security-headers';

const cmsUrl = new URL(process.env.STRAPI_URL || 'http://127.0.0.1:1337');

export default defineConfig({
  // Canonical URLs, OpenGraph and the sitemap need the public address of the site.
  site: process.env.SITE_URL || 'http://localhost:4321',
  outDir: process.env.SITE_OUT_DIR || './dist',
  trailingSlash: 'always',
  integrations: [react(), sitemap(), securityHeaders()],
  image: {
    // Uploads are fetched from the CMS at build time and re-encoded; nothing else remote.
    remotePatterns: [{ protocol: cmsUrl.protocol.replace(':', ''), hostname: cmsUrl.hostname, port: cmsUrl.port }],
  },
  build: { inlineStylesheets: 'never' },
  server: { host: process.env.SITE_HOST || '0.0.0.0', port: Number(process.env.SITE_PORT || 4321) },
});
