// @ts-check
/**
 * Every environment variable the project reads, declared once: its type, default, who reads it
 * (cms: the CMS and its scripts; site: the Astro build and preview server; scripts: the root
 * scripts) and what it means. `.env.example` and the table in docs/configuration.md are generated
 * from here (`pnpm env:example`). Names and defaults are contracts: deployments set them.
 */

/** @import { AnyEnv, Variable } from './read.js' */

const port = /** @type {const} */ ({ type: 'int', min: 0, max: 65535 });
/** Generated into cms/.env by first-run setup; set them yourself in production. */
const generatedSecret = /** @type {const} */ ({ type: 'string', secret: true, generated: true, readBy: ['cms'], group: 'Secrets' });

/**
 * Checks the declaration and keeps its literal types (`'int'`, `1337`), which the readers' types come from.
 * @template {Record<string, Variable>} const T
 * @param {T} declaration
 * @returns {{ [N in keyof T]: T[N] }}
 */
const declare = (declaration) => declaration;

export const variables = declare({
  // The CMS server.
  PORT: { ...port, default: 1337, readBy: ['cms', 'scripts'], group: 'CMS', doc: 'the port the CMS listens on' },
  HOST: { type: 'string', default: '0.0.0.0', readBy: ['cms'], group: 'CMS', doc: 'the address the CMS listens on' },
  PUBLIC_URL: { type: 'url', readBy: ['cms'], group: 'CMS', doc: "the CMS's public URL behind a proxy" },
  TRUST_PROXY: {
    type: 'bool',
    defaultDoc: '`true` when `PUBLIC_URL` is `https://`',
    readBy: ['cms'],
    group: 'CMS',
    doc: "trust the proxy's `X-Forwarded-*` headers (see [security.md](security.md))",
  },
  NODE_ENV: { type: 'string', defaultDoc: '`production` under `pnpm start`', readBy: ['scripts'], group: 'CMS', doc: "the CMS's mode" },
  SERVE_ADMIN_PANEL: {
    type: 'bool',
    default: true,
    readBy: ['cms'],
    group: 'CMS',
    doc: '`false` runs the CMS API without the admin panel (no admin build needed)',
  },
  FLAG_DOC_LINKS: { type: 'bool', default: false, readBy: ['cms'], group: 'CMS', doc: "links to Strapi's online documentation in the admin" },
  CORS_ORIGINS: {
    type: 'list',
    default: (/** @type {AnyEnv} */ env) => [String(env.SITE_URL)],
    defaultDoc: '`SITE_URL`',
    readBy: ['cms'],
    group: 'CMS',
    doc: 'browser origins allowed to call the API',
  },
  LOGIN_RATE_LIMIT_MAX: { type: 'int', min: 1, default: 10, readBy: ['cms'], group: 'CMS', doc: 'failed logins allowed per address in the window' },
  LOGIN_RATE_LIMIT_WINDOW_MS: { type: 'int', min: 1, default: 15 * 60 * 1000, readBy: ['cms'], group: 'CMS', doc: 'the failed-login window, in milliseconds' },
  SCHEDULE_RULE: { type: 'string', default: '0 * * * * *', readBy: ['cms'], group: 'CMS', doc: 'when the scheduled-publishing task runs (cron, with seconds)' },
  CONSENT_CHECK_RULE: {
    type: 'string',
    default: '0 5 0 * * *',
    readBy: ['cms'],
    group: 'CMS',
    doc: 'when the check that takes lapsed consents offline runs (cron with seconds, Asia/Shanghai)',
  },
  CRON_ENABLED: { type: 'bool', default: true, readBy: ['cms'], group: 'CMS', doc: 'run the scheduled tasks at all' },
  WEBHOOKS_POPULATE_RELATIONS: { type: 'bool', default: false, readBy: ['cms'], group: 'CMS', doc: "Strapi's webhook payloads with relations populated" },
  ADMIN_EMAIL: {
    type: 'string',
    default: 'admin@example.com',
    readBy: ['cms', 'scripts'],
    group: 'CMS',
    doc: 'the first administrator, created when there is none',
  },
  ADMIN_PASSWORD: {
    type: 'string',
    secret: true,
    defaultDoc: 'generated, printed once by the first seed',
    readBy: ['cms'],
    group: 'CMS',
    doc: "the first administrator's password",
  },
  ENV_PATH: {
    type: 'string',
    defaultDoc: '`cms/.env`',
    readBy: ['cms'],
    group: 'CMS',
    doc: 'the file the CMS reads its settings from, and first-run setup writes generated secrets to',
  },
  SEED_CONTENT_DIR: { type: 'string', defaultDoc: '`content/`', readBy: ['cms'], group: 'CMS', doc: 'what `pnpm seed` imports' },
  LOG_LEVEL: {
    type: 'enum',
    values: ['error', 'warn', 'info', 'http', 'verbose', 'debug', 'silly'],
    defaultDoc: '`warn` for `pnpm import-awards`',
    readBy: ['cms', 'scripts'],
    group: 'CMS',
    doc: "`debug`: `pnpm start` shows everything the services print (Strapi's migrations and requests, every build's output), not only steps, progress, warnings and errors",
  },

  // The database.
  DATABASE_CLIENT: { type: 'enum', values: ['sqlite', 'postgres'], default: 'sqlite', readBy: ['cms'], group: 'Database', doc: 'the database the CMS uses' },
  DATABASE_FILENAME: { type: 'string', default: '.tmp/data.db', readBy: ['cms'], group: 'Database', doc: 'the SQLite file, relative to `cms/` or absolute' },
  DATABASE_URL: {
    type: 'url',
    secret: true,
    readBy: ['cms'],
    group: 'Database',
    doc: 'PostgreSQL connection string, e.g. `postgres://strapi:secret@db:5432/strapi`',
  },
  DATABASE_HOST: { type: 'string', default: '127.0.0.1', readBy: ['cms'], group: 'Database', doc: 'PostgreSQL host, when no `DATABASE_URL` is given' },
  DATABASE_PORT: { ...port, default: 5432, readBy: ['cms'], group: 'Database', doc: 'PostgreSQL port, when no `DATABASE_URL` is given' },
  DATABASE_NAME: { type: 'string', default: 'strapi', readBy: ['cms'], group: 'Database', doc: 'PostgreSQL database, when no `DATABASE_URL` is given' },
  DATABASE_USERNAME: { type: 'string', default: 'strapi', readBy: ['cms'], group: 'Database', doc: 'PostgreSQL user, when no `DATABASE_URL` is given' },
  DATABASE_PASSWORD: { type: 'string', secret: true, readBy: ['cms'], group: 'Database', doc: 'PostgreSQL password, when no `DATABASE_URL` is given' },
  DATABASE_SCHEMA: { type: 'string', default: 'public', readBy: ['cms'], group: 'Database', doc: 'PostgreSQL schema' },
  DATABASE_SSL: { type: 'bool', default: false, readBy: ['cms'], group: 'Database', doc: 'TLS to PostgreSQL' },
  DATABASE_SSL_CA: { type: 'string', readBy: ['cms'], group: 'Database', doc: "the certificate authority PostgreSQL's certificate is checked against" },
  DATABASE_SSL_REJECT_UNAUTHORIZED: {
    type: 'bool',
    default: true,
    readBy: ['cms'],
    group: 'Database',
    doc: 'refuse a PostgreSQL certificate that does not check out',
  },
  DATABASE_POOL_MIN: { type: 'int', min: 0, default: 0, readBy: ['cms'], group: 'Database', doc: 'PostgreSQL connections kept open' },
  DATABASE_POOL_MAX: { type: 'int', min: 1, default: 10, readBy: ['cms'], group: 'Database', doc: 'PostgreSQL connections at most' },
  DATABASE_CONNECTION_TIMEOUT: {
    type: 'int',
    min: 0,
    default: 60000,
    readBy: ['cms'],
    group: 'Database',
    doc: 'how long to wait for a PostgreSQL connection, in milliseconds',
  },

  // Secrets first-run setup generates.
  APP_KEYS: { ...generatedSecret, type: 'list', doc: 'the keys Strapi signs its session cookies with' },
  API_TOKEN_SALT: { ...generatedSecret, doc: 'salts API tokens' },
  ADMIN_JWT_SECRET: { ...generatedSecret, doc: "signs the admin's sessions" },
  TRANSFER_TOKEN_SALT: { ...generatedSecret, doc: 'salts data-transfer tokens' },
  JWT_SECRET: { ...generatedSecret, doc: 'signs users-permissions sessions' },
  ENCRYPTION_KEY: { ...generatedSecret, doc: 'encrypts what Strapi stores encrypted (API tokens shown again)' },
  PREVIEW_SECRET: { ...generatedSecret, doc: 'signs preview links; without it the CMS offers no preview' },
  BACKUP_KEY: { ...generatedSecret, doc: 'encrypts `pnpm backup` archives; keep a copy elsewhere' },

  // Uploads and object storage (docs/operations.md).
  STRAPI_PUBLIC_DIR: {
    type: 'string',
    default: './public',
    readBy: ['cms'],
    group: 'Uploads',
    doc: 'where uploads are stored (`<dir>/uploads`), relative to `cms/`',
  },
  UPLOAD_MAX_IMAGE_MB: { type: 'int', min: 1, default: 20, readBy: ['cms'], group: 'Uploads', doc: 'the largest image upload, in MB' },
  UPLOAD_MAX_MEGAPIXELS: { type: 'int', min: 1, default: 40, readBy: ['cms'], group: 'Uploads', doc: 'the largest image upload, in megapixels' },
  UPLOAD_MAX_VIDEO_MB: {
    type: 'int',
    min: 1,
    default: 500,
    readBy: ['cms'],
    group: 'Uploads',
    doc: 'the largest video upload, in MB (and the largest request)',
  },
  UPLOAD_MAX_DOCUMENT_MB: { type: 'int', min: 1, default: 50, readBy: ['cms'], group: 'Uploads', doc: 'the largest document or caption upload, in MB' },
  S3_BUCKET: { type: 'string', readBy: ['cms'], group: 'Uploads', doc: 'the bucket; setting it switches uploads to object storage' },
  S3_ENDPOINT: {
    type: 'url',
    readBy: ['cms'],
    group: 'Uploads',
    doc: 'the S3-compatible endpoint (omit for AWS), e.g. `https://oss-cn-hangzhou.aliyuncs.com`',
  },
  S3_REGION: { type: 'string', default: 'us-east-1', readBy: ['cms'], group: 'Uploads', doc: "the bucket's region" },
  S3_ACCESS_KEY_ID: { type: 'string', readBy: ['cms'], group: 'Uploads', doc: 'object storage credentials: the key id' },
  S3_SECRET_ACCESS_KEY: { type: 'string', secret: true, readBy: ['cms'], group: 'Uploads', doc: 'object storage credentials: the secret key' },
  S3_FORCE_PATH_STYLE: { type: 'bool', default: true, readBy: ['cms'], group: 'Uploads', doc: '`endpoint/bucket/key` addresses, with `S3_ENDPOINT`' },
  S3_ACL: {
    type: 'string',
    default: 'public-read',
    readBy: ['cms'],
    group: 'Uploads',
    doc: 'canned ACL for new objects; `none` for buckets with ACLs disabled',
  },
  S3_ROOT_PATH: { type: 'string', readBy: ['cms'], group: 'Uploads', doc: 'a folder inside the bucket' },
  MEDIA_PUBLIC_URL: {
    type: 'url',
    readBy: ['cms', 'site'],
    group: 'Uploads',
    doc: 'where uploads are, when the CMS keeps them in object storage (a CDN, or `endpoint/bucket`); give it to the site build too',
  },

  // Publishing and preview.
  SITE_URL: {
    type: 'url',
    default: (/** @type {AnyEnv} */ env) => `http://localhost:${env.SITE_PORT}`,
    defaultDoc: '`http://localhost:4321` (`SITE_PORT`)',
    readBy: ['cms', 'site', 'scripts'],
    group: 'Publishing',
    doc: "the site's public address, for canonical URLs, share cards, sitemap, RSS and links in content",
  },
  SITE_REBUILD_URL: {
    type: 'url',
    defaultDoc: 'set by `pnpm start`',
    readBy: ['cms'],
    group: 'Publishing',
    doc: 'where the CMS sends its webhook (the rebuild service)',
  },
  SITE_REBUILD_SECRET: {
    type: 'string',
    secret: true,
    defaultDoc: 'set by `pnpm start` (a new one each run)',
    readBy: ['cms', 'scripts'],
    group: 'Publishing',
    doc: "the webhook's shared secret",
  },
  SITE_STATUS_URL: {
    type: 'url',
    default: (/** @type {AnyEnv} */ env) => (env.SITE_REBUILD_URL ? new URL('/status', String(env.SITE_REBUILD_URL)).href : undefined),
    defaultDoc: '`/status` beside `SITE_REBUILD_URL`',
    readBy: ['cms'],
    group: 'Publishing',
    doc: "the rebuild service's status, shown in the admin",
  },
  PUBLISH_PORT: { ...port, default: 4322, readBy: ['scripts'], group: 'Publishing', doc: 'the port of the rebuild service (webhook, status)' },
  PUBLISH_HOST: { type: 'string', default: '127.0.0.1', readBy: ['scripts'], group: 'Publishing', doc: 'the address of the rebuild service' },
  PREVIEW_PORT: { ...port, default: 4323, readBy: ['scripts'], group: 'Publishing', doc: 'the port `pnpm start` runs the draft preview server on' },
  PREVIEW_HOST: { type: 'string', default: '0.0.0.0', readBy: ['scripts'], group: 'Publishing', doc: 'the address of the draft preview server' },
  PREVIEW_URL: {
    type: 'url',
    default: (/** @type {AnyEnv} */ env) => `http://localhost:${env.PREVIEW_PORT}`,
    defaultDoc: '`http://localhost:4323` (`PREVIEW_PORT`)',
    readBy: ['cms', 'scripts'],
    group: 'Publishing',
    doc: "the preview server's address as editors' browsers reach it (the CMS links there)",
  },
  PREVIEW_FRAME_ANCESTORS: {
    type: 'string',
    defaultDoc: 'the CMS origin',
    readBy: ['site', 'scripts'],
    group: 'Publishing',
    doc: 'origins allowed to show previews in a frame (the admin), separated by spaces',
  },

  // The site build.
  STRAPI_URL: { type: 'url', default: 'http://127.0.0.1:1337', readBy: ['site', 'scripts'], group: 'Site', doc: 'the CMS the site is built from' },
  STRAPI_TOKEN: {
    type: 'string',
    secret: true,
    readBy: ['site', 'scripts'],
    group: 'Site',
    doc: 'optional read-only API token for the build (a custom one needs `find` on the public types and on content-version)',
  },
  STRAPI_SNAPSHOT_DIR: {
    type: 'string',
    readBy: ['site', 'scripts'],
    group: 'Site',
    doc: "build from a JSON snapshot (one `<collection>.json` each) instead of the CMS (the benchmark's baseline)",
  },
  SITE_OUT_DIR: { type: 'string', default: './dist', readBy: ['site', 'scripts'], group: 'Site', doc: 'where the site is built, relative to `site/`' },
  SITE_CACHE_DIR: {
    type: 'string',
    defaultDoc: "Astro's",
    readBy: ['site', 'scripts'],
    group: 'Site',
    doc: "the build cache (the benchmark's cold and warm builds)",
  },
  SITE_OUT_DIR_PREFILLED: {
    type: 'bool',
    default: false,
    internal: true,
    readBy: ['site'],
    group: 'Site',
    doc: "keep what `SITE_OUT_DIR` holds: the rebuild service's builder has copied the unchanged pages from Astro's cache into it (it sets this)",
  },
  SITE_PREVIEW: {
    type: 'bool',
    default: false,
    readBy: ['site'],
    group: 'Site',
    doc: "build the editors' draft preview server instead of the public site (`pnpm start` does)",
  },
  LISTING_FIRST_CARDS: {
    type: 'int',
    min: 1,
    default: 48,
    readBy: ['site'],
    group: 'Site',
    doc: 'cards on each page of the role-model and lesson listings (`/role-models/page/2/`…), and added per "显示更多" to a filtered one',
  },
  SITE_PORT: { ...port, default: 4321, readBy: ['site', 'scripts'], group: 'Site', doc: 'the port `pnpm start` serves the built site on' },
  SITE_HOST: { type: 'string', default: '0.0.0.0', readBy: ['site', 'scripts'], group: 'Site', doc: 'the address `pnpm start` serves the built site on' },

  // Tools.
  BENCH_ROUNDS: { type: 'int', min: 1, default: 5, readBy: ['scripts'], group: 'Tools', doc: 'measured rounds per step of `pnpm bench`' },
  BENCH_SEED_DIR: {
    type: 'string',
    defaultDoc: 'a new one per run',
    readBy: ['scripts'],
    group: 'Tools',
    doc: 'where `pnpm bench` keeps the seeded database of each scale: set it to reuse one across runs while iterating (such a record has no seed time); delete it when the schema or the seed content changes',
  },
  CHROMIUM_PATH: {
    type: 'string',
    default: '/usr/bin/chromium',
    readBy: ['scripts'],
    group: 'Tools',
    doc: 'the Chromium the browser tests and the benchmark drive',
  },
  HLJ_TEST_SEED_DIR: {
    type: 'string',
    defaultDoc: 'a new one per run',
    readBy: ['cms', 'site'],
    group: 'Tools',
    doc: 'where the CMS and site tests keep the seeded template: set it to reuse one across runs of single test files (`pnpm test` sets one per run)',
  },
  TEST_LOG_LEVEL: { type: 'string', default: 'warn', readBy: ['cms'], group: 'Tools', doc: "Strapi's log level in the CMS tests" },
  PG_BIN: {
    type: 'string',
    defaultDoc: "Debian's newest, or `initdb` on `PATH`",
    readBy: ['cms'],
    group: 'Tools',
    doc: "PostgreSQL's bin folder, for the CMS tests on PostgreSQL",
  },
  INIT_CWD: {
    type: 'string',
    defaultDoc: 'set by pnpm',
    internal: true,
    readBy: ['cms'],
    group: 'Tools',
    doc: 'where a `pnpm` command was run: `pnpm backup`/`restore` take relative paths from there',
  },
  npm_execpath: {
    type: 'string',
    defaultDoc: 'set by pnpm',
    internal: true,
    readBy: ['scripts'],
    group: 'Tools',
    doc: 'the pnpm `pnpm test` runs its phases with',
  },
});
