import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One CMS and one built site for all test files (see tests/global-setup.ts).
    globalSetup: ['tests/global-setup.ts'],
    fileParallelism: false,
    hookTimeout: 300_000,
    testTimeout: 120_000,
  },
});
