import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

describe('"equal weightage": Indian English\'s noun for a weighting gives equal weights', () => {
  it.each([
    ['Kindly run the sma 10/30 for BTC and ETH with equal weightage, from 01-04-2022 to 31-03-2024', { BTC: 0.5, ETH: 0.5 }],
    ['sma cross on BTC ETH SOL, equal weightage, 2023', { BTC: 1 / 3, ETH: 1 / 3, SOL: 1 / 3 }],
    ['momentum on BTC and ETH with 60/40 weightage since 2021', { BTC: 0.6, ETH: 0.4 }],
  ])('"%s"', (text, weights) => {
    const spec = specOf(text);
    for (const [symbol, weight] of Object.entries(weights)) expect(spec.portfolio?.weights[symbol]).toBeCloseTo(weight);
  });

  it('must not change: no weightage named keeps each symbol separate', () => {
    expect(specOf('sma 10/30 for BTC and ETH from 2022 to 2024').portfolio).toBeNull();
  });
});
