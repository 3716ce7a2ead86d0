import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Strapi's ESM builds import `lodash/fp` as a directory, which Node's ESM loader refuses;
    // its CommonJS builds load fine, so tests use those, as `strapi start` does.
    alias: {
      '@strapi/strapi': require.resolve('@strapi/strapi'),
      '@strapi/utils': require.resolve('@strapi/utils'),
    },
  },
  test: {
    // Timeouts are ceilings for a loaded 2-core machine, not expectations.
    hookTimeout: 600_000,
    testTimeout: 120_000,
    // Strapi logs a lot; show it only for tests that fail.
    silent: 'passed-only',
    projects: [
      // Pure rules, no Strapi: `vitest run --project unit` takes seconds.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/*.test.ts'],
          globalSetup: ['tests/helpers/compile.ts'],
          // Strapi is a process-wide singleton: one test file at a time, each in its own fork.
          pool: 'forks',
          fileParallelism: false,
        },
      },
      // The admin panel in Chromium: builds it once first (a minute or more).
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/*.test.ts'],
          globalSetup: ['tests/helpers/compile.ts', 'tests/helpers/admin-build.ts'],
          pool: 'forks',
          fileParallelism: false,
        },
      },
    ],
  },
});
