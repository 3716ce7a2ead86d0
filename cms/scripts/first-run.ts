/** First-run setup: secrets into cms/.env and the uploads folder. Safe to run again. */
import { firstRun } from './env';

const created = firstRun();
console.log(created.length ? `cms/.env: generated ${created.join(', ')}` : 'cms/.env: secrets present');
