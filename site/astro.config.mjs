// @ts-check
import node from '@astrojs/node';
import sitemap from '@astrojs/sitemap';
import { env } from '@pioneers/env';
import { defineConfig } from 'astro/config';
import draftPreview from './src/integrations/draft-preview';
import droppedPages from './src/integrations/dropped-pages';
import precompress from './src/integrations/precompress';
import securityHeaders from './src/integrations/security-headers';

const cmsUrl = new URL(env.STRAPI_URL);
// Uploads come from the CMS, or from object storage when the CMS keeps them there.
const mediaHosts = [cmsUrl, ...(env.MEDIA_PUBLIC_URL ? [new URL(env.MEDIA_PUBLIC_URL)] : [])];
// `SITE_PREVIEW=1 astro build` builds the editors' preview server (drafts rendered on demand)
// instead of the public static site. Both use the same pages and components.
const previewServer = env.SITE_PREVIEW;

export default defineConfig({
  // Canonical URLs, OpenGraph and the sitemap need the public address of the site.
  site: env.SITE_URL,
  trailingSlash: 'always',
  ...(previewServer
    ? {
        output: 'server',
        adapter: node({ mode: 'standalone' }),
        // The preview server answers only previews and their images; every other address is
        // redirected to the public site by its middleware, which Astro's own trailing-slash
        // redirect (to the preview server itself) would otherwise come before.
        trailingSlash: 'ignore',
        // Inside site/: its server code imports the site's packages from node_modules.
        outDir: './dist-preview',
        // Its own content store, so it can be built while the public site builds.
        cacheDir: './node_modules/.astro-preview',
        integrations: [draftPreview()],
        vite: { define: { 'import.meta.env.PREVIEW_SERVER': 'true' } },
      }
    : {
        outDir: env.SITE_OUT_DIR,
        // The benchmark measures cold and warm builds with a cache of its own.
        ...(env.SITE_CACHE_DIR ? { cacheDir: env.SITE_CACHE_DIR } : {}),
        // Before the others: they read every page in the folder (src/integrations/dropped-pages.ts).
        integrations: [droppedPages(env.SITE_OUT_DIR_PREFILLED), sitemap(), securityHeaders(), precompress()],
        // Pages whose getStaticPaths() cacheKey (src/lib/cache-keys.ts) and code are unchanged are
        // copied from the last build's cache (cacheDir) instead of rendered.
        experimental: { incrementalBuild: true },
        // Astro empties the folder unless told not to; the rebuild service's builder fills it with
        // the unchanged pages first, which Astro then leaves as they are (scripts/lib/services.ts).
        vite: { build: { emptyOutDir: !env.SITE_OUT_DIR_PREFILLED } },
      }),
  image: {
    // AVIF at sharp's effort 2 instead of 4: 4.5 times faster for 6 % more bytes on the seed's photos
    // (docs/site.md). Every new photo is encoded while an editor waits for 发布, and a cold build
    // encodes hundreds.
    service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 2 } } },
    // Uploads are fetched at build time and re-encoded; nothing else remote.
    remotePatterns: mediaHosts.map((url) => ({ protocol: url.protocol.replace(':', ''), hostname: url.hostname, port: url.port })),
  },
  // The site's one small stylesheet (about 3 kB gzipped) goes into each page: most readers arrive
  // cold from a shared link on a slow phone, where a render-blocking request costs more than that.
  // Four pages at a time: a page waiting for sharp (an award's share image) or for the disk no
  // longer holds up the next (a cold build of 4k pages: 48.5 → 40.6 s, 3 % more memory).
  build: { inlineStylesheets: 'always', concurrency: 4 },
  // Astro 7 defaults to JSX whitespace rules, which drop the spaces between inline elements
  // (a role model's kind and school, a date and its source): keep HTML's.
  compressHTML: true,
  server: { host: env.SITE_HOST, port: env.SITE_PORT },
});
