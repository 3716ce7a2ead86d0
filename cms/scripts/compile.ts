import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compileStrapi } from '@strapi/strapi';
import { cmsRoot } from './env';

const distDir = path.join(cmsRoot, 'dist');
/** Records which sources dist/ was compiled from. */
const stampFile = path.join(distDir, '.sources-sha256');
/** Records which sources the admin panel in dist/build was built from. */
const adminStampFile = path.join(distDir, 'build', '.sources-sha256');

/** A fingerprint of everything the compiled server code comes from. */
function sourcesFingerprint(): string {
  const hash = createHash('sha256');
  const files = ['src', 'config'].flatMap((folder) =>
    readdirSync(path.join(cmsRoot, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(cmsRoot, path.join(entry.parentPath, entry.name))),
  );
  for (const file of [...files, 'tsconfig.json', 'package.json'].sort())
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(path.join(cmsRoot, file)));
  return hash.digest('hex');
}

const holds = (stamp: string, fingerprint: string) => existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint;
const isCompiled = (fingerprint: string) => existsSync(path.join(distDir, 'src')) && holds(stampFile, fingerprint);

/** Strapi's compiler never deletes: a deleted source file must not live on in dist/ (the admin panel build in dist/build is kept). */
function removeCompiled(): void {
  rmSync(stampFile, { force: true });
  for (const folder of ['src', 'config']) rmSync(path.join(distDir, folder), { recursive: true, force: true });
}

/**
 * Compiles the CMS's TypeScript into dist/, unless dist/ already holds these very sources (the
 * tests and `pnpm seed`/`backup`/`restore` each ask; compiling takes seconds to tens of seconds).
 */
export async function compileCms(): Promise<string> {
  const fingerprint = sourcesFingerprint();
  if (isCompiled(fingerprint)) return distDir;
  removeCompiled();
  const compiled = await compileStrapi({ appDir: cmsRoot, ignoreDiagnostics: true });
  writeFileSync(stampFile, fingerprint);
  return compiled.distDir ?? distDir;
}

/** What the admin panel is built from: the CMS's sources and the installed packages it bundles. */
const adminFingerprint = (sources: string) =>
  createHash('sha256')
    .update(sources)
    .update(readFileSync(path.join(cmsRoot, '..', 'pnpm-lock.yaml')))
    .digest('hex');

/**
 * Builds the admin panel as editors get it (`strapi build` into dist/build, compiling the server
 * code too), unless dist/build was built from these very sources; true if it built (`onBuild` is
 * called first). `strapi build` rewrites dist/ under any Strapi loading from it: `pnpm start` and
 * the tests build before any runs.
 */
export function buildAdminPanel(onBuild?: () => void): boolean {
  const sources = sourcesFingerprint();
  const admin = adminFingerprint(sources);
  if (holds(adminStampFile, admin) && isCompiled(sources)) return false;
  onBuild?.();
  if (!isCompiled(sources)) removeCompiled();
  // Its output is shown only if it fails; Vite's warnings can run long, past spawnSync's 1 MB default.
  const build = spawnSync(path.join(cmsRoot, 'node_modules', '.bin', 'strapi'), ['build'], { cwd: cmsRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (build.status !== 0) throw new Error(`strapi build failed${build.error ? ` (${build.error.message})` : ''}:\n${build.stdout}${build.stderr}`);
  writeFileSync(stampFile, sources);
  writeFileSync(adminStampFile, admin);
  return true;
}

// `pnpm --filter cms compile [--admin]`: compiles (and with --admin builds the admin panel) ahead of
// processes that load the CMS side by side (`pnpm start`, scripts/test.ts), so that none compiles under another.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const admin = process.argv.includes('--admin');
  const building = () => console.log('compile: building the admin panel (the first run, or its sources changed: about a minute)…');
  (admin ? Promise.resolve().then(() => buildAdminPanel(building)) : compileCms().then(() => true)).then(
    (built) => console.log(`compile: ${admin ? `the admin panel ${built ? 'built' : 'is current'} in dist/build` : 'the CMS is compiled in dist/'}`),
    (error: unknown) => {
      console.error(`compile: ${(error as Error).message}`);
      process.exit(1);
    },
  );
}
