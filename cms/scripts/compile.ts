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

/**
 * Compiles the CMS's TypeScript into dist/, unless dist/ already holds these very sources (the
 * tests and `pnpm seed`/`backup`/`restore` each ask; compiling takes seconds to tens of seconds).
 * Strapi's compiler never deletes, so the compiled server code is removed first: a deleted source
 * file must not live on in dist/ (the admin panel build in dist/build is kept).
 */
export async function compileCms(): Promise<string> {
  const fingerprint = sourcesFingerprint();
  if (existsSync(path.join(distDir, 'src')) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === fingerprint) return distDir;
  rmSync(stampFile, { force: true });
  for (const folder of ['src', 'config']) rmSync(path.join(distDir, folder), { recursive: true, force: true });
  const compiled = await compileStrapi({ appDir: cmsRoot, ignoreDiagnostics: true });
  writeFileSync(stampFile, fingerprint);
  return compiled.distDir ?? distDir;
}

/**
 * Builds the admin panel as editors get it (`strapi build` into dist/build), unless dist/build
 * already holds these very sources. `strapi build` compiles the server code again too, rewriting
 * dist/ under any Strapi loading from it: the tests build it before any CMS runs.
 */
export async function buildAdminPanel(): Promise<void> {
  const fingerprint = sourcesFingerprint();
  if (existsSync(adminStampFile) && readFileSync(adminStampFile, 'utf8') === fingerprint) return;
  await compileCms();
  const build = spawnSync(path.join(cmsRoot, 'node_modules', '.bin', 'strapi'), ['build'], { cwd: cmsRoot, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`strapi build failed:\n${build.stdout}${build.stderr}`);
  writeFileSync(adminStampFile, fingerprint);
}

// `pnpm --filter cms compile [--admin]`: compiles (and with --admin builds the admin panel) ahead of
// processes that will load the CMS side by side (scripts/test.ts), so that none compiles under another.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const admin = process.argv.includes('--admin');
  (admin ? buildAdminPanel() : compileCms()).then(
    () => console.log(`compile: the CMS is compiled in dist/${admin ? ', its admin panel built in dist/build' : ''}`),
    (error: unknown) => {
      console.error(`compile: ${(error as Error).message}`);
      process.exit(1);
    },
  );
}
