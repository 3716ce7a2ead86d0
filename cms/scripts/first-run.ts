/** First-run setup: secrets into cms/.env and the uploads folder. Safe to run again. */
import { ensureEnvFile, ensureUploadsDir } from './env';

const created = ensureEnvFile();
ensureUploadsDir();
console.log(created.length ? `cms/.env: generated ${created.join(', ')}` : 'cms/.env: secrets present');
