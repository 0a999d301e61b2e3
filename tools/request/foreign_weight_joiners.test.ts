import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

describe('"and" of another language between two weighted holdings', () => {
  it.each([
    ['buy and hold, 70% BTC na 30% ETH, kuanzia 2019 until 2024', { BTC: 0.7, ETH: 0.3 }],
    ['buy and hold 60% SPY y 40% GLD 2020', { SPY: 0.6, GLD: 0.4 }],
    ['buy and hold 60% SPY e 40% GLD 2020', { SPY: 0.6, GLD: 0.4 }],
    ['buy and hold 60% SPY und 40% GLD 2020', { SPY: 0.6, GLD: 0.4 }],
    ['buy and hold 60% SPY dan 40% GLD 2020', { SPY: 0.6, GLD: 0.4 }],
  ])('"%s"', (text, weights) => {
    expect(specOf(text).portfolio?.weights).toEqual(weights);
  });
});

describe('must not change', () => {
  it('the word without a weighted holding after it joins nothing', () => {
    const spec = specOf('buy and hold 60% SPY na GLD 2020');
    expect(spec.portfolio?.weights).not.toEqual({ SPY: 0.6, GLD: 0.4 });
  });
});
