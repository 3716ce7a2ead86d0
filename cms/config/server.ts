import type { Core } from '@strapi/strapi';
import { servedOverHttps } from '../src/http/public-url';
import cronTasks from './cron-tasks';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  // Behind a proxy, the client's address and protocol come from the X-Forwarded-* headers it sets;
  // only the last address counts (the one the proxy saw), so a forged header cannot choose it.
  proxy: { koa: env.bool('TRUST_PROXY', servedOverHttps(env('PUBLIC_URL', ''))), maxIpsCount: 1 },
  app: {
    keys: env.array('APP_KEYS')!,
  },
  // Tests and the backup tooling point uploads at a directory of their own.
  dirs: {
    public: env('STRAPI_PUBLIC_DIR', './public'),
  },
  cron: { enabled: env.bool('CRON_ENABLED', true), tasks: cronTasks },
  webhooks: {
    populateRelations: env.bool('WEBHOOKS_POPULATE_RELATIONS', false),
  },
});

export default config;
