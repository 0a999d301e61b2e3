import { describe, expect, it } from 'vitest';
import { parseMemoryQuestion, type MemoryQuestion } from './memory_question.js';

const TODAY = '2025-11-20';
const best = (args: Extract<MemoryQuestion, { tool: 'best_experiment' }>['args']): MemoryQuestion => ({ tool: 'best_experiment', args });

describe('a ranking by a metric with no "my", naming a coin, a recent window or the runs: a question about saved runs', () => {
  const cases: Array<[string, MemoryQuestion]> = [
    // Issue #12's lines.
    ['top 3 runs by sortino on eth', best({ metric: 'sortino_ratio', symbol: 'ETH', count: 3 })],
    ['which 5 experiments had the worst max drawdown', best({ metric: 'max_drawdown', order: 'worst', count: 5 })],
    ['top 3 by calmar from the last 30 days?', best({ metric: 'calmar_ratio', days: 30, count: 3 })],
    ['best calmar over the last 30 days', best({ metric: 'calmar_ratio', days: 30 })],
    ['best sharpe on btc in the last 7 days', best({ metric: 'sharpe_ratio', symbol: 'BTC', days: 7 })],
    ['best sharpe on sol?', best({ metric: 'sharpe_ratio', symbol: 'SOL' })],
    ['best profit factor on ltc', best({ metric: 'profit_factor', symbol: 'LTC' })],
    ['which run has the best sharpe in the last 14 days?', best({ metric: 'sharpe_ratio', days: 14 })],
    // Neighbours.
    ['highest sortino on eth?', best({ metric: 'sortino_ratio', symbol: 'ETH' })],
    ['top 5 backtests by total return', best({ metric: 'total_return', count: 5 })],
    ['worst calmar on doge this month', best({ metric: 'calmar_ratio', symbol: 'DOGE', order: 'worst', days: 30 })],
    ['which 3 runs had the highest win rate?', best({ metric: 'win_rate', count: 3 })],
    ['what 4 backtests had the best sortino on btc', best({ metric: 'sortino_ratio', symbol: 'BTC', count: 4 })],
    ['lowest drawdown on eth over the past week', best({ metric: 'max_drawdown', days: 7, symbol: 'ETH' })],
    ['best 3 by sharpe from the past 2 weeks', best({ metric: 'sharpe_ratio', days: 14, count: 3 })],
  ];
  it.each(cases)('%s', (text, expected) => expect(parseMemoryQuestion(text, TODAY)).toEqual(expected));
});

describe('must not change: a ranking that names something to run, a dated window, a threshold or no runs stays a request', () => {
  it.each([
    'best sharpe on sol with sma 10/50 since 2021',
    'find the best sma windows on sol',
    'best sharpe on btc in 2022',
    'best sharpe settings for rsi on eth',
    'show me the top 3 by sortino',
    'best sharpe?',
    'which strategy has the best sharpe on eth?',
    'best sharpe on eth with 20 bps fees',
    'compare sma and ema on btc, best sortino wins',
    'top 3 strategies by calmar on eth since 2020',
  ])('%s', (text) => expect(parseMemoryQuestion(text, TODAY)).toBeUndefined());
});

describe('"run" right after a ranked metric names a run made: "best calmar run so far?"', () => {
  const cases: Array<[string, MemoryQuestion]> = [
    ['best calmar run so far?', best({ metric: 'calmar_ratio' })],
    ['top sharpe run on eth', best({ metric: 'sharpe_ratio', symbol: 'ETH' })],
    ['highest total return run this month', best({ metric: 'total_return', days: 30 })],
    ['worst drawdown run on btc?', best({ metric: 'max_drawdown', symbol: 'BTC', order: 'worst' })],
    // Must not change: "best run by sortino" as before.
    ['best run by sortino on sol', best({ metric: 'sortino_ratio', symbol: 'SOL' })],
  ];
  it.each(cases)('%s', (text, expected) => expect(parseMemoryQuestion(text, TODAY)).toEqual(expected));

  it.each([
    // Must not change: a run asked for, a strategy or a dated window keeps it a request.
    'run the best sharpe strategy on eth',
    'best sharpe run with sma on eth',
    'best sharpe run on eth in 2022',
  ])('%s stays a request', (text) => expect(parseMemoryQuestion(text, TODAY)).toBeUndefined());
});
