import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Real releases on disk and a real Pagefind, but no CMS and no Astro: seconds.
  test: { include: ['tests/**/*.test.ts'], testTimeout: 60_000, expect: { poll: { timeout: 30_000 } } },
});
