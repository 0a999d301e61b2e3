import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BACKTEST_WORKER_DIST_FOLDER, closeWorkerPool, getPool } from './worker_pool.js';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WORKER_SOURCE_FOLDER = path.relative(REPO_ROOT, fileURLToPath(new URL('.', import.meta.url)));

describe('the backtest worker pool', () => {
  afterAll(() => closeWorkerPool());

  it('finds its worker-thread entry beside it when run from source (without it every batch silently runs in-process)', () => {
    expect(getPool()?.options.filename).toBe(path.join(REPO_ROOT, WORKER_SOURCE_FOLDER, 'backtest_worker.ts'));
  });

  it('looks for the built entry in the dist folder that mirrors the source folder, where the bundled CLI finds it', () => {
    expect(BACKTEST_WORKER_DIST_FOLDER).toBe(path.posix.join('dist', ...WORKER_SOURCE_FOLDER.split(path.sep)));
  });
});
