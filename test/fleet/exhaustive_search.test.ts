/**
 * "Try every combination" through the real agents (issue 15 §4): a grid over the budget is queued
 * on the fleet (local Redis, a fresh key prefix, a real `btp worker`) instead of run; the worker
 * finishes it and saves each sweep as an experiment, which the agents then report. Without
 * BTP_REDIS_URL the request is refused before anything runs; a grid within the budget runs here.
 */
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conversation } from '../../agents/runtime/conversation.js';
import { openExperimentRepository } from '../../memory/open_repository.js';
import { closeSharedExperimentStores } from '../../memory/shared_store.js';
import { queueLocationOf } from '../../queue/queue_location.js';
import { SweepRegistry } from '../../queue/sweep_registry.js';
import { closeWorkerPool } from '../../tools/backtest/worker_pool.js';
import { closeOptimizationPool } from '../../tools/optimization/scoring/optimization_pool.js';
import type { OptimizationState } from '../../tools/optimization/optimization_state.js';
import type { QueuedSearch } from '../../tools/pipeline/queued_search.js';
import { prepareOptimization, runOptimization } from '../../tools/pipeline/run_optimization.js';
import { startConversation, testConfig, toolTrajectory } from '../agents/conversation_helpers.js';
import { runBtp } from '../faults/run_btp.js';
import { tempDatabasePath } from '../memory/temp_database.js';
import { startBtpWorker, stopBtpWorker, type RunningWorker } from './btp_worker.js';
import { cancelSweeps } from './cancel_sweeps.js';

const REDIS_URL = 'redis://127.0.0.1:6379';
const PREFIX = `btp-exhaustive-${process.pid}-${Date.now()}`;
const database = tempDatabasePath();
/** RSI (37,584 grid points) and MACD (34,506) on three symbols: 216,270 candidates, just over the 200,000 budget. */
const OVER_BUDGET = 'try every combination of RSI and MACD on BTC, ETH and SOL in 2022';
const WORKER_TIMEOUT_MS = 150_000;

let worker: RunningWorker | undefined;
const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });

