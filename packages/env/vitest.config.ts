import { defineConfig } from 'vitest/config';

export default defineConfig({
  // A ceiling for a loaded 2-core machine: the staleness test runs tsc.
  test: { include: ['tests/**/*.test.ts'], testTimeout: 60_000 },
});
