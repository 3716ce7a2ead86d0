import type { AstroIntegration } from 'astro';

/** The on-demand draft preview route and its guard; only in the preview server's build. */
export default function draftPreview(): AstroIntegration {
  return {
    name: 'draft-preview',
    hooks: {
      'astro:config:setup': ({ injectRoute, addMiddleware }) => {
        injectRoute({ pattern: '/preview/[collection]/[documentId]', entrypoint: new URL('../preview/PreviewPage.astro', import.meta.url), prerender: false });
        addMiddleware({ entrypoint: new URL('../preview/middleware.ts', import.meta.url), order: 'pre' });
      },
    },
  };
}
