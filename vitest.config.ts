import { defineConfig } from 'vitest/config';

/** The pure domain: functions of their input, no servers, stores or environment of their own. */
const DOMAIN_TESTS = ['tools/**/*.test.ts'];

export default defineConfig({
  test: {
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
    projects: [
      // The domain's ~470 files share one module graph per worker: isolating each cost about two thirds
      // of their time in re-importing the grammar and engine (270 s against 80 s on 2 CPUs).
      { extends: true, test: { name: 'domain', include: DOMAIN_TESTS, isolate: false } },
      // Everything at the edge (agents, CLI, servers, stores, browser) keeps a fresh module graph per file,
      // and starts the built `btp` (test/btp_command.ts), rebuilt first if a source is newer.
      { extends: true, test: { name: 'edge', include: ['**/*.test.ts'], exclude: ['node_modules/**', 'dist/**', 'data/**', ...DOMAIN_TESTS], globalSetup: ['./test/built_cli_setup.ts'] } },
    ],
  },
});
