import type { Core } from '@strapi/strapi';

/** A route Strapi's router will run for a request: its template and the parameters it captured. */
export interface MatchedRoute {
  /** The route as declared, e.g. `/api/articles/:id`. */
  path: string;
  params: Record<string, string>;
}

interface RouterLayer {
  path: string;
  methods: string[];
  captures(path: string): string[];
  params(path: string, captures: string[], params?: Record<string, string>): Record<string, string>;
}

const asked = new WeakMap<object, { key: string; routes: MatchedRoute[] }>();

interface Router {
  match(path: string, method: string): { pathAndMethod: RouterLayer[] };
}

/**
 * The routes Strapi's own router matches for this request. Guards decide on these, never on the
 * raw path: the router matches case-insensitively, ignores a trailing slash and decodes
 * parameters, so any rule written against the literal path has spellings that slip past it.
 * Asking the router itself means every spelling it accepts is judged as the route it reaches.
 */
export function matchedRoutes(strapi: Core.Strapi, request: { path: string; method: string }): MatchedRoute[] {
  // Several guards ask for the same request: the router is walked once per request.
  const key = `${request.method} ${request.path}`;
  const known = asked.get(request);
  if (known?.key === key) return known.routes;
  const router = (strapi.server as unknown as { router: Router }).router;
  const routes = router
    .match(request.path, request.method)
    .pathAndMethod.filter((layer) => layer.methods.length > 0)
    .map((layer) => ({ path: layer.path, params: layer.params(request.path, layer.captures(request.path), {}) }));
  asked.set(request, { key, routes });
  return routes;
}
