import os from 'node:os';
import path from 'node:path';

// Runs the tests make are saved to a scratch experiment store, never to the user's ./data one; one
// store per vitest worker (VITEST_POOL_ID), so two test files running at once never count each other's runs.
process.env.BTP_DB ??= path.join(os.tmpdir(), 'backtestpilot-tests', `experiments-${process.env.VITEST_POOL_ID ?? '0'}.db`);
