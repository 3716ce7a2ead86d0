import type { Core, Modules, UID } from '@strapi/strapi';
import { isSuperAdmin, PUBLISHING_STATUS_ACTION } from '../bootstrap/admin-roles';
import { entryPageUrl, type LinkWarning } from './content-links';
import { type BuildTimes, entryProgress } from './entry-progress';
import { env } from '../../../../env';

// The parts of PublisherStatus (@pioneers/publisher/status) this reads: the CMS's server build, CommonJS with Node resolution, cannot import the package's TypeScript source.
type Change = { subject: string; label?: string };
type Status = BuildTimes & { pending: Change[]; building?: { changes: Change[] }; live?: { changes: Change[] }; lastFailure?: { changes: Change[] } };

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
  /** The router's, which Koa's context type omits. */
  params?: Record<string, string>;
  state: { user?: { roles?: Array<{ code: string }> } };
  set(header: string, value: string): void;
};

/** The rebuild service's status, or why it cannot be read (in Chinese, for editors). */
async function readStatus(): Promise<{ available: true; status: Status } | { available: false; reason: string }> {
  const url = env.SITE_STATUS_URL;
  if (!url) return { available: false, reason: '未配置网站发布服务（SITE_REBUILD_URL）' };
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(3000) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return { available: true, status: (await response.json()) as Status };
  } catch (error) {
    return { available: false, reason: `网站发布服务没有响应（${(error as Error).message}）` };
  }
}

/**
 * For those granted 查看网站发布状态 (Super Admins, Editors):
 * - `GET /admin/publishing/status`: the rebuild service's status, relayed so the admin homepage
 *   widget needs no cross-origin access to the rebuild service. Only super admins see which entries
 *   changed. With it, the published entries whose links lead to pages that have gone since
 *   (publishing/content-links.ts).
 * - `GET /admin/publishing/entries/:uid/:documentId`: how far the site has got with that entry's
 *   published version (publishing/entry-progress.ts), for its edit view; `published: false`
 *   while it has none.
 */
export function registerPublishingStatusRoute(strapi: Core.Strapi, linkWarnings: () => Promise<LinkWarning[]>): void {
  const config = { policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [PUBLISHING_STATUS_ACTION] } }] };
  strapi.server.routes({
    type: 'admin',
    prefix: '/admin/publishing',
    routes: [
      {
        method: 'GET',
        path: '/status',
        info: { type: 'admin' },
        config,
        handler: async (ctx: AdminContext) => {
          ctx.set('Cache-Control', 'no-store');
          const [brokenLinks, relay] = await Promise.all([linkWarnings(), readStatus()]);
          const shown = relay.available && !isSuperAdmin(ctx.state.user) ? { ...relay, status: withoutEntryLabels(strapi, relay.status) } : relay;
          ctx.body = { ...shown, linkWarnings: brokenLinks };
        },
      },
      {
        method: 'GET',
        path: '/entries/:uid/:documentId',
        info: { type: 'admin' },
        config,
        handler: async (ctx: AdminContext) => {
          ctx.set('Cache-Control', 'no-store');
          const { uid = '', documentId } = ctx.params ?? {};
          const model = uid.startsWith('api::') ? strapi.contentTypes[uid as UID.ContentType] : undefined;
          if (!model || !documentId) {
            ctx.status = 404;
            ctx.body = { error: '没有这种内容' };
            return;
          }
          const fields = ['publishedAt', ...('slug' in model.attributes ? ['slug'] : [])] as Modules.Documents.Params.Fields.Any<UID.ContentType>;
          const published = (await strapi.documents(uid as UID.ContentType).findOne({ documentId, status: 'published', fields })) as {
            publishedAt: string;
            slug?: string;
          } | null;
          if (!published) {
            ctx.body = { published: false };
            return;
          }
          const relay = await readStatus();
          ctx.body = relay.available
            ? { published: true, progress: entryProgress(relay.status, published.publishedAt, entryPageUrl(uid, published.slug)) }
            : { published: true, reason: relay.reason };
        },
      },
    ],
  });
}
