import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

const bitcoinGold = ['Hej, please backtest a 50/50 portfolio of Bitcoin and gold, buy and hold, 2018 to 2024.'];

describe('"make it 80/20 instead, more Bitcoin": the favoured holding after "instead" or "with more" keeps the portfolio', () => {
  it.each([
    ['Thanks! Could you now make it 80/20 instead, more Bitcoin?', { BTC: 0.8, GLD: 0.2 }],
    ['make it 80/20 with more bitcoin', { BTC: 0.8, GLD: 0.2 }],
    ['80/20 instead, more BTC please', { BTC: 0.8, GLD: 0.2 }],
    ['make it 80/20 instead, heavier on bitcoin', { BTC: 0.8, GLD: 0.2 }],
    ['make it 20/80 instead, more gold', { BTC: 0.2, GLD: 0.8 }],
    ['make it 80/20 instead, bitcoin heavy', { BTC: 0.8, GLD: 0.2 }],
  ])('"%s"', (text, weights) => {
    const spec = specOf(text, bitcoinGold);
    expect(spec.symbols).toEqual(['BTC', 'GLD']);
    expect(spec.portfolio?.weights).toEqual(weights);
  });
});

describe('must not change', () => {
  it('"make it 80/20, more Bitcoin" already kept both holdings', () => {
    expect(specOf('make it 80/20, more Bitcoin', bitcoinGold).portfolio?.weights).toEqual({ BTC: 0.8, GLD: 0.2 });
  });
  it('"make it 80/20 instead" sets the weights in order', () => {
    expect(specOf('make it 80/20 instead', bitcoinGold).portfolio?.weights).toEqual({ BTC: 0.8, GLD: 0.2 });
  });
});
