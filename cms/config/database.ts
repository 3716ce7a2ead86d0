import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { env } from '../src/env';

/** cms/ itself: config is compiled to dist/config, so it is two levels up from here. */
const cmsRoot = path.resolve(__dirname, '..', '..');

const config = (): Core.Config.Database => {
  const client = env.DATABASE_CLIENT;
  const ssl = env.DATABASE_SSL && {
    ca: env.DATABASE_SSL_CA,
    rejectUnauthorized: env.DATABASE_SSL_REJECT_UNAUTHORIZED,
  };

  if (client === 'postgres') {
    return {
      connection: {
        client: 'postgres',
        connection: {
          connectionString: env.DATABASE_URL,
          host: env.DATABASE_HOST,
          port: env.DATABASE_PORT,
          database: env.DATABASE_NAME,
          user: env.DATABASE_USERNAME,
          password: env.DATABASE_PASSWORD ?? '',
          ssl,
          schema: env.DATABASE_SCHEMA,
        },
        pool: { min: env.DATABASE_POOL_MIN, max: env.DATABASE_POOL_MAX },
        acquireConnectionTimeout: env.DATABASE_CONNECTION_TIMEOUT,
      },
    };
  }

  if (client !== 'sqlite') {
    throw new Error(`Unsupported DATABASE_CLIENT "${client}": use "sqlite" (default) or "postgres".`);
  }

  return {
    connection: {
      client: 'sqlite',
      connection: {
        // Relative paths are taken from cms/, absolute ones as given (tests use temp files).
        filename: path.resolve(cmsRoot, env.DATABASE_FILENAME),
      },
      useNullAsDefault: true,
    },
  };
};

export default config;
