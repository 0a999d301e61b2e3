import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

const portfolio = ['momentum on btc and eth 60/40 from 2019 to 2024'];

/** The coin named with "out", after the verb or after "instead of" leaves; the other takes its weight (before: the weights were carried to the wrong coin). */
describe('a holding traded for another in everyday words', () => {
  it.each([
    ['eth out, ltc in', 'LTC'],
    ['trade eth for sol', 'SOL'],
    ['sol instead of eth', 'SOL'],
    ['out with eth, in with sol', 'SOL'],
    ['drop eth for sol', 'SOL'],
    ['sol in place of eth', 'SOL'],
    ['use ada rather than eth', 'ADA'],
    ['ltc in and eth out', 'LTC'],
    ['ditch eth for ada', 'ADA'],
    ['SOL instead of ETH', 'SOL'],
  ])('"%s"', (text, joining) => {
    const spec = specOf(text, portfolio);
    expect(spec.symbols).toEqual(['BTC', joining]);
    expect(spec.portfolio).toEqual({ weights: { BTC: 0.6, [joining]: 0.4 } });
  });

  it('the first holding may be the one traded', () => {
    expect(specOf('btc out, ltc in', portfolio).portfolio).toEqual({ weights: { LTC: 0.6, ETH: 0.4 } });
  });

  it.each([
    // Must not change.
    ['swap eth for sol', ['BTC', 'SOL'], { weights: { BTC: 0.6, SOL: 0.4 } }],
    ['drop eth', ['BTC'], null],
    ['add sol', ['BTC', 'ETH', 'SOL'], null],
  ])('"%s" reads as before', (text, symbols, weights) => {
    const spec = specOf(text, portfolio);
    expect(spec.symbols).toEqual(symbols);
    expect(spec.portfolio).toEqual(weights);
  });

  it.each([
    ['sol instead', ['SOL']],
    ['eth instead of btc', ['ETH']],
    ['trade it on eth for 2023', ['ETH']],
  ])('one-symbol request: "%s" replaces the symbol', (text, symbols) => {
    expect(specOf(text, ['sma 20/50 on btc for 2022']).symbols).toEqual(symbols);
  });

  it('"out of sample" and "in 2023" end no half', () => {
    expect(specOf('eth out of sample, sol in 2023', ['sma 20/50 on btc for 2022']).symbols).not.toEqual(['BTC', 'SOL']);
  });
});
