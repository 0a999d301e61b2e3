import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

/** The RSI's selling level told as where the trade ends, with no side word, is its upper level (before: the number was ignored). */
describe('a selling level told in words is the upper level', () => {
  it.each([
    ["rsi on btc 2023, buy under 25, sell when it's back to 70", 70],
    ['rsi on btc 2023, buy under 25, sell once it gets back above 75', 75],
    ['rsi on btc 2023, buy under 25, exit at 80', 80],
    ['rsi on btc 2023, buy under 25, sell when it hits 75', 75],
    ['rsi on btc 2023, buy under 25, sell when the rsi gets back to 65', 65],
    ['rsi on btc 2023, buy under 25, exit once it reaches 72', 72],
  ])('"%s"', (text, upper) => {
    expect(specOf(text).strategies[0]).toEqual({ name: 'rsi_mean_reversion', params: { lower: 25, upper } });
  });

  it.each([
    // Must not change: a breakout's exit channel, counted in bars or not.
    ['donchian 20 on btc 2023, exit at 10', { period: 20, exit_period: 10 }],
    ['turtle on btc 2023, exit at 15 days', { period: 20, exit_period: 15 }],
  ])('"%s" keeps the exit channel', (text, params) => {
    expect(specOf(text).strategies[0]).toEqual({ name: 'donchian_breakout', params });
  });

  it('a level counted in bars is no level', () => {
    expect(specOf('rsi on btc 2023, exit at 15 days').strategies[0]).toEqual({ name: 'rsi_mean_reversion' });
  });
});
