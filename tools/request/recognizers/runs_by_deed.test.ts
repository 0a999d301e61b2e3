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

describe('"the tests I\'ve already done on apple": the runs\' own nouns named by what was done to them are listed (before: a request)', () => {
  it.each<[string, MemoryQuestion]>([
    // round61:39.
    ["Just list the tests I've already done on apple", list({ limit: 10, symbol: 'AAPL' })],
    ["list the tests I've done", list({ limit: 10 })],
    ['show the backtests I already ran on ETH', list({ limit: 10, symbol: 'ETH' })],
    ['can you pull up the runs we did on gold?', list({ limit: 10, symbol: 'GLD' })],
    ['what are the experiments I have run on SOL', list({ limit: 10, symbol: 'SOL' })],
    ["show me the backtests that I've done so far", list({ limit: 10 })],
    ['give me the tests we already ran for btc', list({ limit: 10, symbol: 'BTC' })],
  ])('%s', (text, expected) => expect(parseMemoryQuestion(text, TODAY)).toEqual(expected));

  it.each([
    // Must not change: made anew, or told beside a run asked for.
    'rerun the tests I did on apple',
    'run the backtests I did on ETH again but on SOL',
    'I did some tests on apple, they looked bad. Test RSI on MSFT 2020-2023',
    'The tests I did last year were bad. Backtest SMA on BTC for 2023',
  ])('%s', (text) => expect(parseMemoryQuestion(text, TODAY)).toBeUndefined());
});
