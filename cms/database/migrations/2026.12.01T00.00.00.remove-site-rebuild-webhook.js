/**
 * Until December 2026 the CMS stored a webhook to the rebuild service; src/publishing/site-rebuild.ts
 * now relays the events itself, and the stored one would call it twice (or, with an old secret, fail).
 */
module.exports = {
  async up(knex) {
    if (await knex.schema.hasTable('strapi_webhooks')) await knex('strapi_webhooks').where({ name: '重新生成公开网站 (site rebuild)' }).del();
  },
};
