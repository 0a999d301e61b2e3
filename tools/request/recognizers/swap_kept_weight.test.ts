import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

const book = ['btc 0.5 eth 0.3 sol 0.2 buy and hold 2022-2024'];

describe('"swap sol for ada, same weight": the newcomer keeps the weight', () => {
  it('the history reads its weights', () => {
    expect(specOf(book[0]!).portfolio?.weights).toEqual({ BTC: 0.5, ETH: 0.3, SOL: 0.2 });
  });
  it.each([
    ['swap sol for ada, same weight', { BTC: 0.5, ETH: 0.3, ADA: 0.2 }],
    ['swap sol for ada same allocation', { BTC: 0.5, ETH: 0.3, ADA: 0.2 }],
    ['replace eth with doge at the same weight', { BTC: 0.5, DOGE: 0.3, SOL: 0.2 }],
    ['ada instead of sol, keep the weight', { BTC: 0.5, ETH: 0.3, ADA: 0.2 }],
  ])('"%s"', (text, weights) => {
    expect(specOf(text, book).portfolio?.weights).toEqual(weights);
  });
});

describe('must not change', () => {
  const third = 1 / 3;
  it('"make it the same weight" is equal weights', () => {
    expect(specOf('make it the same weight', book).portfolio?.weights).toEqual({ BTC: third, ETH: third, SOL: third });
  });
  it('"same weights for all" after a swap is equal weights', () => {
    expect(specOf('swap sol for ada, same weights for all', book).portfolio?.weights).toEqual({ BTC: third, ETH: third, ADA: third });
  });
});
