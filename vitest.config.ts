import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Build-output tests run `astro build`, which takes a while on 2 cores.
    testTimeout: 180_000,
    hookTimeout: 300_000,
  },
});
