import path from 'node:path';
import { expect, inject, it } from 'vitest';
import { run, siteDir } from '../../scripts/lib/services';

const bin = (name: string) => path.join(siteDir, 'node_modules', '.bin', name);

// The collection types come from the content layer, so they are generated against a running CMS.
it('the site type-checks (strict) against its content collections', async () => {
  await run(bin('astro'), ['sync'], { cwd: siteDir, env: { STRAPI_URL: inject('cmsUrl') }, quiet: true });
  await expect(run(bin('tsc'), ['--noEmit', '-p', '.'], { cwd: siteDir, quiet: true })).resolves.toBeUndefined();
});
