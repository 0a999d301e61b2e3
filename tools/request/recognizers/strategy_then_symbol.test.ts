import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from '../test_support/spec_of.js';

describe('a coin name that is also a word, right after a strategy\'s name, is what the strategy runs on', () => {
  it('reads ADA after "rsi mean reversion" (before: no_symbol)', () => {
    const text = 'rsi mean reversion ada period 7 lower 25 upper 75 from 2022, shorting allowed';
    expect(specOf(text).symbols).toEqual(['ADA']);
    expect(userStrategiesOf(text)).toEqual([{ name: 'rsi_mean_reversion', params: { period: 7, lower: 25, upper: 75 } }]);
    expect(specOf(text).date_range?.start).toBe('2022-01-01');
  });

  it.each([
    ['mean reversion sol period 14 since 2021', ['SOL']],
    ['rsi mean rev ada 2023', ['ADA']],
    ['bollinger band sol period 20 from 2021', ['SOL']],
    ['donchian channel ada 55/20 since 2020', ['ADA']],
    ['macd sol 2023', ['SOL']],
    ['ema cross ada 9/21 since 2022', ['ADA']],
    ['bollinger sol period 20 from 2021', ['SOL']],
  ])('%s', (text, symbols) => {
    expect(specOf(text).symbols).toEqual(symbols);
  });
});

describe('must not change: "sol" and "ada" as ordinary words', () => {
  it.each([
    ['Ada, could you run rsi on btc for 2022?', ['BTC']],
    ['I spy a macd cross on ETH in 2023', ['ETH']],
    ['send the link with the rsi results for BTC 2022', ['BTC']],
  ])('%s', (text, symbols) => {
    expect(specOf(text).symbols).toEqual(symbols);
  });
});
