import type { Core } from '@strapi/strapi';
import { env } from '../../../../env';
import { matchedRoutes } from '../http/matched-routes';

/** Routes where a password, or a code standing in for one, is tried: the admin panel's and the Content API's. */
const LOGIN_ROUTES = new Set([
  '/admin/login',
  '/admin/forgot-password',
  '/admin/reset-password',
  '/admin/register',
  '/api/auth/local',
  '/api/auth/forgot-password',
  '/api/auth/reset-password',
  '/api/auth/change-password',
]);

interface Config {
  /** Failed attempts allowed per client address within the window. */
  max?: number;
  windowMs?: number;
}

type Context = {
  method: string;
  path: string;
  ip: string;
  status: number;
  set(name: string, value: string): void;
  throw(status: number, message: string): never;
};

/**
 * Limits failed logins per client address. Strapi's own limiter keys on the email as well, so
 * trying a different email each time escapes it; this one counts every failure from an address,
 * on whichever spelling of a login path the router accepts. The address is the connection's, or,
 * only when the CMS is told it sits behind a proxy (TRUST_PROXY), the one that proxy reports.
 */
export default (config: Config, { strapi }: { strapi: Core.Strapi }) => {
  const max = config.max ?? env.LOGIN_RATE_LIMIT_MAX;
  const windowMs = config.windowMs ?? env.LOGIN_RATE_LIMIT_WINDOW_MS;
  const failures = new Map<string, number[]>();

  return async (ctx: Context, next: () => Promise<unknown>) => {
    if (ctx.method !== 'POST' || !matchedRoutes(strapi, ctx).some((route) => LOGIN_ROUTES.has(route.path))) return next();
    const now = Date.now();
    const recent = (failures.get(ctx.ip) ?? []).filter((at) => now - at < windowMs);
    if (recent.length >= max) {
      ctx.set('Retry-After', String(Math.ceil((recent[0]! + windowMs - now) / 1000)));
      ctx.throw(429, '登录失败次数过多，请稍后再试。');
    }
    try {
      await next();
    } finally {
      if (ctx.status >= 400) recent.push(now);
      if (recent.length > 0) failures.set(ctx.ip, recent);
      else failures.delete(ctx.ip);
    }
  };
};
