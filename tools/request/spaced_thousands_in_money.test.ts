import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';

describe('thousands grouped by spaces, beside a word naming money or a currency', () => {
  it.each([
    // Round 124: the capital read as 25.
    ['Hello, I want to check the strategy donchian breakout for Litecoin, entry channel 55 days and exit channel 20 days, in period from 13.06.2019 to 31.05.2023. Capital 25 000.', 25000],
    ['sma on btc 2022, starting capital of 1 000 000', 1000000],
    ['sma on btc 2022, capital: 10 000', 10000],
    ['sma on btc 2022 with € 10 000', 10000],
    ['sma on btc 2022 with 10 000 EUR', 10000],
  ])('%j', (text, capital) => {
    expect(specOf(text).initial_capital).toBe(capital);
  });

  it('"sma 20 50 … capital 25 000": the sum grouped, the windows apart', () => {
    const text = 'sma 20 50 on btc 2022 with capital 25 000';
    expect(specOf(text).initial_capital).toBe(25000);
    expect(userStrategiesOf(text)).toEqual([{ name: 'sma_crossover', params: { short: 20, long: 50 } }]);
  });

  describe('must not change', () => {
    it('"sma 20 50" stays two windows', () => {
      expect(userStrategiesOf('sma 20 50 on btc 2022')).toEqual([{ name: 'sma_crossover', params: { short: 20, long: 50 } }]);
    });

    it('"ema 5 200": three digits after a number, with no money named, stay a second window', () => {
      expect(userStrategiesOf('ema 5 200 on btc 2022')).toEqual([{ name: 'ema_crossover', params: { short: 5, long: 200 } }]);
    });

    it('"capital 25,000" is read as before', () => {
      expect(specOf('sma on btc 2022, capital 25,000').initial_capital).toBe(25000);
    });
  });
});
