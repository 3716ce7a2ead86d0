import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { compileCms } from '../../scripts/compile';

/**
 * Compiles the CMS once for the whole run; each test file loads the compiled app. Also names the
 * folder for this run's seed template (see helpers/strapi.ts): the one scripts/test.ts shares
 * between phases for SQLite, else a new one removed at the end.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  await compileCms();
  const shared = process.env.TEST_POSTGRES_URL ? undefined : process.env.HLJ_TEST_SEED_DIR;
  const seedDir = shared ?? mkdtempSync(path.join(tmpdir(), 'hlj-seed-'));
  project.provide('seedDir', seedDir);
  return () => {
    if (!shared) rmSync(seedDir, { recursive: true, force: true });
  };
}
