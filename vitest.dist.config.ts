import { defineConfig } from 'vitest/config';

/** Tests of the built site in `dist/` (run by `npm test` after `astro build`). */
export default defineConfig({
  test: {
    // Builds the tests start are looked at on this machine: without a configured site URL they
    // are built for the local preview address (a production build without one stops).
    env: { FACTLINE_SITE: process.env.FACTLINE_SITE || 'http://localhost:4321' },
    include: ['tests/dist/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
