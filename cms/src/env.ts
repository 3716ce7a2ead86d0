/**
 * The environment as the CMS reads it (every variable is declared in packages/env). The first
 * import checks every variable the CMS reads, so a bad value stops `strapi start` with one line
 * naming it, not a stack trace from inside Strapi's config loading.
 */
import { env, requireValidEnv } from '@pioneers/env';

requireValidEnv('cms');

export { env };
