/**
 * Asking the agents about fleet sweeps (issue 15 §4): with BTP_REDIS_URL set, "how is sweep N
 * doing?" and "show the results of sweep N" are answered from Redis and the experiment store, through
 * the real UserAgent and the offline model; without it, the answer says what to set.
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conversation } from '../../agents/runtime/conversation.js';
import { closeSharedExperimentStores } from '../../memory/shared_store.js';
import { SweepFleet } from '../../queue/sweep_fleet.js';
import type { SweepRecord } from '../../queue/sweep_registry.js';
import { planBatchSweep, runBatchSweep, type BatchSweepRun } from '../../tools/backtest/batch_sweep.js';
import { closeWorkerPool } from '../../tools/backtest/worker_pool.js';
import { formatMetric } from '../../tools/risk/format_metric.js';
import { startConversation, toolTrajectory } from '../agents/conversation_helpers.js';
import { tempDatabasePath } from '../memory/temp_database.js';

const REDIS_URL = 'redis://127.0.0.1:6379';
const PREFIX = `btp-questions-${process.pid}-${Date.now()}`;
const database = tempDatabasePath();
let fleet: SweepFleet;
let conversation: Conversation;
const sweeps: Record<'running' | 'batch' | 'optimize' | 'failed', SweepRecord> = {} as never;
let batch: BatchSweepRun;

beforeAll(async () => {
  process.env.BTP_QUEUE_PREFIX = PREFIX;
  fleet = await SweepFleet.open({ url: REDIS_URL, prefix: PREFIX });
  conversation = await startConversation({ BTP_DB: database, BTP_REDIS_URL: REDIS_URL });
  // A saved run for the optimisation sweep to point at: experiment #1.
  await conversation.send('Backtest SMA 20/50 on ETH for 2022');
  sweeps.running = await fleet.registry.create('optimize', { symbol: 'BTC' });
  sweeps.optimize = await fleet.registry.create('optimize', { symbol: 'ETH' });
  await fleet.registry.update(sweeps.optimize.id, { status: 'done', summary: 'sma_crossover on ETH: best short=20, long=50 after 1 trials', experiment_id: 1 });
  sweeps.batch = await fleet.registry.create('backtests', { symbols: ['BTC', 'ETH'] });
  batch = await runBatchSweep(await planBatchSweep({ symbols: ['BTC', 'ETH'], strategies: 'all' }, { dataDir: process.env.BTP_DATA_DIR! }));
  await fleet.registry.saveResults(sweeps.batch.id, batch);
  await fleet.registry.update(sweeps.batch.id, { status: 'done', summary: '16 backtests' });
  sweeps.failed = await fleet.registry.create('backtests', { symbols: ['BTC'] });
  await fleet.registry.update(sweeps.failed.id, { status: 'failed', error: '1 job failed (bad data)' });
}, 120_000);

afterAll(async () => {
  await fleet?.close();
  const redis = new Redis(REDIS_URL);
  const keys = await redis.keys(`${PREFIX}:*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
  closeSharedExperimentStores();
  await closeWorkerPool();
});

describe('the UserAgent answers questions about fleet sweeps with sweep_status', () => {
  it('"how is sweep N doing?" on a sweep no worker has started', async () => {
    const turn = await conversation.send(`how is sweep ${sweeps.running.id} doing?`);
    expect(toolTrajectory(turn.events)).toEqual(['sweep_status']);
    expect(turn.reply).toBe(`Sweep ${sweeps.running.id} (optimize) is running: no job has started yet (is a btp worker running on its queue?). Ask "show the results of sweep ${sweeps.running.id}" once it is done.`);
  });

  it('"show the results of sweep N" on a finished batch: its best rows, as ranked', async () => {
    const turn = await conversation.send(`show the results of sweep ${sweeps.batch.id}`);
    expect(toolTrajectory(turn.events)).toEqual(['sweep_status']);
    const best = batch.results[0]!;
    expect(turn.reply.split('\n')[0]).toBe(`Sweep ${sweeps.batch.id} is done: ${batch.results.length} backtests ranked by Sharpe ratio. The best 5:`);
    expect(turn.reply.split('\n')[1]).toContain(`1. ${best.symbol} 1d ${best.strategy}`);
    expect(turn.reply.split('\n')[1]).toContain(`Sharpe ratio ${formatMetric('sharpe_ratio', best.metrics.sharpe_ratio)}`);
  });

  it('a finished optimisation points to the experiment it was saved as, with its best result', async () => {
    const turn = await conversation.send(`what did sweep ${sweeps.optimize.id} find?`);
    expect(turn.reply).toMatch(new RegExp(`^Sweep ${sweeps.optimize.id} is done: sma_crossover on ETH: best short=20, long=50 after 1 trials. It is saved as experiment #1.\\nBest in sample: sma_crossover\\(short=20,long=50\\) on ETH \\(2022-01-01 to 2022-12-31\\): Sharpe ratio `));
  });

  it('a failed sweep says why and how to continue it; an unknown one says it is not there', async () => {
    expect((await conversation.send(`is sweep ${sweeps.failed.id} done?`)).reply).toBe(
      `Sweep ${sweeps.failed.id} (backtests) failed: 1 job failed (bad data). Its finished jobs are kept: btp sweep --resume ${sweeps.failed.id} continues it.`);
    expect((await conversation.send('how is sweep 987654 doing?')).reply).toMatch(/^I couldn't look at that sweep \(sweep_not_found\): no sweep 987654 in this queue/);
  });

  it('without BTP_REDIS_URL there is no sweep tool, and the answer says what to set', async () => {
    const plain = await startConversation({ BTP_DB: database });
    const turn = await plain.send(`how is sweep ${sweeps.running.id} doing?`);
    expect(toolTrajectory(turn.events)).toEqual([]);
    expect(turn.reply).toMatch(/^I can only see sweeps when this app is connected to the worker fleet's Redis \(set BTP_REDIS_URL/);
  });
});