/** Waits until every sweep has ended, or fails with the worker's log. */
async function waitForSweeps(ids: readonly number[]): Promise<void> {
  const registry = new SweepRegistry(redis, PREFIX);
  const deadline = Date.now() + WORKER_TIMEOUT_MS;
  for (;;) {
    const records = await Promise.all(ids.map((id) => registry.require(id)));
    if (records.every((record) => record.status !== 'running')) {
      expect(records.map((record) => [record.id, record.status, record.error])).toEqual(ids.map((id) => [id, 'done', undefined]));
      return;
    }
    if (Date.now() > deadline) throw new Error(`sweeps ${ids.join(', ')} did not end in time: ${worker?.log.join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function savedExperiments(): Promise<Array<{ id: number; user_query: string }>> {
  const repository = await openExperimentRepository({ kind: 'sqlite', path: database });
  try {
    return (await repository.search()).experiments.map(({ id, user_query }) => ({ id, user_query }));
  } finally {
    await repository.close();
  }
}

beforeAll(async () => {
  process.env.BTP_QUEUE_PREFIX = PREFIX;
  await redis.connect();
  worker = await startBtpWorker({
    queue: REDIS_URL, prefix: PREFIX, concurrency: 2, env: { ...process.env, BTP_DB: database, BTP_DATA_DIR: path.resolve(process.env.BTP_DATA_DIR!) },
  });
}, 60_000);

afterAll(async () => {
  await stopBtpWorker(worker);
  const keys = await redis.keys(`${PREFIX}:*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
  delete process.env.BTP_QUEUE_PREFIX;
  closeSharedExperimentStores();
  await Promise.all([closeWorkerPool(), closeOptimizationPool()]);
}, 30_000);

describe('an exhaustive search over the budget, with BTP_REDIS_URL set', () => {
  let conversation: Conversation;
  let queued: QueuedSearch;

  it('is queued on the fleet, one sweep per strategy × symbol, and the answer names the sweeps to ask about', async () => {
    conversation = await startConversation({ BTP_DB: database, BTP_REDIS_URL: REDIS_URL });
    const turn = await conversation.send(OVER_BUDGET);
    expect(turn.errors).toEqual([]);
    // Queued when validated: nothing is loaded, backtested, ranked or optimised here first.
    expect(toolTrajectory(turn.events)).toEqual(['parse_request', 'validate_request', 'render_report']);
    queued = turn.state.queued_search as QueuedSearch;
    expect(queued.candidates).toBe(216_270);
    expect(queued.budget).toBe(200_000);
    expect(queued.sweeps.map(({ symbol, strategy, candidates }) => `${strategy} ${symbol} ${candidates}`)).toEqual([
      'rsi_mean_reversion BTC 37584', 'macd BTC 34506', 'rsi_mean_reversion ETH 37584', 'macd ETH 34506', 'rsi_mean_reversion SOL 37584', 'macd SOL 34506',
    ]);
    const first = queued.sweeps[0]!.sweep;
    expect(queued.sweeps.map((one) => one.sweep)).toEqual([0, 1, 2, 3, 4, 5].map((offset) => first + offset));
    expect(turn.reply).toBe(
      `Trying every combination means 216,270 candidates, more than the 200,000 a request runs by itself, so it was queued on the worker fleet as sweeps ${first} to ${first + 5}, ` +
      `one per strategy and symbol: ${queued.sweeps.map((one) => `sweep ${one.sweep}: ${one.strategy} on ${one.symbol} (${one.candidates.toLocaleString('en-US')} candidates)`).join('; ')}. ` +
      `btp workers run them and save each result as an experiment; ask "how is sweep ${first} doing?", and once it is done "show the results of sweep ${first}".`);
    // No half experiment: the run itself is not saved, and no optimisation ran in it.
    expect(turn.state.experiment ?? null).toBeNull();
    expect(turn.state.optimization ?? null).toBeNull();
  }, 60_000);

  it('a worker finishes every sweep and saves each as an experiment of the request', async () => {
    await waitForSweeps(queued.sweeps.map((one) => one.sweep));
    const saved = await savedExperiments();
    expect(saved).toHaveLength(6);
    expect(new Set(saved.map((experiment) => experiment.user_query))).toEqual(new Set([OVER_BUDGET]));
  }, WORKER_TIMEOUT_MS + 10_000);

  it('"how is sweep N doing?" and "show the results of sweep N" answer from the fleet and the store', async () => {
    const first = queued.sweeps[0]!.sweep;
    const progress = await conversation.send(`how is sweep ${first} doing?`);
    expect(toolTrajectory(progress.events)).toEqual(['sweep_status']);
    expect(progress.reply).toMatch(new RegExp(`^Sweep ${first} is done: rsi_mean_reversion on BTC: best .* after \\d+ trials\\. It is saved as experiment #\\d+\\.`));
    const results = await conversation.send(`show the results of sweep ${first}`);
    expect(results.reply).toMatch(/\nBest in sample: rsi_mean_reversion\(.*\) on BTC \(2022-01-01 to 2022-\d\d-\d\d\): Sharpe ratio /);
  }, 60_000);
});

describe('btp ask --json, as a script runs it', () => {
  it('prints the queued search (its sweeps to poll) and no results', async () => {
    const { stdout, code } = await runBtp(['ask', '--json', OVER_BUDGET], { BTP_DB: database, BTP_REDIS_URL: REDIS_URL, BTP_QUEUE_PREFIX: PREFIX });
    expect(code).toBe(0);
    const output = JSON.parse(stdout) as { queued_search: QueuedSearch; results: unknown[]; optimization: unknown; experiment: unknown; report: string };
    expect(output.queued_search.candidates).toBe(216_270);
    expect(output.queued_search.sweeps).toHaveLength(6);
    expect(output.report).toContain(`queued on the worker fleet as sweeps ${output.queued_search.sweeps[0]!.sweep} to `);
    expect([output.results, output.optimization, output.experiment]).toEqual([[], null, null]);
    // Not this test's to run: the worker would otherwise spend the rest of the file on them.
    await cancelSweeps(queueLocationOf(REDIS_URL), output.queued_search.sweeps.map((one) => one.sweep), () => worker?.log.join('\n') ?? '');
  }, 90_000);
});

describe('without BTP_REDIS_URL', () => {
  it('the same request is refused before anything runs: search_over_budget, with the grid size, the budget and the ways forward', async () => {
    const plain = await startConversation({ BTP_DB: database });
    const before = (await savedExperiments()).length;
    const turn = await plain.send(OVER_BUDGET);
    expect(toolTrajectory(turn.events)).not.toContain('run_backtests');
    expect(turn.reply).toMatch(/^I can't run that request \(search_over_budget\): trying every combination means 216,270 candidates, more than the 200,000 a request runs by itself\. /);
    expect(turn.reply).toContain('set BTP_REDIS_URL and start btp worker processes');
    expect(turn.reply).toContain('drop "every combination"');
    expect((await savedExperiments()).length).toBe(before);
  }, 60_000);
});

describe('an exhaustive search within the budget', () => {
  it('runs here as the full grid, finding what btp optimize --method grid finds', async () => {
    const here = await startConversation({ BTP_DB: database, BTP_REDIS_URL: REDIS_URL });
    const turn = await here.send('try every combination of SMA on BTC in 2022');
    expect(turn.state.queued_search ?? null).toBeNull();
    const state = turn.state.optimization as Extract<OptimizationState, { combos: unknown }>;
    expect(new Set(state.methods)).toEqual(new Set(['grid']));
    const config = testConfig();
    const direct = await runOptimization(await prepareOptimization({
      symbol: 'BTC', strategy: 'sma_crossover', from: '2022-01-01', to: '2022-12-31', interval: '1d', method: 'grid', rankBy: 'sharpe_ratio',
    }, config));
    expect(state.best?.params).toEqual(direct.report.best.params);
    expect(state.trials).toBe(direct.report.trials);
    expect(turn.state.experiment).toMatchObject({ id: expect.any(Number) });
  }, 120_000);
});
