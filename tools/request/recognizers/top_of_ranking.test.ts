import { describe, expect, it } from 'vitest';
import { parseMemoryQuestion, type MemoryQuestion } from './memory_question.js';

const TODAY = '2025-11-20';
const best = (args: Extract<MemoryQuestion, { tool: 'best_experiment' }>['args']): MemoryQuestion => ({ tool: 'best_experiment', args });
const WORST_DRAWDOWN = 'which of my runs had the worst drawdown';

describe('"top 3" after a ranking keeps the end it was asked from, and takes the filters with it', () => {
  it('the question before reads as the worst drawdown', () => {
    expect(parseMemoryQuestion(WORST_DRAWDOWN, TODAY)).toEqual(best({ metric: 'max_drawdown', order: 'worst' }));
  });

  const cases: Array<[string, string[], MemoryQuestion]> = [
    // Round 71's line.
    ['top 3 pls, sol only', [WORST_DRAWDOWN], best({ metric: 'max_drawdown', order: 'worst', count: 3, symbol: 'SOL' })],
    ['just the top 5', [WORST_DRAWDOWN], best({ metric: 'max_drawdown', order: 'worst', count: 5 })],
    ['ok top 3 for eth alone', [WORST_DRAWDOWN], best({ metric: 'max_drawdown', order: 'worst', count: 3, symbol: 'ETH' })],
    ['top 3 on btc', ['my worst run by sharpe'], best({ metric: 'sharpe_ratio', order: 'worst', count: 3, symbol: 'BTC' })],
    ['give me the top 4, doge only', ['my weakest sortino'], best({ metric: 'sortino_ratio', order: 'worst', count: 4, symbol: 'DOGE' })],
    ['top 5 pls', ['my best sharpe run'], best({ metric: 'sharpe_ratio', count: 5 })],
  ];
  it.each(cases)('%s (after %j)', (text, history, expected) => expect(parseMemoryQuestion(text, TODAY, history)).toEqual(expected));
});

describe('neighbours that turn to the best', () => {
  const cases: Array<[string, MemoryQuestion]> = [
    // "best" says the end itself.
    ['best 3', best({ metric: 'max_drawdown', count: 3 })],
    // A metric of its own asks anew.
    ['top 3 by sharpe', best({ metric: 'sharpe_ratio', count: 3 })],
    ['and the best?', best({ metric: 'max_drawdown' })],
  ];
  it.each(cases)('%s', (text, expected) => expect(parseMemoryQuestion(text, TODAY, [WORST_DRAWDOWN])).toEqual(expected));
});

describe('must not change', () => {
  it('"and the top 5?" after a best question keeps its filters and asks five', () => {
    expect(parseMemoryQuestion('and the top 5?', TODAY, ['my best run by sharpe on eth'])).toEqual(best({ metric: 'sharpe_ratio', symbol: 'ETH', count: 5 }));
  });

  it('"only sol" still narrows the runs', () => {
    expect(parseMemoryQuestion('only sol', TODAY, ['my best run by sharpe'])).toEqual(best({ metric: 'sharpe_ratio', symbol: 'SOL' }));
  });
});
