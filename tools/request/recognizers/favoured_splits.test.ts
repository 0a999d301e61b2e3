import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

const btcEth = ['backtest momentum on a 60/40 btc eth portfolio since 2020'];
const appleMsft = ['momentum lookback 90 on aapl and msft 50/50, 2018-2023'];

describe('"make it 70/30, little more btc heavy": the favoured holding after a pause', () => {
  it.each([
    ['ok make it 70/30, little more btc heavy', { BTC: 0.7, ETH: 0.3 }],
    ['make it 30/70, more eth', { BTC: 0.3, ETH: 0.7 }],
    ['70/30 - heavier on btc', { BTC: 0.7, ETH: 0.3 }],
    ['now 80/20, a bit more eth heavy', { BTC: 0.2, ETH: 0.8 }],
  ])('"%s"', (text, weights) => {
    const spec = specOf(text, btcEth);
    expect(spec.portfolio?.weights).toEqual(weights);
    expect(spec.symbols).toEqual(['BTC', 'ETH']);
  });
});

describe('"tilt it toward apple, 80/20" and "tilt it 80% apple": the favoured holding before the weights', () => {
  it.each([
    ['tilt it 80% apple', { AAPL: 0.8, MSFT: 0.2 }],
    ['tilt it toward apple, 80/20', { AAPL: 0.8, MSFT: 0.2 }],
    ['tilt it toward apple at 80%', { AAPL: 0.8, MSFT: 0.2 }],
    ['lean towards msft: 70/30', { AAPL: 0.3, MSFT: 0.7 }],
    ['tilt the portfolio 70% to msft', { AAPL: 0.3, MSFT: 0.7 }],
  ])('"%s"', (text, weights) => {
    const spec = specOf(text, appleMsft);
    expect(spec.portfolio?.weights).toEqual(weights);
    expect(spec.symbols).toEqual(['AAPL', 'MSFT']);
    expect(spec.strategies.find((strategy) => strategy.name === 'momentum')?.params).toEqual({ lookback: 90 });
  });
});

describe('must not change', () => {
  it('"make it 70/30" reweights in order', () => {
    expect(specOf('make it 70/30', btcEth).portfolio?.weights).toEqual({ BTC: 0.7, ETH: 0.3 });
  });
  it('"make it 80/20 in favor of eth"', () => {
    expect(specOf('make it 80/20 in favor of eth', btcEth).portfolio?.weights).toEqual({ BTC: 0.2, ETH: 0.8 });
  });
  it('"now 20/50, on eth" after a crossover is still its numbers on a new symbol', () => {
    const spec = specOf('now 20/50, on eth', ['sma 10/30 on btc 2021']);
    expect(spec.symbols).toEqual(['ETH']);
    expect(spec.strategies.find((strategy) => strategy.name === 'sma_crossover')?.params).toEqual({ short: 20, long: 50 });
  });
});
