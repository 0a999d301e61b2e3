import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';
import { weightsAcrossSwap } from './swapped_holdings.js';

const portfolio = ['momentum on btc and eth 60/40 from 2019 to 2024'];

/** One holding traded for another keeps the portfolio, the newcomer at the leaver's weight (before: the portfolio was dropped). */
describe('a holding swapped for another keeps the weights', () => {
  it.each([
    ['swap eth for sol', ['BTC', 'SOL'], { BTC: 0.6, SOL: 0.4 }],
    ['replace btc with ltc', ['LTC', 'ETH'], { LTC: 0.6, ETH: 0.4 }],
    ['swap out eth for ada', ['BTC', 'ADA'], { BTC: 0.6, ADA: 0.4 }],
    ['switch eth to ltc', ['BTC', 'LTC'], { BTC: 0.6, LTC: 0.4 }],
  ])('"%s"', (text, symbols, weights) => {
    const spec = specOf(text, portfolio);
    expect(spec.symbols).toEqual(symbols);
    expect(spec.portfolio).toEqual({ weights });
    expect(spec.date_range).toEqual({ start: '2019-01-01', end: '2024-12-31' });
    expect(spec.notes?.join(' ')).toMatch(/takes the \d+% that/);
  });

  it.each([
    // Must not change: a holding dropped or added alone changes the count, so no weight can be carried.
    ['drop eth', ['BTC']],
    ['add sol', ['BTC', 'ETH', 'SOL']],
  ])('"%s" still drops the portfolio', (text, symbols) => {
    const spec = specOf(text, portfolio);
    expect(spec.symbols).toEqual(symbols);
    expect(spec.portfolio).toBeNull();
  });

  it('new weights written with the swap are the ones used', () => {
    expect(specOf('swap eth for sol, 50/50', portfolio).portfolio).toEqual({ weights: { BTC: 0.5, SOL: 0.5 } });
  });
});

describe('weightsAcrossSwap', () => {
  it('carries one leaver\'s weight to one newcomer, in its place', () => {
    expect(weightsAcrossSwap({ BTC: 0.5, ETH: 0.3, SOL: 0.2 }, ['BTC', 'SOL', 'ADA'])?.weights).toEqual({ BTC: 0.5, ADA: 0.3, SOL: 0.2 });
  });

  it.each([
    [['BTC', 'SOL', 'ADA']],
    [['SOL', 'ADA']],
    [['BTC']],
  ])('carries nothing when more than one changes or the count changes: %j', (symbols) => {
    expect(weightsAcrossSwap({ BTC: 0.6, ETH: 0.4 }, symbols)).toBeUndefined();
  });
});
