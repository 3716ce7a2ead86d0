import type { Core } from '@strapi/strapi';

/**
 * Where the site's rebuild service reports its state: beside the webhook it receives
 * (SITE_REBUILD_URL), unless SITE_STATUS_URL says otherwise.
 */
export function publishingStatusUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.SITE_STATUS_URL) return env.SITE_STATUS_URL;
  return env.SITE_REBUILD_URL ? new URL('/status', env.SITE_REBUILD_URL).href : undefined;
}

/**
 * `GET /admin/publishing/status` for signed-in editors: the rebuild service's status, relayed so
 * the admin homepage widget needs no cross-origin access to the rebuild service.
 */
export function registerPublishingStatusRoute(strapi: Core.Strapi): void {
  strapi.server.routes({
    type: 'admin',
    prefix: '/admin/publishing',
    routes: [
      {
        method: 'GET',
        path: '/status',
        info: { type: 'admin' },
        config: { policies: ['admin::isAuthenticatedAdmin'] },
        handler: async (ctx: { status: number; body: unknown; set(header: string, value: string): void }) => {
          ctx.set('Cache-Control', 'no-store');
          const url = publishingStatusUrl();
          if (!url) {
            ctx.body = { available: false, reason: '未配置网站发布服务（SITE_REBUILD_URL）' };
            return;
          }
          try {
            const response = await fetch(url, { signal: AbortSignal.timeout(3000) });
            if (!response.ok) throw new Error(`HTTP ${response.status}`);
            ctx.body = { available: true, status: await response.json() };
          } catch (error) {
            ctx.body = { available: false, reason: `网站发布服务没有响应（${(error as Error).message}）` };
          }
        },
      },
    ],
  });
}
