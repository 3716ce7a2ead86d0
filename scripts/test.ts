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
import { createInterface } from 'node:readline';
import { env } from '@pioneers/env';
import { cmsDir, contractDir, publisherDir, root, siteDir } from './lib/services';

type Tier = 'unit' | 'integration' | 'e2e';
/** A pnpm command run in `dir`. */
interface Command {
  dir: string;
  args: string[];
}
/** Commands run one after the other beside other lanes, their output prefixed with `label`. */
interface Lane {
  label: string;
  commands: Command[];
}
interface Phase {
  name: string;
  /** The tiers (`pnpm test:<tier>`) this phase belongs to. */
  tiers: Tier[];
  /** Part of the full run, `pnpm test`. */
  full: boolean;
  /** Run one after the other; a list of lanes runs them side by side, each on its own CPU core. */
  steps: Array<Command | Lane[]>;
}

const vitest = (dir: string, ...args: string[]): Command => ({ dir, args: ['exec', 'vitest', 'run', ...args] });
const lint: Command = { dir: root, args: ['run', 'lint'] };
const typeCheck: Command[] = [
  { dir: root, args: ['exec', 'tsc', '-p', 'scripts'] },
  { dir: publisherDir, args: ['run', 'typecheck'] },
  { dir: cmsDir, args: ['run', 'typecheck'] },
  { dir: contractDir, args: ['run', 'typecheck'] },
];
// The contract's tests first: a generated file out of date with the CMS schemas fails the run here.
const unit: Command[] = [
  vitest(contractDir),
  vitest(path.join(root, 'packages', 'env')),
  vitest(cmsDir, '--project', 'unit'),
  vitest(siteDir, '--project', 'unit'),
  vitest(publisherDir),
];
/** Compiles the CMS once, before the processes that load it side by side (none may compile under another). */
const compileCms: Command = { dir: cmsDir, args: ['run', 'compile'] };
/** `strapi build` (compiling the CMS as well) for the admin tests, while nothing loads the CMS. */
const buildAdmin: Command = { dir: cmsDir, args: ['run', 'compile', '--admin'] };
// Both databases at once: each pass boots its own Strapis on its own databases.
const cmsPasses: Lane[] = [
  { label: 'SQLite', commands: [vitest(cmsDir, '--project', 'integration')] },
  { label: 'PostgreSQL', commands: [{ dir: cmsDir, args: ['run', 'test:postgres', '--project', 'integration'] }] },
];
// One CMS and one site build serve the site and the browser tests.
const siteAndBrowser = vitest(siteDir, '--project', 'site');
const adminInBrowser = vitest(cmsDir, '--project', 'e2e');

const PHASES: Phase[] = [
  // Lint and format first: the cheapest phase, and it fails on what review would.
  { name: 'lint', tiers: ['unit'], full: true, steps: [lint] },
  {
    name: 'type-check and unit, admin panel build',
    tiers: [],
    full: true,
    steps: [
      [
        { label: 'checks', commands: [...typeCheck, ...unit] },
        { label: 'admin build', commands: [buildAdmin] },
      ],
    ],
  },
  { name: 'unit', tiers: ['unit'], full: false, steps: unit },
  { name: 'CMS on SQLite and PostgreSQL', tiers: ['integration'], full: true, steps: [compileCms, cmsPasses] },
  {
    name: 'site and browser, admin in the browser',
    tiers: [],
    full: true,
    steps: [
      [
        { label: 'site', commands: [siteAndBrowser] },
        { label: 'admin', commands: [adminInBrowser] },
      ],
    ],
  },
  { name: 'site', tiers: ['integration'], full: false, steps: [vitest(siteDir, '--project', 'site', '--exclude', 'tests/browser.test.ts')] },
  { name: 'browser', tiers: ['e2e'], full: false, steps: [vitest(siteDir, '--project', 'site', 'tests/browser.test.ts')] },
  { name: 'admin in the browser', tiers: ['e2e'], full: false, steps: [adminInBrowser] },
];

/** pnpm as this run was started with (`pnpm test` sets npm_execpath: a script or a binary), else the pinned one. */
function pnpm(args: string[]): [string, string[]] {
  const execPath = env.npm_execpath;
  if (!execPath) return ['npx', ['-y', 'pnpm@12.4.2', ...args]];
  return /\.[cm]?js$/.test(execPath) ? [process.execPath, [execPath, ...args]] : [execPath, args];
}

function run({ dir, args }: Command, env: NodeJS.ProcessEnv, label?: string): Promise<boolean> {
  const [command, commandArgs] = pnpm(args);
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { cwd: dir, env, stdio: label ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    if (label) {
      for (const [from, to] of [
        [child.stdout, process.stdout],
        [child.stderr, process.stderr],
      ] as const)
        createInterface({ input: from! }).on('line', (line) => to.write(`[${label}] ${line}\n`));
    }
    child.once('error', () => resolve(false));
    child.once('close', (code) => resolve(code === 0));
  });
}

async function runLane({ label, commands }: Lane, env: NodeJS.ProcessEnv): Promise<boolean> {
  for (const command of commands) {
    if (await run(command, env, label)) continue;
    // Its lines are mixed with the other lanes': say which one to read.
    console.error(`[${label}] failed: the lines marked [${label}] above say why`);
    return false;
  }
  return true;
}

/** One step: a command, or lanes side by side (each runs to its end; the step passes if all do). */
async function runStep(step: Command | Lane[], env: NodeJS.ProcessEnv): Promise<boolean> {
  if (!Array.isArray(step)) return run(step, env);
  const passed = await Promise.all(step.map((lane) => runLane(lane, env)));
  return passed.every(Boolean);
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
      for (const step of phase.steps) {
        passed = await runStep(step, env);
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
