import { defineConfig } from 'vitest/config';

/** The browser tests (headless Chromium): `npm run test:browser`, run by .ci/run after `npm test`. */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
