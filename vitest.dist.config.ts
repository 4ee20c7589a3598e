import { defineConfig } from 'vitest/config';

/** Tests of the built site in `dist/` (run by `npm test` after `astro build`). */
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
