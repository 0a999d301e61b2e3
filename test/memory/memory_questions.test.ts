import { getFunctionCalls, type Event } from '@google/adk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conversation } from '../../agents/runtime/conversation.js';
import { STATE_KEYS } from '../../agents/tools/session_state.js';
import { getExperiment } from '../../memory/get_experiment.js';
import { searchExperiments } from '../../memory/search_experiments.js';
import { closeSharedExperimentStores, sharedExperimentStore } from '../../memory/shared_store.js';
import type { BacktestResult } from '../../tools/backtest/backtest_result.js';
import { closeWorkerPool } from '../../tools/backtest/worker_pool.js';
import { formatMetric } from '../../tools/risk/format_metric.js';
import { startConversation, toolTrajectory } from '../agents/conversation_helpers.js';
import { tempDatabasePath } from './temp_database.js';

const database = tempDatabasePath();
let conversation: Conversation;
const ethResults: BacktestResult[] = [];

const callArgs = (events: readonly Event[], name: string) => events.flatMap((event) => getFunctionCalls(event)).find((call) => call.name === name)?.args;

beforeAll(async () => {
  conversation = await startConversation({ BTP_DB: database });
  for (const request of ['Backtest SMA 20/50 on ETH for 2022', 'Compare RSI vs MACD on ETH and BTC for 2023']) {
    const turn = await conversation.send(request);
    ethResults.push(...(turn.state[STATE_KEYS.backtestResults] as BacktestResult[]).filter((result) => result.symbol === 'ETH'));
  }
});

afterAll(async () => {
  closeSharedExperimentStores();
  await closeWorkerPool();
});

describe('the UserAgent answers questions about saved experiments with the memory tools', () => {
  it('"show my last 5 experiments" lists them newest first, without parsing a backtest request', async () => {
    const turn = await conversation.send('show my last 5 experiments');
    expect(toolTrajectory(turn.events)).toEqual(['list_experiments']);
    expect(callArgs(turn.events, 'list_experiments')).toEqual({ limit: 5 });
    expect(turn.reply).toMatch(/^Your 2 most recent experiment\(s\) \(2 in all\):\n- #2 .*"Compare RSI vs MACD on ETH and BTC for 2023".*\n- #1 .*"Backtest SMA 20\/50 on ETH for 2022"/);
  });

  it('"what was my best ETH strategy last week?" finds the best saved ETH Sharpe ratio of a strategy, not of the buy-and-hold baselines', async () => {
    const turn = await conversation.send('what was my best ETH strategy last week?');
    expect(toolTrajectory(turn.events)).toEqual(['best_experiment']);
    expect(callArgs(turn.events, 'best_experiment')).toEqual({ metric: 'sharpe_ratio', symbol: 'ETH', days: 7 });
    const best = ethResults.filter((result) => result.strategy !== 'buy_and_hold').reduce((top, result) => ((result.metrics.sharpe_ratio ?? -Infinity) > (top.metrics.sharpe_ratio ?? -Infinity) ? result : top));
    expect(turn.reply).toContain(`by Sharpe ratio: ${best.strategy}`);
    expect(turn.reply).toContain(`on ETH (${best.range.start} to ${best.range.end}), Sharpe ratio ${formatMetric('sharpe_ratio', best.metrics.sharpe_ratio)}; return `);
  });

  it('"… including buy and hold" lets the baselines win too', async () => {
    const turn = await conversation.send('what was my best ETH run last week, including buy and hold?');
    expect(callArgs(turn.events, 'best_experiment')).toEqual({ metric: 'sharpe_ratio', symbol: 'ETH', days: 7, baselines: true });
    const best = ethResults.reduce((top, result) => ((result.metrics.sharpe_ratio ?? -Infinity) > (top.metrics.sharpe_ratio ?? -Infinity) ? result : top));
    expect(turn.reply).toContain(`by Sharpe ratio: ${best.strategy}`);
  });

  it('"re-run experiment 1 on 2025 data" runs it on 2025 and saves that as a new experiment', async () => {
    const turn = await conversation.send('re-run experiment 1 on 2025 data');
    expect(toolTrajectory(turn.events)).toEqual(['rerun_experiment']);
    expect(callArgs(turn.events, 'rerun_experiment')).toEqual({ id: 1, start: '2025-01-01', end: '2025-12-31' });
    expect(turn.reply).toMatch(/^Re-ran experiment #1 on 2025-01-01 to 2025-12-31, saved as experiment #3:/);
    expect(getExperiment(sharedExperimentStore(database), 3)).toMatchObject({ rerun_of: 1, run_window: { start: '2025-01-01', end: '2025-12-31' }, symbols: ['ETH'] });
  });

  it('"re-run experiment 2" checks that the saved numbers come out again', async () => {
    const turn = await conversation.send('re-run experiment 2');
    expect(turn.reply).toContain('Re-ran experiment #2 on its saved window (2023-01-01 to 2023-12-31): every number and equity curve matches the saved run bit for bit.');
  });

  it('explains a missing experiment, and leaves deleting to the CLI', async () => {
    expect((await conversation.send('show experiment 99')).reply).toContain('experiment_not_found');
    const refusal = await conversation.send('delete experiment 1');
    expect(toolTrajectory(refusal.events)).toEqual([]);
    expect(refusal.reply).toContain('btp experiments delete 1');
    expect(getExperiment(sharedExperimentStore(database), 1).id).toBe(1);
  });

  it('still sends a backtest follow-up to parse_request and the pipeline after the memory questions', async () => {
    const turn = await conversation.send('now try it on SOL');
    expect(toolTrajectory(turn.events)).toEqual(expect.arrayContaining(['parse_request', 'validate_request', 'run_backtests', 'render_report']));
    expect(turn.reply).toContain('## Ranking');
    const latest = searchExperiments(sharedExperimentStore(database), { limit: 1 }).experiments[0]!;
    expect(latest).toMatchObject({ user_query: 'now try it on SOL', symbols: ['SOL'], strategies: ['rsi_mean_reversion', 'macd', 'buy_and_hold'] });
  });

  it('refuses a re-run that names another coin or strategy, which a re-run cannot change, and still re-runs one for new dates', async () => {
    await conversation.send('show experiment 1');
    for (const text of ['rerun it on SOL', 'same test but with macd']) {
      const refusal = await conversation.send(text);
      expect(toolTrajectory(refusal.events)).toEqual([]);
      expect(refusal.reply).toMatch(/^I can't run that yet \(bad_request\): experiment #1 can't be re-run with .*only its dates can change/);
    }
    const rerun = await conversation.send('rerun it for 2023');
    expect(callArgs(rerun.events, 'rerun_experiment')).toEqual({ id: 1, start: '2023-01-01', end: '2023-12-31' });
  });
});
