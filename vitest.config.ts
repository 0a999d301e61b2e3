import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**', 'data/**'],
    reporters: ['default', './test/summary_reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The shared market data sits beside the checkout; tests read it through BTP_DATA_DIR.
    env: { BTP_DATA_DIR: process.env.BTP_DATA_DIR ?? '../shared/data/ohlcv' },
  },
});
