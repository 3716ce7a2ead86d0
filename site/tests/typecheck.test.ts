import { expect, inject, it } from 'vitest';
import { bin, run, siteDir } from '../../scripts/lib/services';

// The collection types come from the content layer, so they are generated against a running CMS.
it('the site type-checks (strict) against its content collections', async () => {
  await run(bin(siteDir, 'astro'), ['sync'], { cwd: siteDir, env: { STRAPI_URL: inject('cmsUrl') }, quiet: true });
  await expect(run(bin(siteDir, 'tsc'), ['--noEmit', '-p', '.'], { cwd: siteDir, quiet: true })).resolves.toBeUndefined();
});
