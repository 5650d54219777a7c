import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: a real (Debian) Chromium with the built extension loaded.
 *
 * Run after a build: `npx wxt build && npx vitest run --config vitest.e2e.config.ts`.
 * Timeouts are generous because each file launches a browser on a small, noisy machine
 * (2 cores), and files run one after another so that only one Chromium runs at a time.
 */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 60_000,
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
