import { afterAll, describe, expect, it } from 'vitest';
import { STATE_KEYS } from '../../agents/tools/session_state.js';
import type { BacktestResult } from '../../tools/backtest/backtest_result.js';
import { closeWorkerPool } from '../../tools/backtest/worker_pool.js';
import type { RequestSpec } from '../../tools/request/request_spec.js';
import { startConversation, toolTrajectory } from './conversation_helpers.js';

afterAll(closeWorkerPool);

describe('follow-ups change only what they say', () => {
  it('walks the conversation of the issue, one change at a time, re-running each turn', async () => {
    const conversation = await startConversation();
    const steps: Array<[string, (spec: RequestSpec) => void]> = [
      ['Backtest SMA 20/50 on BTC for 2022', (spec) => {
        expect(spec.symbols).toEqual(['BTC']);
        expect(spec.strategies[0]).toEqual({ name: 'sma_crossover', params: { short: 20, long: 50 } });
        expect(spec.date_range).toEqual({ start: '2022-01-01', end: '2022-12-31' });
      }],
      ['Now try it on ETH', (spec) => {
        expect(spec.symbols).toEqual(['ETH']);
        expect(spec.strategies[0]).toEqual({ name: 'sma_crossover', params: { short: 20, long: 50 } });
        expect(spec.date_range).toEqual({ start: '2022-01-01', end: '2022-12-31' });
      }],
      ['add SOL too', (spec) => expect(spec.symbols).toEqual(['ETH', 'SOL'])],
      ['extend it to 2023', (spec) => expect(spec.date_range).toEqual({ start: '2022-01-01', end: '2023-12-31' })],
      ['make the short window 10', (spec) => expect(spec.strategies[0]).toEqual({ name: 'sma_crossover', params: { short: 10, long: 50 } })],
      ['what about RSI instead', (spec) => {
        expect(spec.strategies.map((strategy) => strategy.name)).toEqual(['rsi_mean_reversion', 'buy_and_hold']);
        expect(spec.symbols).toEqual(['ETH', 'SOL']);
        expect(spec.date_range).toEqual({ start: '2022-01-01', end: '2023-12-31' });
      }],
      ['and target a Sharpe of 2', (spec) => {
        expect(spec.targets).toEqual({ sharpe_ratio: { operator: '>=', value: 2 } });
        expect(spec.optimization_required).toBe(true);
        expect(spec.strategies.map((strategy) => strategy.name)).toEqual(['rsi_mean_reversion', 'buy_and_hold']);
      }],
    ];
    for (const [message, check] of steps) {
      const turn = await conversation.send(message);
      const spec = turn.state[STATE_KEYS.spec] as RequestSpec;
      check(spec);
      // Each turn re-runs the whole pipeline on the updated spec: results match it.
      const results = turn.state[STATE_KEYS.backtestResults] as BacktestResult[];
      expect(new Set(results.map((result) => result.symbol))).toEqual(new Set(spec.symbols));
      expect(new Set(results.map((result) => result.strategy))).toEqual(new Set(spec.strategies.map((strategy) => strategy.name)));
      expect(turn.reply).toContain('## Ranking');
    }
  });
});

describe('validation fails fast: the right error, nothing run', () => {
  const cases: Array<[string, string]> = [
    ['Backtest an SMA crossover for 2022', 'no_symbol'],
    ['Backtest SMA on AVAX for 2022', 'unknown_symbol'],
    ['Run an Ichimoku strategy on BTC for 2022', 'unknown_strategy'],
    ['Backtest SMA 50/20 on BTC for 2022', 'bad_parameters'],
    ['Backtest SMA on BTC from 2023-06-01 to 2022-01-01', 'end_before_start'],
    ['Backtest SMA on BTC from 2025-01-01 to 2027-12-31', 'future_dates'],
    ['Backtest SMA on BTC from 2010 to 2012', 'out_of_data_range'],
    ['Backtest SMA 50/200 on BTC from 2022-01-01 to 2022-03-31', 'insufficient_history'],
  ];
  for (const [request, code] of cases) {
    it(`${code}: "${request}"`, async () => {
      const turn = await (await startConversation()).send(request);
      expect(turn.reply).toContain(code);
      const tools = toolTrajectory(turn.events);
      expect(tools).not.toContain('run_backtests');
      expect(tools).not.toContain('load_market_data');
      expect(turn.state[STATE_KEYS.backtestResults] ?? null).toBeNull();
    });
  }

  it('keeps the earlier request when a follow-up fails', async () => {
    const conversation = await startConversation();
    await conversation.send('Backtest SMA 20/50 on BTC for 2022');
    const failed = await conversation.send('now try it on AVAX');
    expect(failed.reply).toContain('unknown_symbol');
    const next = await conversation.send('extend it to 2023');
    expect((next.state[STATE_KEYS.spec] as RequestSpec).symbols).toEqual(['BTC']);
    expect(next.reply).toContain('## Ranking');
  });
});
