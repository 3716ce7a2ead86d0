import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Ceilings for a loaded 2-core machine (builds take a minute there), not expectations.
    hookTimeout: 600_000,
    testTimeout: 300_000,
    expect: { poll: { timeout: 30_000 } },
    projects: [
      // No CMS, no build, no browser: `vitest run --project unit` takes seconds.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/*.test.ts'],
          // One CMS and one built site for all test files (see tests/global-setup.ts).
          globalSetup: ['tests/global-setup.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
});
