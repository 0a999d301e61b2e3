import { describe, expect, it } from 'vitest';
import { parseMemoryQuestion, type MemoryQuestion } from './memory_question.js';

const TODAY = '2025-11-20';
const best = (args: Extract<MemoryQuestion, { tool: 'best_experiment' }>['args']): MemoryQuestion => ({ tool: 'best_experiment', args });

describe('"flip it", "reverse it" after a ranking of saved runs: its other end', () => {
  const cases: Array<[string, string[], MemoryQuestion]> = [
    // Issue #12's line.
    ['flip it - lowest', ['which of my saved runs had the highest win rate?'], best({ metric: 'win_rate', order: 'worst' })],
    // Neighbours.
    ['reverse it', ['top 3 runs by sortino'], best({ metric: 'sortino_ratio', count: 3, order: 'worst' })],
    ['flip that', ['my worst run by calmar'], best({ metric: 'calmar_ratio' })],
    ['other way round', ['which of my runs had the highest total return?'], best({ metric: 'total_return', order: 'worst' })],
  ];
  it.each(cases)('%s (after %j)', (text, history, expected) => expect(parseMemoryQuestion(text, TODAY, history)).toEqual(expected));

  it('must not change: after a request "flip it" is no memory question', () => {
    expect(parseMemoryQuestion('flip it', TODAY, ['sma on btc 2022'])).toBeUndefined();
    expect(parseMemoryQuestion('now flip it, 50 for the short and 20 for the long', TODAY, ['ema cross on eth 2023', 'try 20/50'])).toBeUndefined();
  });
});
