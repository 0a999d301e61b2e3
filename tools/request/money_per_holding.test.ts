import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

describe('"1000 in bitcoin and 1000 in solana": money per holding is the weights and, summed, the capital', () => {
  it.each([
    ['I put 1000 dollar in bitcoin and 1000 in solana and just forget it. from 2021 to 2024 how it go?', { BTC: 0.5, SOL: 0.5 }, 2000],
    ['$5k in btc and $5k in eth 2021 to 2024', { BTC: 0.5, ETH: 0.5 }, 10000],
    ['3000 into SPY and 1000 into GLD since 2015', { SPY: 0.75, GLD: 0.25 }, 4000],
    ['$2000 in btc, $1000 in eth and $1000 in sol since 2022', { BTC: 0.5, ETH: 0.25, SOL: 0.25 }, 4000],
    ['what if i had put 1500 in spy & 500 in qqq in 2020', { SPY: 0.75, QQQ: 0.25 }, 2000],
  ])('"%s"', (text, weights, capital) => {
    const spec = specOf(text);
    expect(spec.portfolio?.weights).toEqual(weights);
    expect(spec.initial_capital).toBe(capital);
  });

  it('must not change: one sum in one holding is only the capital', () => {
    const spec = specOf('$5k in btc 2021');
    expect(spec.portfolio ?? null).toBeNull();
    expect(spec.initial_capital).toBe(5000);
  });

  it('must not change: small amounts with no currency may be coins, so they are no sums', () => {
    const spec = specOf('10 in btc and 20 in eth 2022');
    expect(spec.portfolio ?? null).toBeNull();
    expect(spec.initial_capital).toBe(10000);
  });

  it('must not change: percentages stay the weights', () => {
    expect(specOf('60% btc 40% eth 2021').portfolio?.weights).toEqual({ BTC: 0.6, ETH: 0.4 });
  });
});
