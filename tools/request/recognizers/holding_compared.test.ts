import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from '../test_support/spec_of.js';

const listed = (text: string) => userStrategiesOf(text).map((strategy) => strategy.name);

/** Holding written first, compared with a strategy after it, is a side listed beside it (before: only the strategy ran). */
describe('holding as a side of a comparison', () => {
  it.each([
    ['Taxi driver. How did holding bitcoin go in the last three months of 2022 compared with the rsi?', ['buy_and_hold', 'rsi_mean_reversion']],
    ['How would just holding btc compare with the macd since 2020?', ['buy_and_hold', 'macd']],
    ['holding eth versus trading it with bollinger in 2023', ['buy_and_hold', 'bollinger_bands']],
    ['how did hodling sol in 2023 stack up against the ema crossover?', ['buy_and_hold', 'ema_crossover']],
    ['rsi on btc 2023 vs simply keeping it', ['rsi_mean_reversion', 'buy_and_hold']],
  ])('"%s"', (text, strategies) => {
    expect(listed(text)).toEqual(strategies);
  });

  it('the last three months of a year are its fourth quarter', () => {
    expect(specOf('How did holding bitcoin go in the last three months of 2022 compared with the rsi?').date_range).toEqual({ start: '2022-10-01', end: '2022-12-31' });
  });

  it.each([
    // Must not change: holding after the strategy, as what it is measured against, stays the baseline.
    ['How has a simple fifty-day momentum rule done on gold so far this year, compared with just holding it?', ['momentum']],
    ['does the rsi on btc in 2023 beat just keeping it?', ['rsi_mean_reversion']],
    ['macd on eth in 2022 against sitting on it', ['macd']],
    ['I have been holding btc since 2019; compare macd against sma on it', ['macd', 'sma_crossover']],
  ])('"%s" lists only the strategies', (text, strategies) => {
    expect(listed(text)).toEqual(strategies);
  });
});

/** "the simple holding", "a simple hold": holding named with "simple" or as the noun "hold" (before: "simple" unread, holding lost). */
describe('holding named as a simple hold', () => {
  it.each([
    ['Bonjour, I would like to compare the EMA crossing 9/21 and the simple holding on the Solona, on the period of the last 12 months.', ['ema_crossover', 'buy_and_hold']],
    ['compare the ema 9/21 and just holding on SOL in 2023', ['ema_crossover', 'buy_and_hold']],
    ['compare sma 20/50 with plain holding on btc 2022', ['sma_crossover', 'buy_and_hold']],
    ['compare macd and a simple hold on eth 2022', ['macd', 'buy_and_hold']],
    ['macd vs simple holding on eth 2022', ['macd', 'buy_and_hold']],
  ])('"%s"', (text, strategies) => {
    expect(listed(text)).toEqual(strategies);
  });

  it.each([
    // Holding only as the yardstick stays the baseline.
    ['does macd on eth 2022 beat simple holding?', ['macd']],
    ['is macd on eth 2022 better than a simple hold?', ['macd']],
    ['macd on eth 2022 compared with just holding it', ['macd']],
    ['simple moving average on eth 2022', ['sma_crossover']],
  ])('"%s" stays %j', (text, strategies) => {
    expect(listed(text)).toEqual(strategies);
  });
});
