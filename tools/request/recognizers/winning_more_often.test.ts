import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

describe('winning more often than not is a win rate over half (before: no target)', () => {
  it.each([
    ["Could you try the RSI strategy on XRP for last year? I'd hate to see it drop more than a quarter, and I'd like it to win more often than not.", '>'],
    ['RSI on XRP 2024, it should be right most of the time', '>'],
    ['RSI on XRP 2024, win most of the trades', '>'],
    ['RSI on XRP 2024, it must win the majority of the time', '>'],
    ['RSI on XRP 2024, a strategy that loses more often than not is useless', '<'],
    ["RSI on XRP 2024, I don't want it to lose more often than not", '>='],
    ['RSI on XRP 2024, it should never lose most of the time', '>='],
  ])('%s', (text, operator) => {
    expect(specOf(text).targets.win_rate).toEqual({ operator, value: 0.5 });
  });
});

describe('must not change', () => {
  it.each([
    'RSI on XRP 2024, more often than not I run sma',
    'RSI on XRP 2024, most of the time in 2024 was bullish',
  ])('%s sets no win rate', (text) => {
    expect(specOf(text).targets.win_rate).toBeUndefined();
  });

  it('a share of winning trades keeps its reading', () => {
    expect(specOf('RSI on XRP 2024, win at least 60% of trades').targets.win_rate).toEqual({ operator: '>=', value: 0.6 });
  });
});
