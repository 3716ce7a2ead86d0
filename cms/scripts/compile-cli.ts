/** `pnpm --filter cms compile`: the CMS compiled into dist/ (nothing to do when it is current). */
import { compileCms } from './compile';

compileCms().then(
  (dir) => console.log(`compiled: ${dir}`),
  (error: unknown) => {
    console.error(`compile: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
