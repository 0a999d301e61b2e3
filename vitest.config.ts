import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**', 'data/**'],
    reporters: ['default', './test/summary_reporter.ts'],
    setupFiles: ['./test/fast_check_setup.ts', './test/scratch_store_setup.ts'],
    // Two files at a time: most of the slow files wait on child processes, servers, Redis or the browser.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Tests read the bundled sample (data/sample) alone, so series a developer fetched into data/ohlcv never change a number.
    // NO_COLOR: CI runners set CI, which turns picocolors on; assertions read plain text.
    env: {
      NO_COLOR: '1',
      BTP_DATA_DIR: process.env.BTP_DATA_DIR ?? 'data/sample',
      // No test may reach the network: requests answer from the data folders; fetch tests opt in with a replay server.
      BTP_FETCH_ON_DEMAND: process.env.BTP_FETCH_ON_DEMAND ?? '0',
      // A scratch experiment store per worker unless the caller names one (test/scratch_store_setup.ts).
      ...(process.env.BTP_DB === undefined ? {} : { BTP_DB: process.env.BTP_DB }),
    },
  },
});
