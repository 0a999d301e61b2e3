import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';
import { parseMemoryQuestion, type MemoryQuestion } from './memory_question.js';

const TODAY = '2025-11-20';
const best = (args: Extract<MemoryQuestion, { tool: 'best_experiment' }>['args']): MemoryQuestion => ({ tool: 'best_experiment', args });

describe('a new metric for a ranking of saved runs keeps its coin, window, count and end', () => {
  const cases: Array<[string, string[], MemoryQuestion]> = [
    // Issue #12's lines.
    ['ok now rank by calmar instead', ['best experiment by cagr for solana'], best({ metric: 'calmar_ratio', symbol: 'SOL' })],
    ['by sharpe instead', ['worst 5 by total return over the last 30 days'], best({ metric: 'sharpe_ratio', count: 5, order: 'worst', days: 30 })],
    ['switch the metric to calmar', ['top 3 eth runs by sortino', 'now the worst'], best({ metric: 'calmar_ratio', symbol: 'ETH', count: 3, order: 'worst' })],
    ['nah rank those by win rate', ['top 4 experiments by profit factor'], best({ metric: 'win_rate', count: 4 })],
    // Neighbours.
    ['sort them by sortino', ['top 3 runs by calmar on eth'], best({ metric: 'sortino_ratio', symbol: 'ETH', count: 3 })],
    ['rank by calmar instead', ['best sharpe on sol?'], best({ metric: 'calmar_ratio', symbol: 'SOL' })],
    ['calmar instead', ['best sharpe on sol?'], best({ metric: 'calmar_ratio', symbol: 'SOL' })],
    ['change the metric to sortino', ['best sharpe on btc'], best({ metric: 'sortino_ratio', symbol: 'BTC' })],
    ['ok switch to calmar', ['best sharpe on btc'], best({ metric: 'calmar_ratio', symbol: 'BTC' })],
    ['change to profit factor', ['my best run by sharpe'], best({ metric: 'profit_factor' })],
  ];
  it.each(cases)('%s (after %j)', (text, history, expected) => expect(parseMemoryQuestion(text, TODAY, history)).toEqual(expected));
});

describe('must not change: after a backtest request the same words edit the request', () => {
  it.each([
    ['rank by calmar instead', ['sma and ema on sol 2022']],
    ['by sharpe instead', ['compare sma and ema on btc 2022, rank by sortino']],
    ['switch the metric to calmar', ['compare sma and ema on eth 2023']],
  ])('%s (after %j)', (text, history) => expect(parseMemoryQuestion(text, TODAY, history)).toBeUndefined());

  it('"rank by calmar instead" after a backtest sets rank_by', () => {
    expect(specOf('rank by calmar instead', ['sma and ema on sol 2022']).rank_by).toBe('calmar_ratio');
  });
});
