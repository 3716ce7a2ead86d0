import type { Core, UID } from '@strapi/strapi';
import { isSuperAdmin, PUBLISHING_STATUS_ACTION } from '../bootstrap/admin-roles';
import type { LinkWarning } from './content-links';

/**
 * Where the site's rebuild service reports its state: beside the webhook it receives
 * (SITE_REBUILD_URL), unless SITE_STATUS_URL says otherwise.
 */
export function publishingStatusUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.SITE_STATUS_URL) return env.SITE_STATUS_URL;
  return env.SITE_REBUILD_URL ? new URL('/status', env.SITE_REBUILD_URL).href : undefined;
}

// The parts of PublisherStatus (@pioneers/publisher/status) this reads: the CMS's server build, CommonJS with Node resolution, cannot import the package's TypeScript source.
type Change = { subject: string; label?: string };
type Status = { pending: Change[]; building?: { changes: Change[] }; live?: { changes: Change[] }; lastFailure?: { changes: Change[] } };

/**
 * A change as those who are not super admins see it: what kind of entry, not which one. The
 * entries' own labels can be the name of a child whose profile was just erased.
 */
function withoutEntryLabels(strapi: Core.Strapi, status: Status): Status {
  const kind = (change: Change): Change => ({
    ...change,
    label: (strapi.contentTypes[change.subject as UID.ContentType]?.info.displayName as string | undefined) ?? '媒体文件',
  });
  return {
    ...status,
    pending: status.pending.map(kind),
    ...(status.building && { building: { ...status.building, changes: status.building.changes.map(kind) } }),
    ...(status.live && { live: { ...status.live, changes: status.live.changes.map(kind) } }),
    ...(status.lastFailure && { lastFailure: { ...status.lastFailure, changes: status.lastFailure.changes.map(kind) } }),
  };
}

type AdminContext = {
  status: number;
  body: unknown;
  state: { user?: { roles?: Array<{ code: string }> } };
  set(header: string, value: string): void;
};

/**
 * `GET /admin/publishing/status` for those granted 查看网站发布状态 (Super Admins, Editors): the
 * rebuild service's status, relayed so the admin homepage widget needs no cross-origin access to
 * the rebuild service. Only super admins see which entries changed. With it, the published entries
 * whose links lead to pages that have gone since (src/publishing/content-links.ts).
 */
export function registerPublishingStatusRoute(strapi: Core.Strapi, linkWarnings: () => Promise<LinkWarning[]>): void {
  strapi.server.routes({
    type: 'admin',
    prefix: '/admin/publishing',
    routes: [
      {
        method: 'GET',
        path: '/status',
        info: { type: 'admin' },
        config: { policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [PUBLISHING_STATUS_ACTION] } }] },
        handler: async (ctx: AdminContext) => {
          ctx.set('Cache-Control', 'no-store');
          const brokenLinks = await linkWarnings();
          const url = publishingStatusUrl();
          if (!url) {
            ctx.body = { available: false, reason: '未配置网站发布服务（SITE_REBUILD_URL）', linkWarnings: brokenLinks };
            return;
          }
          try {
            const response = await fetch(url, { signal: AbortSignal.timeout(3000) });
            if (!response.ok) throw new Error(`HTTP ${response.status}`);
            const status = (await response.json()) as Status;
            ctx.body = { available: true, status: isSuperAdmin(ctx.state.user) ? status : withoutEntryLabels(strapi, status), linkWarnings: brokenLinks };
          } catch (error) {
            ctx.body = { available: false, reason: `网站发布服务没有响应（${(error as Error).message}）`, linkWarnings: brokenLinks };
          }
        },
      },
    ],
  });
}
