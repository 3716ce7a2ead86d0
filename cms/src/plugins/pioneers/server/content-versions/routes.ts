/**
 * `GET /api/content-versions`: the site's content loader asks it first at every sync and then
 * fetches only the documents whose version changed (see site/src/cms/loader.ts). Read-only; the
 * Public role is granted it (bootstrap/public-permissions.ts), so a forged token is refused as on
 * every other Content API route. The empty prefix keeps the address the site calls (a plugin's
 * routes are under `/api/<plugin>` otherwise).
 */
export const contentVersionRoutes = {
  type: 'content-api',
  prefix: '',
  routes: [{ method: 'GET', path: '/content-versions', handler: 'content-version.find', config: { policies: [] } }],
};
