/**
 * `GET /api/content-versions`: the site's content loader asks it first at every sync and then
 * fetches only the documents whose version changed (see site/src/cms/loader.ts). Public, read-only.
 */
export default {
  type: 'content-api',
  routes: [{ method: 'GET', path: '/content-versions', handler: 'content-version.find', config: { policies: [] } }],
};
