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
    ['sma on btc 2022, USD 25 000', 25000],
    ['sma on btc 2022, 1 000 000 €', 1000000],
    ['sma on btc 2022, capital 1 250 000 please', 1250000],
    ['sma on btc 2022, capital 25 500.', 25500],
    // One group that is not "000", then a word: read as 25 before.
    ['rsi on BTC 2022, capital 25 500 on BTC', 25500],
    ['rsi on BTC 2022, capital 25 500 please', 25500],
    ['rsi on BTC 2022, budget € 12 750 for this', 12750],
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

    // One group that is not "000" and does not end the clause is a number of its own (these were 500100, 200100, 100500).
    it('"budget $ 500 100 trades max": the budget, then a bound on trades', () => {
      const spec = specOf('rsi on BTC 2022, budget $ 500 100 trades max');
      expect(spec.initial_capital).toBe(500);
      expect(spec.targets).toEqual({ num_trades: { operator: '<=', value: 100 } });
    });

    it.each([
      ['rsi on BTC 2022 with $ 200 100 of it in fees', 200],
      ['compare capital 100 500 1000 on BTC 2022', 100],
    ])('%j keeps its first number as the capital', (text, capital) => {
      expect(specOf(text).initial_capital).toBe(capital);
    });

    it('"capital 25,000" is read as before', () => {
      expect(specOf('sma on btc 2022, capital 25,000').initial_capital).toBe(25000);
    });
  });
});
