import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { OPTIMIZATION_WORKER_DIST_FOLDER, closeOptimizationPool, getOptimizationPool } from './optimization_pool.js';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const WORKER_SOURCE_FOLDER = path.relative(REPO_ROOT, fileURLToPath(new URL('.', import.meta.url)));

describe('the optimisation worker pool', () => {
  afterAll(() => closeOptimizationPool());

  it('finds its worker-thread entry beside it when run from source (without it every batch silently runs in-process)', () => {
    expect(getOptimizationPool()?.options.filename).toBe(path.join(REPO_ROOT, WORKER_SOURCE_FOLDER, 'optimization_worker.ts'));
  });

  it('looks for the built entry in the dist folder that mirrors the source folder, where the bundled CLI finds it', () => {
    expect(OPTIMIZATION_WORKER_DIST_FOLDER).toBe(path.posix.join('dist', ...WORKER_SOURCE_FOLDER.split(path.sep)));
  });
});
