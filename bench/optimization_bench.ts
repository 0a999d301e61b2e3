import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../adk.config.js';
import { resolveEngineSettings } from '../tools/backtest/engine_settings.js';
import type { ParallelMode } from '../tools/backtest/worker_pool.js';
import { loadSeries } from '../tools/data/index.js';
import { closeOptimizationPool } from '../tools/optimization/scoring/optimization_pool.js';
import { gridSearchParameters } from '../tools/optimization/search/parameter_search.js';
import { splitInSample } from '../tools/optimization/holdout/sample_split.js';
import { medianMsAsync, medianTimingAsync, type BenchRow } from './measure.js';

const SECTION = 'optimisation';
export const OPTIMISE_REQUEST = 'Optimise SMA on BTC 2018-2024, target Sharpe > 1.5';
/** Bench runs are saved like any run; keep them out of the user's experiment history. */
const BENCH_ENV = { ...process.env, BTP_DB: path.join(mkdtempSync(path.join(os.tmpdir(), 'btp-bench-')), 'bench.db') };

const integers = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, index) => first + index);

/** Every whole-number window pair of the issue: short 5..100, long 20..300; the search skips short ≥ long. */
export const FULL_SMA_GRID = { short: integers(5, 100), long: integers(20, 300) };

/**
 * The full sma_crossover grid over the whole BTC daily file, as `gridSearchParameters` runs it
 * (proposing, checking short < long, backtesting, scoring): one core in-process, then every core
 * on worker threads reading the series from shared memory. One core: median of three passes after
 * one warm-up. Threads: the first pass, which includes starting them, is shown apart; then one
 * more warm-up pass (the workers' code and heaps are still settling) and the median of five.
 */
async function benchFullGrid(): Promise<BenchRow[]> {
  const btc = await loadSeries('BTC', { dataDir: loadConfig().dataDir });
  const settings = resolveEngineSettings();
  let candidates = 0;
  const pass = (parallel: ParallelMode) => async () => {
    candidates = (await gridSearchParameters('sma_crossover', FULL_SMA_GRID, { series: btc, settings, parallel })).trials.length;
  };
  const single = await medianTimingAsync(pass('in_process'), { warmup: 1, runs: 3 });
  await closeOptimizationPool();
  const coldStarted = performance.now();
  await pass('workers')();
  const coldMs = performance.now() - coldStarted;
  const allCoresMs = await medianMsAsync(pass('workers'), { warmup: 1, runs: 5 });
  // As `btp optimize` scores candidates: on the in-sample part only (the last 30 % is held out).
  const inSample = splitInSample(btc).in_sample;
  const inSampleMs = await medianMsAsync(async () => {
    await gridSearchParameters('sma_crossover', FULL_SMA_GRID, { series: btc, settings, range: inSample, parallel: 'workers' });
  }, { warmup: 0, runs: 3 });
  await closeOptimizationPool();
  const singleRate = candidates / (single.wallMs / 1000);
  const allCores = candidates / (allCoresMs / 1000);
  const grid = `full sma_crossover grid (short 5..100, long 20..300, short < long: ${candidates.toLocaleString('en-US')} candidates) on BTC daily (${btc.close.length} bars)`;
  return [
    { section: SECTION, name: `${grid}: one core, median pass`, value: single.wallMs, unit: 'ms' },
    { section: SECTION, name: 'grid search rate, one core', value: singleRate, unit: 'candidates/s' },
    {
      section: SECTION, name: 'grid search rate, one core, by CPU time (leaves out time other processes held the core)',
      value: candidates / (single.cpuMs / 1000), unit: 'candidates/CPU s',
    },
    { section: SECTION, name: `${grid}: ${availableParallelism()} worker threads, median pass`, value: allCoresMs, unit: 'ms' },
    { section: SECTION, name: `grid search rate, all ${availableParallelism()} cores`, value: allCores, unit: 'candidates/s', target: '> 50,000/s', met: allCores > 50_000 },
    { section: SECTION, name: 'speed-up of all cores over one', value: allCores / singleRate, unit: '×' },
    { section: SECTION, name: `${grid}: first pass on threads (includes starting them)`, value: coldMs, unit: 'ms' },
    {
      section: SECTION, name: `grid search rate, all cores, as btp optimize scores candidates (in sample: ${inSample.start} to ${inSample.end})`,
      value: candidates / (inSampleMs / 1000), unit: 'candidates/s',
    },
  ];
}

async function askOptimisation(): Promise<void> {
  // Loaded here, after the grid figures: like `btp optimize`, the grid search runs without ADK.
  const { Conversation } = await import('../agents/runtime/conversation.js');
  const conversation = await Conversation.start({ config: loadConfig({ ...BENCH_ENV, BTP_TODAY: '2026-11-24', BTP_MODEL: 'offline-rules' }) });
  const turn = await conversation.send(OPTIMISE_REQUEST);
  if (!turn.state.optimization) throw new Error(`bench request did not optimise: ${turn.reply}`);
}

/** `btp ask "Optimise SMA on BTC 2018-2024, target Sharpe > 1.5"`: in-process after start-up, and as a cold CLI process. */
async function benchOptimiseRequest(): Promise<BenchRow[]> {
  const inProcessMs = await medianMsAsync(askOptimisation, { warmup: 1, runs: 5 });
  const started = performance.now();
  execFileSync(process.execPath, ['dist/cli/btp.js', 'ask', OPTIMISE_REQUEST, '--json', '--today', '2026-11-24'], { stdio: 'ignore', env: { ...BENCH_ENV, BTP_MODEL: 'offline-rules' } });
  const coldMs = performance.now() - started;
  const name = `btp ask "${OPTIMISE_REQUEST}"`;
  return [
    { section: SECTION, name: `${name}: end to end after start-up`, value: inProcessMs, unit: 'ms', target: '< 2,000 ms', met: inProcessMs < 2_000 },
    { section: SECTION, name: `${name}: cold CLI process, wall time (includes loading ADK)`, value: coldMs, unit: 'ms', target: '< 2,000 ms', met: coldMs < 2_000 },
  ];
}

export async function benchOptimization(): Promise<BenchRow[]> {
  return [...await benchFullGrid(), ...await benchOptimiseRequest()];
}
