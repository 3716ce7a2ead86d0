import type { Core } from '@strapi/strapi';
import { isSuperAdmin } from '../bootstrap/admin-roles';

type Context = {
  method: string;
  request: { body?: Record<string, unknown> };
  body?: { data?: Record<string, unknown> };
  state: { session?: { id?: string }; user?: { roles?: Array<{ code: string }> } };
};
type Middleware = (ctx: Context, next: () => Promise<unknown>) => Promise<unknown>;
type Route = { method: string; path: string; config?: { middlewares?: unknown[] } };

/** What `/admin/information` tells anyone signed in; the rest (versions, dependencies, project id) is for super admins. */
const INFORMATION_FOR_ALL = ['currentEnvironment', 'autoReload', 'communityEdition'];

/**
 * `POST /admin/logout` without a `deviceId` ends every session of the account, in every browser:
 * the admin sends one when an editor logs out, but not when a tab finds its own session over
 * (expired, or its refresh token rotated by another tab) while its access token still works. Here
 * such a logout ends only the session it is made from.
 */
const logoutOwnSession =
  (strapi: Core.Strapi): Middleware =>
  async (ctx, next) => {
    const body = ctx.request.body ?? {};
    const sessionId = ctx.state.session?.id;
    if ((typeof body.deviceId !== 'string' || !body.deviceId) && sessionId) {
      const session = await strapi.db.query('admin::session').findOne({ where: { sessionId } });
      if (session?.deviceId) ctx.request.body = { ...body, deviceId: session.deviceId };
    }
    return next();
  };

const informationForRole: Middleware = async (ctx, next) => {
  await next();
  const data = ctx.body?.data;
  if (data && !isSuperAdmin(ctx.state.user)) ctx.body = { data: Object.fromEntries(Object.entries(data).filter(([key]) => INFORMATION_FOR_ALL.includes(key))) };
};

/**
 * Adds middlewares to two of the admin's own routes. Route middlewares run after authentication,
 * so they see the signed-in user and their session.
 */
export function adjustAdminRoutes(strapi: Core.Strapi): void {
  const routes = (strapi.admin as unknown as { routes: { admin: { routes: Route[] } } }).routes.admin.routes;
  const adjust = (method: string, path: string, middleware: Middleware) => {
    const route = routes.find((candidate) => candidate.method === method && candidate.path === path);
    if (!route) throw new Error(`admin route ${method} ${path} not found: Strapi changed, revisit src/plugins/pioneers/server/security/admin-routes.ts`);
    route.config = { ...route.config, middlewares: [...(route.config?.middlewares ?? []), middleware] };
  };
  adjust('POST', '/logout', logoutOwnSession(strapi));
  adjust('GET', '/information', informationForRole);
}
