import type { Core } from '@strapi/strapi';
import { env } from '../src/env';
import { servedOverHttps } from '../src/plugins/pioneers/server/http/public-url';

const config = (): Core.Config.Server => ({
  host: env.HOST,
  port: env.PORT,
  url: env.PUBLIC_URL ?? '',
  // Behind a proxy, the client's address and protocol come from the X-Forwarded-* headers it sets;
  // only the last address counts (the one the proxy saw), so a forged header cannot choose it.
  proxy: { koa: env.TRUST_PROXY ?? servedOverHttps(env.PUBLIC_URL), maxIpsCount: 1 },
  app: {
    keys: env.APP_KEYS!,
  },
  // Tests and the backup tooling point uploads at a directory of their own.
  dirs: {
    public: env.STRAPI_PUBLIC_DIR,
  },
  // The tasks are the plugin's (src/plugins/pioneers/server/cron-tasks.ts); this switch holds for them.
  cron: { enabled: env.CRON_ENABLED },
  webhooks: {
    populateRelations: env.WEBHOOKS_POPULATE_RELATIONS,
  },
});

export default config;
