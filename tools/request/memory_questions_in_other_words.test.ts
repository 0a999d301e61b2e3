import { describe, expect, it } from 'vitest';
import { parseMemoryQuestion } from './recognizers/memory_question.js';

const TODAY = '2025-11-20';
const ask = (text: string) => parseMemoryQuestion(text, TODAY, []);

/**
 * Questions about saved runs told in second-language words: "I made many test" for "I ran tests",
 * the singular "experiment" for all of them, "make again" for a re-run, "test" for a saved run ranked.
 */
describe('saved runs asked about in other words', () => {
  it.each([
    ['Before I made many test about bitcoin. Which one is best sharpe?', { tool: 'best_experiment', args: { metric: 'sharpe_ratio', symbol: 'BTC' } }],
    ['I made lots of backtests on ETH, which had the best sortino?', { tool: 'best_experiment', args: { metric: 'sortino_ratio', symbol: 'ETH' } }],
    ['tolong show me semua experiment saya, all of them', { tool: 'list_experiments', args: { limit: 50 } }],
    ['list every experiment on ETH', { tool: 'list_experiments', args: { limit: 50, symbol: 'ETH' } }],
    ['Can you make again the experiment 23 but desde 2021 até 2022?', { tool: 'rerun_experiment', args: { id: 23, start: '2021-01-01', end: '2022-12-31' } }],
    ['make experiment 23 again for 2022', { tool: 'rerun_experiment', args: { id: 23, start: '2022-01-01', end: '2022-12-31' } }],
    ['do again experiment 12', { tool: 'rerun_experiment', args: { id: 12 } }],
    ['Show 3 worst test by max drawdown for ETH na krub', { tool: 'best_experiment', args: { metric: 'max_drawdown', symbol: 'ETH', count: 3, order: 'worst' } }],
    ['best test by sharpe on BTC', { tool: 'best_experiment', args: { metric: 'sharpe_ratio', symbol: 'BTC' } }],
  ])('"%s"', (text, expected) => {
    expect(ask(text)).toEqual(expected);
  });
});

describe('must not change', () => {
  it.each([
    'I made 20% on BTC last year. Which strategy is best for sharpe on ETH in 2022?',
    'I made money with sma. test the best sharpe rsi on btc 2022',
    'I want to do an experiment: test all strategies on BTC 2022',
    'run the experiment on all coins',
    'test the best sharpe sma on ETH',
    'can you make an sma test on btc again',
  ])('a request stays a request: "%s"', (text) => {
    expect(ask(text)).toBeUndefined();
  });

  it('"show experiment 12" still shows one run', () => {
    expect(ask('show experiment 12')).toEqual({ tool: 'show_experiment', args: { id: 12 } });
  });
});
