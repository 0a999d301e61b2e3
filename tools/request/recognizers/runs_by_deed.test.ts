import { describe, expect, it } from 'vitest';
import { parseMemoryQuestion, type MemoryQuestion } from './memory_question.js';

const TODAY = '2025-11-20';
const list = (args: Extract<MemoryQuestion, { tool: 'list_experiments' }>['args']): MemoryQuestion => ({ tool: 'list_experiments', args });

describe('"the last five things I ran": runs named by what was done to them are listed (before: no question)', () => {
  const cases: Array<[string, MemoryQuestion]> = [
    ['show me the last five things I ran', list({ limit: 5 })],
    ["list the stuff we've tested on eth this week", list({ limit: 10, symbol: 'ETH', days: 7 })],
    ['what are the last 3 strategies I tried?', list({ limit: 3 })],
    ['can you show the things that I backtested on sol', list({ limit: 10, symbol: 'SOL' })],
    ['give me the seven most recent things I ran', list({ limit: 7 })],
    ["show the last 4 ideas I've run", list({ limit: 4 })],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(parseMemoryQuestion(text, TODAY)).toEqual(expected);
  });

  // Must not change: runs still to make, or made anew.
  const requests = [
    'what things should I run on btc?',
    'show me things I run on btc',
    'rerun the things I tested on SOL',
    'test the stuff I tried last week on SOL with rsi',
    'the things I ran into on binance were awful, test rsi on eth',
  ];
  it.each(requests)('%s', (text) => {
    expect(parseMemoryQuestion(text, TODAY)).toBeUndefined();
  });
});
