/**
 * The tools' clock is injectable end to end: Conversation's `now` decides when the pipeline saves
 * a run and what "last week" counts back from, so evals can fix it. The clock here is years before
 * the real one, so anything still reading the real clock would lose the run from "last week".
 */
import { getFunctionCalls, type Event } from '@google/adk';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../adk.config.js';
import { Conversation } from '../../agents/runtime/conversation.js';
import { getExperiment } from '../../memory/get_experiment.js';
import { closeSharedExperimentStores, sharedExperimentStore } from '../../memory/shared_store.js';
import { closeWorkerPool } from '../../tools/backtest/worker_pool.js';
import { STATE_KEYS } from '../../agents/tools/session_state.js';
import { testConfig, toolTrajectory } from '../agents/conversation_helpers.js';
import { tempDatabasePath } from './temp_database.js';

afterAll(async () => {
  closeSharedExperimentStores();
  await closeWorkerPool();
});

const DAY_MS = 86_400_000;

describe('a conversation on an injected clock', () => {
  it('saves runs at the clock\'s time and counts "last week" back from it', async () => {
    const database = tempDatabasePath();
    let clock = Date.UTC(2023, 2, 1, 12); // 2023-03-01T12:00:00Z
    const conversation = await Conversation.start({ config: testConfig({ BTP_DB: database, BTP_TODAY: '2023-03-01' }), now: () => clock });

    const run = await conversation.send('Backtest SMA 20/50 on ETH for 2022');
    const { id } = run.state[STATE_KEYS.experiment] as { id: number };
    expect(getExperiment(sharedExperimentStore(database), id).timestamp).toBe('2023-03-01T12:00:00.000Z');

    clock += DAY_MS;
    const listed = await conversation.send('show my last 5 experiments');
    expect(listed.reply).toContain(`- #${id} 2023-03-01 "Backtest SMA 20/50 on ETH for 2022"`);
    const best = await conversation.send('what was my best ETH strategy last week?');
    expect(toolTrajectory(best.events)).toEqual(['best_experiment']);
    expect(best.reply).toContain(`It is experiment #${id} of 2023-03-01`);

    clock += 7 * DAY_MS; // the run is now 8 days old
    expect((await conversation.send('what was my best ETH strategy last week?')).reply)
      .toBe('No saved result on ETH from the last 7 days has a Sharpe ratio yet.');
  });
});

describe('the turn\'s date', () => {
  it('is session state set from the clock as each turn starts, and relative dates count from it', async () => {
    const config = loadConfig({
      BTP_DATA_DIR: process.env.BTP_DATA_DIR, BTP_CACHE_DIR: process.env.BTP_CACHE_DIR ?? 'data/processed',
      BTP_DB: tempDatabasePath(), BTP_MODEL: 'offline-rules', BTP_FETCH_ON_DEMAND: '0',
    });
    let clock = Date.UTC(2025, 5, 1, 12); // 2025-06-01, no BTP_TODAY: the clock decides
    const conversation = await Conversation.start({ config, now: () => clock });
    const rerunArgs = (events: readonly Event[]) => events.flatMap((event) => getFunctionCalls(event)).find((call) => call.name === 'rerun_experiment')?.args;

    const first = await conversation.send('replay experiment 1 on last year');
    expect(first.state[STATE_KEYS.today]).toBe('2025-06-01');
    expect(rerunArgs(first.events)).toEqual({ id: 1, start: '2024-01-01', end: '2024-12-31' });

    clock += 365 * DAY_MS; // the same session a year on
    const second = await conversation.send('replay experiment 1 on last year');
    expect(second.state[STATE_KEYS.today]).toBe('2026-06-01');
    expect(rerunArgs(second.events)).toEqual({ id: 1, start: '2025-01-01', end: '2025-12-31' });
  });
});
