import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

describe('"eq wt" is a desk\'s shorthand for equal weights', () => {
  it.each([
    ['btc/eth/sol/bnb eq wt, b&h vs mom 60, 2022-24, out html+png', { BTC: 0.25, ETH: 0.25, SOL: 0.25, BNB: 0.25 }],
    ['eq wt btc eth sol b&h 2022', { BTC: 1 / 3, ETH: 1 / 3, SOL: 1 / 3 }],
    ['btc eth sol eq-wt b&h 2022', { BTC: 1 / 3, ETH: 1 / 3, SOL: 1 / 3 }],
    ['eq weighted spy and gld, sma 2020', { SPY: 0.5, GLD: 0.5 }],
  ])('"%s"', (text, weights) => {
    expect(specOf(text).portfolio?.weights).toEqual(weights);
  });
});

describe('must not change: "eq" without a weight word is no portfolio', () => {
  it.each(['btc and eth sma 2022, show eq curve', 'btc and eth sma 2022'])('"%s"', (text) => {
    expect(specOf(text).portfolio).toBeNull();
  });
});
