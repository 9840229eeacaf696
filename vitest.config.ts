import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**'],
    // One fast-check seed for every property: reproducible runs (test/fastCheck.ts).
    setupFiles: ['test/fastCheck.ts'],
    testTimeout: 30_000,
  },
});
