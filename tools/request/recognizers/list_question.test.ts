import { describe, expect, it } from 'vitest';
import { parseMemoryQuestion } from './memory_question.js';

const TODAY = '2025-11-20';

describe('a count written as "N of the runs" is how many to list', () => {
  it.each([
    ['show 20 of the runs i did in october 2025', { limit: 20, start: '2025-10-01', end: '2025-10-31' }],
    // October without a year: the last one begun by today.
    ['list 25 of the runs I did in october', { limit: 25, start: '2025-10-01', end: '2025-10-31' }],
    ['list 30 of the backtests I did in october', { limit: 30, start: '2025-10-01', end: '2025-10-31' }],
    ['show me 15 of my runs', { limit: 15 }],
    ['give me 5 of my most recent backtests', { limit: 5 }],
    ['show 8 of my ETH runs', { limit: 8, symbol: 'ETH' }],
    ['list 3 of my runs from the last 30 days', { limit: 3, days: 30 }],
  ])('"%s"', (text, args) => {
    expect(parseMemoryQuestion(text, TODAY)).toStrictEqual({ tool: 'list_experiments', args });
  });

  it.each([
    ['show the runs i did in october 2025', { limit: 10, start: '2025-10-01', end: '2025-10-31' }],
    ['list my last 20 runs', { limit: 20 }],
    ['show me my experiments from the last 30 days', { limit: 10, days: 30 }],
  ])('"%s" reads as before', (text, args) => {
    expect(parseMemoryQuestion(text, TODAY)).toStrictEqual({ tool: 'list_experiments', args });
  });
});

describe('the runs\' noun before "did I" or "have I" asks for a listing: "what runs did I do since october"', () => {
  it.each([
    ['what runs did I do since october', { limit: 10, start: '2025-10-01', end: '2025-11-20' }],
    ['what runs have I done since october', { limit: 10, start: '2025-10-01', end: '2025-11-20' }],
    ['what runs did I make this month', { limit: 10, days: 30 }],
    ['which backtests have I run this month', { limit: 10, days: 30 }],
    ['what tests did we do last week', { limit: 10, days: 7 }],
    ['what backtests did i run in september', { limit: 10, start: '2025-09-01', end: '2025-09-30' }],
    // Must not change: without the noun.
    ['what have I run since october', { limit: 10, start: '2025-10-01', end: '2025-11-20' }],
    ['what did I run in september', { limit: 10, start: '2025-09-01', end: '2025-09-30' }],
  ])('"%s"', (text, args) => {
    expect(parseMemoryQuestion(text, TODAY)).toStrictEqual({ tool: 'list_experiments', args });
  });

  it('must not change: "what did I do wrong" names no runs', () => {
    expect(parseMemoryQuestion('what did I do wrong', TODAY)).toBeUndefined();
  });
});
