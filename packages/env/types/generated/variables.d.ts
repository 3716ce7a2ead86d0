export const variables: {
    readonly PORT: {
        readonly default: 1337;
        readonly readBy: readonly ["cms", "scripts"];
        readonly group: "CMS";
        readonly doc: "the port the CMS listens on";
        readonly type: "int";
        readonly min: 0;
        readonly max: 65535;
    };
    readonly HOST: {
        readonly type: "string";
        readonly default: "0.0.0.0";
        readonly readBy: readonly ["cms"];
        readonly group: "CMS";
        readonly doc: "the address the CMS listens on";
    };
    readonly PUBLIC_URL: {
        readonly type: "url";
        readonly readBy: readonly ["cms"];
        readonly group: "CMS";
        readonly doc: "the CMS's public URL behind a proxy";
    };
    readonly TRUST_PROXY: {
        readonly type: "bool";
        readonly defaultDoc: "`true` when `PUBLIC_URL` is `https://`";
        readonly readBy: readonly ["cms"];
        readonly group: "CMS";
        readonly doc: "trust the proxy's `X-Forwarded-*` headers (see [security.md](security.md))";
    };
    readonly NODE_ENV: {
        readonly type: "string";
        readonly defaultDoc: "`production` under `pnpm start`";
        readonly readBy: readonly ["scripts"];
        readonly group: "CMS";
        readonly doc: "the CMS's mode";
    };
    readonly SERVE_ADMIN_PANEL: {
        readonly type: "bool";
        readonly default: true;
        readonly readBy: readonly ["cms"];
        readonly group: "CMS";
        readonly doc: "`false` runs the CMS API without the admin panel (no admin build needed)";
    };
    readonly FLAG_DOC_LINKS: {
        readonly type: "bool";
        readonly default: false;
        readonly readBy: readonly ["cms"];
        readonly group: "CMS";
        readonly doc: "links to Strapi's online documentation in the admin";
    };
    readonly CORS_ORIGINS: {
        readonly type: "list";
        readonly default: (env: AnyEnv) => string[];
        readonly defaultDoc: "`SITE_URL`";
        readonly readBy: readonly ["cms"];
        readonly group: "CMS";
        readonly doc: "browser origins allowed to call the API";
    };
    readonly LOGIN_RATE_LIMIT_MAX: {
        readonly type: "int";
        readonly min: 1;
        readonly default: 10;
        readonly readBy: readonly ["cms"];
        readonly group: "CMS";
        readonly doc: "failed logins allowed per address in the window";
    };
    readonly LOGIN_RATE_LIMIT_WINDOW_MS: {
        readonly type: "int";
        readonly min: 1;
        readonly default: number;
        readonly readBy: readonly ["cms"];
        readonly group: "CMS";
        readonly doc: "the failed-login window, in milliseconds";
    };
    readonly SCHEDULE_RULE: {
        readonly type: "string";
        readonly default: "0 * * * * *";
        readonly readBy: readonly ["cms"];
        readonly group: "CMS";
        readonly doc: "when the scheduled-publishing task runs (cron, with seconds)";
    };
    readonly CONSENT_CHECK_RULE: {
        readonly type: "string";
        readonly default: "0 5 0 * * *";
        readonly readBy: readonly ["cms"];
        readonly group: "CMS";
        readonly doc: "when the check that takes lapsed consents offline runs (cron with seconds, Asia/Shanghai)";
    };
    readonly CRON_ENABLED: {
        readonly type: "bool";
        readonly default: true;
        readonly readBy: readonly ["cms"];
        readonly group: "CMS";
        readonly doc: "run the scheduled tasks at all";
    };
    readonly WEBHOOKS_POPULATE_RELATIONS: {
        readonly type: "bool";
        readonly default: false;
        readonly readBy: readonly ["cms"];
        readonly group: "CMS";
        readonly doc: "Strapi's webhook payloads with relations populated";
    };
    readonly ADMIN_EMAIL: {
        readonly type: "string";
        readonly default: "admin@example.com";
        readonly readBy: readonly ["cms", "scripts"];
        readonly group: "CMS";
        readonly doc: "the first administrator, created when there is none";
    };
    readonly ADMIN_PASSWORD: {
        readonly type: "string";
        readonly secret: true;
        readonly defaultDoc: "generated, printed once by the first seed";
        readonly readBy: readonly ["cms"];
        readonly group: "CMS";
        readonly doc: "the first administrator's password";
    };
    readonly ENV_PATH: {
        readonly type: "string";
        readonly defaultDoc: "`cms/.env`";
        readonly readBy: readonly ["cms"];
        readonly group: "CMS";
        readonly doc: "the file the CMS reads its settings from, and first-run setup writes generated secrets to";
    };
    readonly SEED_CONTENT_DIR: {
        readonly type: "string";
        readonly defaultDoc: "`content/`";
        readonly readBy: readonly ["cms"];
        readonly group: "CMS";
        readonly doc: "what `pnpm seed` imports";
    };
    readonly LOG_LEVEL: {
        readonly type: "enum";
        readonly values: readonly ["error", "warn", "info", "http", "verbose", "debug", "silly"];
        readonly defaultDoc: "`warn` for `pnpm import-awards`";
        readonly readBy: readonly ["cms", "scripts"];
        readonly group: "CMS";
        readonly doc: "`debug`: `pnpm start` shows everything the services print (Strapi's migrations and requests, every build's output), not only steps, progress, warnings and errors";
    };
    readonly DATABASE_CLIENT: {
        readonly type: "enum";
        readonly values: readonly ["sqlite", "postgres"];
        readonly default: "sqlite";
        readonly readBy: readonly ["cms"];
        readonly group: "Database";
        readonly doc: "the database the CMS uses";
    };
    readonly DATABASE_FILENAME: {
        readonly type: "string";
        readonly default: ".tmp/data.db";
        readonly readBy: readonly ["cms"];
        readonly group: "Database";
        readonly doc: "the SQLite file, relative to `cms/` or absolute";
    };
    readonly DATABASE_URL: {
        readonly type: "url";
        readonly secret: true;
        readonly readBy: readonly ["cms"];
        readonly group: "Database";
        readonly doc: "PostgreSQL connection string, e.g. `postgres://strapi:secret@db:5432/strapi`";
    };
    readonly DATABASE_HOST: {
        readonly type: "string";
        readonly default: "127.0.0.1";
        readonly readBy: readonly ["cms"];
        readonly group: "Database";
        readonly doc: "PostgreSQL host, when no `DATABASE_URL` is given";
    };
    readonly DATABASE_PORT: {
        readonly default: 5432;
        readonly readBy: readonly ["cms"];
        readonly group: "Database";
        readonly doc: "PostgreSQL port, when no `DATABASE_URL` is given";
        readonly type: "int";
        readonly min: 0;
        readonly max: 65535;
    };
    readonly DATABASE_NAME: {
        readonly type: "string";
        readonly default: "strapi";
        readonly readBy: readonly ["cms"];
        readonly group: "Database";
        readonly doc: "PostgreSQL database, when no `DATABASE_URL` is given";
    };
    readonly DATABASE_USERNAME: {
        readonly type: "string";
        readonly default: "strapi";
        readonly readBy: readonly ["cms"];
        readonly group: "Database";
        readonly doc: "PostgreSQL user, when no `DATABASE_URL` is given";
    };
    readonly DATABASE_PASSWORD: {
        readonly type: "string";
        readonly secret: true;
        readonly readBy: readonly ["cms"];
        readonly group: "Database";
        readonly doc: "PostgreSQL password, when no `DATABASE_URL` is given";
    };
    readonly DATABASE_SCHEMA: {
        readonly type: "string";
        readonly default: "public";
        readonly readBy: readonly ["cms"];
        readonly group: "Database";
        readonly doc: "PostgreSQL schema";
    };
    readonly DATABASE_SSL: {
        readonly type: "bool";
        readonly default: false;
        readonly readBy: readonly ["cms"];
        readonly group: "Database";
        readonly doc: "TLS to PostgreSQL";
    };
    readonly DATABASE_SSL_CA: {
        readonly type: "string";
        readonly readBy: readonly ["cms"];
        readonly group: "Database";
        readonly doc: "the certificate authority PostgreSQL's certificate is checked against";
    };
    readonly DATABASE_SSL_REJECT_UNAUTHORIZED: {
        readonly type: "bool";
        readonly default: true;
        readonly readBy: readonly ["cms"];
        readonly group: "Database";
        readonly doc: "refuse a PostgreSQL certificate that does not check out";
    };
    readonly DATABASE_POOL_MIN: {
        readonly type: "int";
        readonly min: 0;
        readonly default: 0;
        readonly readBy: readonly ["cms"];
        readonly group: "Database";
        readonly doc: "PostgreSQL connections kept open";
    };
    readonly DATABASE_POOL_MAX: {
        readonly type: "int";
        readonly min: 1;
        readonly default: 10;
        readonly readBy: readonly ["cms"];
        readonly group: "Database";
        readonly doc: "PostgreSQL connections at most";
    };
    readonly DATABASE_CONNECTION_TIMEOUT: {
        readonly type: "int";
        readonly min: 0;
        readonly default: 60000;
        readonly readBy: readonly ["cms"];
        readonly group: "Database";
        readonly doc: "how long to wait for a PostgreSQL connection, in milliseconds";
    };
    readonly APP_KEYS: {
        readonly type: "list";
        readonly doc: "the keys Strapi signs its session cookies with";
        readonly secret: true;
        readonly generated: true;
        readonly readBy: readonly ["cms"];
        readonly group: "Secrets";
    };
    readonly API_TOKEN_SALT: {
        readonly doc: "salts API tokens";
        readonly type: "string";
        readonly secret: true;
        readonly generated: true;
        readonly readBy: readonly ["cms"];
        readonly group: "Secrets";
    };
    readonly ADMIN_JWT_SECRET: {
        readonly doc: "signs the admin's sessions";
        readonly type: "string";
        readonly secret: true;
        readonly generated: true;
        readonly readBy: readonly ["cms"];
        readonly group: "Secrets";
    };
    readonly TRANSFER_TOKEN_SALT: {
        readonly doc: "salts data-transfer tokens";
        readonly type: "string";
        readonly secret: true;
        readonly generated: true;
        readonly readBy: readonly ["cms"];
        readonly group: "Secrets";
    };
    readonly JWT_SECRET: {
        readonly doc: "signs users-permissions sessions";
        readonly type: "string";
        readonly secret: true;
        readonly generated: true;
        readonly readBy: readonly ["cms"];
        readonly group: "Secrets";
    };
    readonly ENCRYPTION_KEY: {
        readonly doc: "encrypts what Strapi stores encrypted (API tokens shown again)";
        readonly type: "string";
        readonly secret: true;
        readonly generated: true;
        readonly readBy: readonly ["cms"];
        readonly group: "Secrets";
    };
    readonly PREVIEW_SECRET: {
        readonly doc: "signs preview links; without it the CMS offers no preview";
        readonly type: "string";
        readonly secret: true;
        readonly generated: true;
        readonly readBy: readonly ["cms"];
        readonly group: "Secrets";
    };
    readonly BACKUP_KEY: {
        readonly doc: "encrypts `pnpm backup` archives; keep a copy elsewhere";
        readonly type: "string";
        readonly secret: true;
        readonly generated: true;
        readonly readBy: readonly ["cms"];
        readonly group: "Secrets";
    };
    readonly STRAPI_PUBLIC_DIR: {
        readonly type: "string";
        readonly default: "./public";
        readonly readBy: readonly ["cms"];
        readonly group: "Uploads";
        readonly doc: "where uploads are stored (`<dir>/uploads`), relative to `cms/`";
    };
    readonly UPLOAD_MAX_IMAGE_MB: {
        readonly type: "int";
        readonly min: 1;
        readonly default: 20;
        readonly readBy: readonly ["cms"];
        readonly group: "Uploads";
        readonly doc: "the largest image upload, in MB";
    };
    readonly UPLOAD_MAX_MEGAPIXELS: {
        readonly type: "int";
        readonly min: 1;
        readonly default: 40;
        readonly readBy: readonly ["cms"];
        readonly group: "Uploads";
        readonly doc: "the largest image upload, in megapixels";
    };
    readonly UPLOAD_MAX_VIDEO_MB: {
        readonly type: "int";
        readonly min: 1;
        readonly default: 500;
        readonly readBy: readonly ["cms"];
        readonly group: "Uploads";
        readonly doc: "the largest video upload, in MB (and the largest request)";
    };
    readonly UPLOAD_MAX_DOCUMENT_MB: {
        readonly type: "int";
        readonly min: 1;
        readonly default: 50;
        readonly readBy: readonly ["cms"];
        readonly group: "Uploads";
        readonly doc: "the largest document or caption upload, in MB";
    };
    readonly S3_BUCKET: {
        readonly type: "string";
        readonly readBy: readonly ["cms"];
        readonly group: "Uploads";
        readonly doc: "the bucket; setting it switches uploads to object storage";
    };
    readonly S3_ENDPOINT: {
        readonly type: "url";
        readonly readBy: readonly ["cms"];
        readonly group: "Uploads";
        readonly doc: "the S3-compatible endpoint (omit for AWS), e.g. `https://oss-cn-hangzhou.aliyuncs.com`";
    };
    readonly S3_REGION: {
        readonly type: "string";
        readonly default: "us-east-1";
        readonly readBy: readonly ["cms"];
        readonly group: "Uploads";
        readonly doc: "the bucket's region";
    };
    readonly S3_ACCESS_KEY_ID: {
        readonly type: "string";
        readonly readBy: readonly ["cms"];
        readonly group: "Uploads";
        readonly doc: "object storage credentials: the key id";
    };
    readonly S3_SECRET_ACCESS_KEY: {
        readonly type: "string";
        readonly secret: true;
        readonly readBy: readonly ["cms"];
        readonly group: "Uploads";
        readonly doc: "object storage credentials: the secret key";
    };
    readonly S3_FORCE_PATH_STYLE: {
        readonly type: "bool";
        readonly default: true;
        readonly readBy: readonly ["cms"];
        readonly group: "Uploads";
        readonly doc: "`endpoint/bucket/key` addresses, with `S3_ENDPOINT`";
    };
    readonly S3_ACL: {
        readonly type: "string";
        readonly default: "public-read";
        readonly readBy: readonly ["cms"];
        readonly group: "Uploads";
        readonly doc: "canned ACL for new objects; `none` for buckets with ACLs disabled";
    };
    readonly S3_ROOT_PATH: {
        readonly type: "string";
        readonly readBy: readonly ["cms"];
        readonly group: "Uploads";
        readonly doc: "a folder inside the bucket";
    };
    readonly MEDIA_PUBLIC_URL: {
        readonly type: "url";
        readonly readBy: readonly ["cms", "site"];
        readonly group: "Uploads";
        readonly doc: "where uploads are, when the CMS keeps them in object storage (a CDN, or `endpoint/bucket`); give it to the site build too";
    };
    readonly SITE_URL: {
        readonly type: "url";
        readonly default: (env: AnyEnv) => string;
        readonly defaultDoc: "`http://localhost:4321` (`SITE_PORT`)";
        readonly readBy: readonly ["cms", "site", "scripts"];
        readonly group: "Publishing";
        readonly doc: "the site's public address, for canonical URLs, share cards, sitemap, RSS and links in content";
    };
    readonly SITE_REBUILD_URL: {
        readonly type: "url";
        readonly defaultDoc: "set by `pnpm start`";
        readonly readBy: readonly ["cms"];
        readonly group: "Publishing";
        readonly doc: "where the CMS sends its webhook (the rebuild service)";
    };
    readonly SITE_REBUILD_SECRET: {
        readonly type: "string";
        readonly secret: true;
        readonly defaultDoc: "set by `pnpm start` (a new one each run)";
        readonly readBy: readonly ["cms", "scripts"];
        readonly group: "Publishing";
        readonly doc: "the webhook's shared secret";
    };
    readonly SITE_STATUS_URL: {
        readonly type: "url";
        readonly default: (env: AnyEnv) => string | undefined;
        readonly defaultDoc: "`/status` beside `SITE_REBUILD_URL`";
        readonly readBy: readonly ["cms"];
        readonly group: "Publishing";
        readonly doc: "the rebuild service's status, shown in the admin";
    };
    readonly PUBLISH_PORT: {
        readonly default: 4322;
        readonly readBy: readonly ["scripts"];
        readonly group: "Publishing";
        readonly doc: "the port of the rebuild service (webhook, status)";
        readonly type: "int";
        readonly min: 0;
        readonly max: 65535;
    };
    readonly PUBLISH_HOST: {
        readonly type: "string";
        readonly default: "127.0.0.1";
        readonly readBy: readonly ["scripts"];
        readonly group: "Publishing";
        readonly doc: "the address of the rebuild service";
    };
    readonly PREVIEW_PORT: {
        readonly default: 4323;
        readonly readBy: readonly ["scripts"];
        readonly group: "Publishing";
        readonly doc: "the port `pnpm start` runs the draft preview server on";
        readonly type: "int";
        readonly min: 0;
        readonly max: 65535;
    };
    readonly PREVIEW_HOST: {
        readonly type: "string";
        readonly default: "0.0.0.0";
        readonly readBy: readonly ["scripts"];
        readonly group: "Publishing";
        readonly doc: "the address of the draft preview server";
    };
    readonly PREVIEW_URL: {
        readonly type: "url";
        readonly default: (env: AnyEnv) => string;
        readonly defaultDoc: "`http://localhost:4323` (`PREVIEW_PORT`)";
        readonly readBy: readonly ["cms", "scripts"];
        readonly group: "Publishing";
        readonly doc: "the preview server's address as editors' browsers reach it (the CMS links there)";
    };
    readonly PREVIEW_FRAME_ANCESTORS: {
        readonly type: "string";
        readonly defaultDoc: "the CMS origin";
        readonly readBy: readonly ["site", "scripts"];
        readonly group: "Publishing";
        readonly doc: "origins allowed to show previews in a frame (the admin), separated by spaces";
    };
    readonly STRAPI_URL: {
        readonly type: "url";
        readonly default: "http://127.0.0.1:1337";
        readonly readBy: readonly ["site", "scripts"];
        readonly group: "Site";
        readonly doc: "the CMS the site is built from";
    };
    readonly STRAPI_TOKEN: {
        readonly type: "string";
        readonly secret: true;
        readonly readBy: readonly ["site", "scripts"];
        readonly group: "Site";
        readonly doc: "optional read-only API token for the build (a custom one needs `find` on the public types and on content-version)";
    };
    readonly STRAPI_SNAPSHOT_DIR: {
        readonly type: "string";
        readonly readBy: readonly ["site", "scripts"];
        readonly group: "Site";
        readonly doc: "build from a JSON snapshot (one `<collection>.json` each) instead of the CMS (the benchmark's baseline)";
    };
    readonly SITE_OUT_DIR: {
        readonly type: "string";
        readonly default: "./dist";
        readonly readBy: readonly ["site", "scripts"];
        readonly group: "Site";
        readonly doc: "where the site is built, relative to `site/`";
    };
    readonly SITE_CACHE_DIR: {
        readonly type: "string";
        readonly defaultDoc: "Astro's";
        readonly readBy: readonly ["site", "scripts"];
        readonly group: "Site";
        readonly doc: "the build cache (the benchmark's cold and warm builds)";
    };
    readonly SITE_OUT_DIR_PREFILLED: {
        readonly type: "bool";
        readonly default: false;
        readonly internal: true;
        readonly readBy: readonly ["site"];
        readonly group: "Site";
        readonly doc: "keep what `SITE_OUT_DIR` holds: the rebuild service's builder has copied the unchanged pages from Astro's cache into it (it sets this)";
    };
    readonly SITE_PREVIEW: {
        readonly type: "bool";
        readonly default: false;
        readonly readBy: readonly ["site"];
        readonly group: "Site";
        readonly doc: "build the editors' draft preview server instead of the public site (`pnpm start` does)";
    };
    readonly LISTING_FIRST_CARDS: {
        readonly type: "int";
        readonly min: 1;
        readonly default: 48;
        readonly readBy: readonly ["site"];
        readonly group: "Site";
        readonly doc: "cards on each page of the role-model and lesson listings (`/role-models/page/2/`…), and added per \"显示更多\" to a filtered one";
    };
    readonly SITE_PORT: {
        readonly default: 4321;
        readonly readBy: readonly ["site", "scripts"];
        readonly group: "Site";
        readonly doc: "the port `pnpm start` serves the built site on";
        readonly type: "int";
        readonly min: 0;
        readonly max: 65535;
    };
    readonly SITE_HOST: {
        readonly type: "string";
        readonly default: "0.0.0.0";
        readonly readBy: readonly ["site", "scripts"];
        readonly group: "Site";
        readonly doc: "the address `pnpm start` serves the built site on";
    };
    readonly BENCH_ROUNDS: {
        readonly type: "int";
        readonly min: 1;
        readonly default: 5;
        readonly readBy: readonly ["scripts"];
        readonly group: "Tools";
        readonly doc: "measured rounds per step of `pnpm bench`";
    };
    readonly BENCH_SEED_DIR: {
        readonly type: "string";
        readonly defaultDoc: "a new one per run";
        readonly readBy: readonly ["scripts"];
        readonly group: "Tools";
        readonly doc: "where `pnpm bench` keeps the seeded database of each scale: set it to reuse one across runs while iterating (such a record has no seed time); delete it when the schema or the seed content changes";
    };
    readonly CHROMIUM_PATH: {
        readonly type: "string";
        readonly default: "/usr/bin/chromium";
        readonly readBy: readonly ["scripts"];
        readonly group: "Tools";
        readonly doc: "the Chromium the browser tests and the benchmark drive";
    };
    readonly HLJ_TEST_SEED_DIR: {
        readonly type: "string";
        readonly defaultDoc: "a new one per run";
        readonly readBy: readonly ["cms", "site"];
        readonly group: "Tools";
        readonly doc: "where the CMS and site tests keep the seeded template: set it to reuse one across runs of single test files (`pnpm test` sets one per run)";
    };
    readonly TEST_LOG_LEVEL: {
        readonly type: "string";
        readonly default: "warn";
        readonly readBy: readonly ["cms"];
        readonly group: "Tools";
        readonly doc: "Strapi's log level in the CMS tests";
    };
    readonly PG_BIN: {
        readonly type: "string";
        readonly defaultDoc: "Debian's newest, or `initdb` on `PATH`";
        readonly readBy: readonly ["cms"];
        readonly group: "Tools";
        readonly doc: "PostgreSQL's bin folder, for the CMS tests on PostgreSQL";
    };
    readonly INIT_CWD: {
        readonly type: "string";
        readonly defaultDoc: "set by pnpm";
        readonly internal: true;
        readonly readBy: readonly ["cms"];
        readonly group: "Tools";
        readonly doc: "where a `pnpm` command was run: `pnpm backup`/`restore` take relative paths from there";
    };
    readonly npm_execpath: {
        readonly type: "string";
        readonly defaultDoc: "set by pnpm";
        readonly internal: true;
        readonly readBy: readonly ["scripts"];
        readonly group: "Tools";
        readonly doc: "the pnpm `pnpm test` runs its phases with";
    };
};
import type { AnyEnv } from './read.js';
