/** `pnpm rollback`: serve the previous site release again (the running site server follows at once). */
import path from 'node:path';
import { Releases } from '@pioneers/publisher';
import { siteDir } from './lib/services';

try {
  const release = new Releases(siteDir).rollback();
  console.log(`rollback: ${path.basename(release)} is live again`);
} catch (error) {
  console.error(`rollback: ${(error as Error).message}`);
  process.exit(1);
}
