/** First-run setup: secrets into cms/.env. Safe to run again. */
import { ensureEnvFile } from './env';

const created = ensureEnvFile();
console.log(created.length ? `cms/.env: generated ${created.join(', ')}` : 'cms/.env: secrets present');
