import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

describe('a crossover rule naming the price and its instrument: "the 10-day average price of Bitcoin goes above the 30-day average"', () => {
  it.each([
    ['when the 10-day average price of Bitcoin goes above the 30-day average I buy, 2023', 'BTC', 'sma_crossover', { short: 10, long: 30 }],
    ['buy when the 20-day moving average of eth crosses above the 50-day, 2022', 'ETH', 'sma_crossover', { short: 20, long: 50 }],
    ['buy when the 9-day ema of solana rises above the 21-day ema, 2022', 'SOL', 'ema_crossover', { short: 9, long: 21 }],
    ['buy when the 20-day average price crosses above the 50-day average on sol, 2022', 'SOL', 'sma_crossover', { short: 20, long: 50 }],
  ])('"%s"', (text, symbol, name, params) => {
    const spec = specOf(text);
    expect(spec.symbols).toEqual([symbol]);
    expect(spec.strategies.filter((strategy) => strategy.name !== 'buy_and_hold')).toEqual([{ name, params }]);
  });
});

describe('must not change: the crossover rule without the price words', () => {
  it('"buy btc when the 20 day average crosses above the 50 day average, 2022"', () => {
    const spec = specOf('buy btc when the 20 day average crosses above the 50 day average, 2022');
    expect(spec.symbols).toEqual(['BTC']);
    expect(spec.strategies.filter((strategy) => strategy.name !== 'buy_and_hold')).toEqual([{ name: 'sma_crossover', params: { short: 20, long: 50 } }]);
  });
});
