import { expect, inject, it } from 'vitest';
import { bin, run, siteDir } from '@pioneers/scripts/services';

// The collection types come from the content layer, so `astro check` syncs them from a running CMS
// before it checks the .astro files and the TypeScript (strict) alongside them.
it('the site type-checks (strict) against its content collections', async () => {
  await expect(run(bin(siteDir, 'astro'), ['check'], { cwd: siteDir, env: { STRAPI_URL: inject('cmsUrl') }, quiet: true })).resolves.toBeUndefined();
});
