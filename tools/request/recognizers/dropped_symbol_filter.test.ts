import { describe, expect, it } from 'vitest';
import { parseMemoryQuestion, type MemoryQuestion } from './memory_question.js';

const TODAY = '2025-11-20';
const best = (args: Extract<MemoryQuestion, { tool: 'best_experiment' }>['args']): MemoryQuestion => ({ tool: 'best_experiment', args });

describe('a follow-up that drops the coin filter asks about runs on every coin', () => {
  const cases: Array<[string, string[], MemoryQuestion]> = [
    // Issue #12's line.
    ['drop the btc filter, look across all coins', ['best sharpe on btc'], best({ metric: 'sharpe_ratio' })],
    // Neighbours.
    ['any coin', ['best sharpe on btc'], best({ metric: 'sharpe_ratio' })],
    ['across all coins', ['best sharpe on btc'], best({ metric: 'sharpe_ratio' })],
    ['forget the eth filter', ['top 3 runs by sortino on eth'], best({ metric: 'sortino_ratio', count: 3 })],
    ['remove the sol filter', ['my best run on sol'], best({ metric: 'sharpe_ratio' })],
  ];
  it.each(cases)('%s (after %j)', (text, history, expected) => expect(parseMemoryQuestion(text, TODAY, history)).toEqual(expected));

  it('must not change: after a request it is no memory question', () => {
    expect(parseMemoryQuestion('drop the btc filter', TODAY, ['sma on btc 2022'])).toBeUndefined();
  });
});
