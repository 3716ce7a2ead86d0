import { rmSync } from 'node:fs';
import path from 'node:path';
import { compileStrapi } from '@strapi/strapi';
import { cmsRoot } from './env';

/**
 * Compiles the CMS's TypeScript into dist/. Strapi's compiler never deletes, so the compiled
 * server code is removed first: a deleted source file must not live on in dist/ (the admin
 * panel build in dist/build is kept).
 */
export async function compileCms(): Promise<string> {
  for (const folder of ['src', 'config']) rmSync(path.join(cmsRoot, 'dist', folder), { recursive: true, force: true });
  const { distDir } = await compileStrapi({ appDir: cmsRoot, ignoreDiagnostics: true });
  return distDir ?? path.join(cmsRoot, 'dist');
}
