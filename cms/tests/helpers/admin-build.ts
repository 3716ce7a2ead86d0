import { bin, cmsDir, run } from '@pioneers/scripts/services';

/** Builds the admin panel as editors get it (dist/build), with this branch's admin code, once for every browser test file. */
export default async function setup(): Promise<void> {
  await run(bin(cmsDir, 'strapi'), ['build'], { cwd: cmsDir, quiet: true });
}
