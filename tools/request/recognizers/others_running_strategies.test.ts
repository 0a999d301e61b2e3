import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';
import { parseMemoryQuestion } from './memory_question.js';

const TODAY = '2026-01-10';

describe('someone else who "runs" a strategy tells a story: the message is a request, not a question about saved runs', () => {
  const dave = 'My buddy Dave runs RSI on Dogecoin, 14 period with 30/70. I don\'t want his coin, I want Litecoin, and I\'d keep the 14 period but go with 25 and 75 for the levels. 2020 through 2022 please.';
  it.each([
    dave,
    'My buddy Dave runs RSI on Dogecoin, 14 period with 30/70.',
    'my sister runs MACD on Solana every week. Can you test it on ETH for 2023?',
    'my dad runs a grid bot on BTC. Try sma 20/50 on eth for 2022.',
  ])('"%s" is no memory question', (text) => {
    expect(parseMemoryQuestion(text, TODAY)).toBeUndefined();
  });

  it('the story\'s coin is background, the settings said again are the run\'s', () => {
    const spec = specOf(dave);
    expect(spec.symbols).toEqual(['LTC']);
    expect(spec.strategies[0]).toMatchObject({ name: 'rsi_mean_reversion', params: { period: 14, lower: 25, upper: 75 } });
    expect(spec.date_range).toEqual({ start: '2020-01-01', end: '2022-12-31' });
  });

  it('another\'s run of a strategy beside one asked for is the story\'s', () => {
    expect(specOf('My sister runs MACD on Solana every week. Can you test it on ETH for 2023?').symbols).toEqual(['ETH']);
  });
});

describe('must not change', () => {
  it.each([
    ['list my runs on apple', { tool: 'list_experiments', args: { limit: 10, symbol: 'AAPL' } }],
    ['show my rsi runs on btc', { tool: 'list_experiments', args: { limit: 10, strategy: 'rsi_mean_reversion', symbol: 'BTC' } }],
  ])('"%s" still lists saved runs', (text, expected) => {
    expect(parseMemoryQuestion(text, TODAY)).toStrictEqual(expected);
  });
  it('"I run MACD on Solana" is the writer\'s own run', () => {
    expect(specOf('I run MACD on Solana. Test it for 2023.').symbols).toEqual(['SOL']);
  });
});
