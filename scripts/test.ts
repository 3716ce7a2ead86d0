/**
 * `pnpm test`: every test phase in order, stopping at the first failure, then a table of how long
 * each took. `pnpm test unit|integration|e2e` (or `pnpm test:unit` …) runs one tier. The CMS is
 * seeded once for the whole run (HLJ_TEST_SEED_DIR, see lib/seed-template.ts) and copied by every
 * phase that needs seeded content.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { env } from '@pioneers/env';
import { cmsDir, contractDir, publisherDir, root, siteDir } from './lib/services';

type Tier = 'unit' | 'integration' | 'e2e';
interface Phase {
  name: string;
  /** The tiers (`pnpm test:<tier>`) this phase belongs to. */
  tiers: Tier[];
  /** Part of the full run, `pnpm test`. */
  full: boolean;
  steps: Array<[dir: string, args: string[]]>;
}

const vitest = (dir: string, ...args: string[]): [string, string[]] => [dir, ['exec', 'vitest', 'run', ...args]];
const PHASES: Phase[] = [
  // Lint and format first: the cheapest phase, and it fails on what review would.
  { name: 'lint', tiers: ['unit'], full: true, steps: [[root, ['run', 'lint']]] },
  {
    name: 'type-check',
    tiers: [],
    full: true,
    steps: [
      [root, ['exec', 'tsc', '-p', 'scripts']],
      [publisherDir, ['run', 'typecheck']],
      [cmsDir, ['run', 'typecheck']],
      [contractDir, ['run', 'typecheck']],
    ],
  },
  // The contract's tests first: a generated file out of date with the CMS schemas fails the run here.
  {
    name: 'unit',
    tiers: ['unit'],
    full: true,
    steps: [
      vitest(contractDir),
      vitest(path.join(root, 'packages', 'env')),
      vitest(cmsDir, '--project', 'unit'),
      vitest(siteDir, '--project', 'unit'),
      vitest(publisherDir),
    ],
  },
  { name: 'CMS on SQLite', tiers: ['integration'], full: true, steps: [vitest(cmsDir, '--project', 'integration')] },
  { name: 'CMS on PostgreSQL', tiers: ['integration'], full: true, steps: [[cmsDir, ['run', 'test:postgres', '--project', 'integration']]] },
  // One CMS and one site build serve both, so the full run takes them together.
  { name: 'site and browser', tiers: [], full: true, steps: [vitest(siteDir, '--project', 'site')] },
  { name: 'site', tiers: ['integration'], full: false, steps: [vitest(siteDir, '--project', 'site', '--exclude', 'tests/browser.test.ts')] },
  { name: 'browser', tiers: ['e2e'], full: false, steps: [vitest(siteDir, '--project', 'site', 'tests/browser.test.ts')] },
  { name: 'admin in the browser', tiers: ['e2e'], full: true, steps: [vitest(cmsDir, '--project', 'e2e')] },
];

/** pnpm as this run was started with (`pnpm test` sets npm_execpath: a script or a binary), else the pinned one. */
function pnpm(args: string[]): [string, string[]] {
  const execPath = env.npm_execpath;
  if (!execPath) return ['npx', ['-y', 'pnpm@12.4.2', ...args]];
  return /\.[cm]?js$/.test(execPath) ? [process.execPath, [execPath, ...args]] : [execPath, args];
}

function step(dir: string, args: string[], env: NodeJS.ProcessEnv): Promise<boolean> {
  const [command, commandArgs] = pnpm(args);
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { cwd: dir, env, stdio: 'inherit' });
    child.once('error', () => resolve(false));
    child.once('exit', (code) => resolve(code === 0));
  });
}

async function main(): Promise<number> {
  const tier = process.argv[2] as Tier | undefined;
  if (tier && !['unit', 'integration', 'e2e'].includes(tier)) {
    console.error(`test: unknown tier "${tier}"; use unit, integration or e2e (or nothing, for all)`);
    return 2;
  }
  const phases = PHASES.filter((phase) => (tier ? phase.tiers.includes(tier) : phase.full));
  const seedDir = mkdtempSync(path.join(tmpdir(), 'hlj-test-seed-'));
  // Ctrl-C reaches the running phase too; each cleans up after itself, this the shared seed.
  process.once('SIGINT', () => {
    rmSync(seedDir, { recursive: true, force: true });
    process.exit(130);
  });
  const env = { ...process.env, HLJ_TEST_SEED_DIR: seedDir };
  const times: Array<[string, number, boolean]> = [];
  const started = Date.now();
  try {
    for (const phase of phases) {
      console.log(`\n▶ ${phase.name}`);
      const phaseStarted = Date.now();
      let passed = true;
      for (const [dir, args] of phase.steps) {
        passed = await step(dir, args, env);
        if (!passed) break;
      }
      times.push([phase.name, (Date.now() - phaseStarted) / 1000, passed]);
      if (!passed) break;
    }
  } finally {
    rmSync(seedDir, { recursive: true, force: true });
  }
  const width = Math.max(...times.map(([name]) => name.length), 5);
  console.log(`\n${'phase'.padEnd(width)}  seconds`);
  for (const [name, seconds, passed] of times) console.log(`${name.padEnd(width)}  ${seconds.toFixed(0).padStart(7)}${passed ? '' : '  FAILED'}`);
  console.log(`${'total'.padEnd(width)}  ${((Date.now() - started) / 1000).toFixed(0).padStart(7)}`);
  const failed = times.find(([, , passed]) => !passed);
  if (failed) console.error(`\ntest: "${failed[0]}" failed (see above); later phases did not run`);
  return failed ? 1 : 0;
}

main().then((code) => process.exit(code));
