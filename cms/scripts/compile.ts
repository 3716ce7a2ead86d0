import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compileStrapi } from '@strapi/strapi';
import { cmsRoot } from './env';

const distDir = path.join(cmsRoot, 'dist');
/** Records which sources dist/ was compiled from. */
const stampFile = path.join(distDir, '.sources-sha256');

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
