import { describe, expect, it } from 'vitest';
import { userStrategiesOf } from '../test_support/spec_of.js';

const listed = (text: string) => userStrategiesOf(text).map((strategy) => strategy.name);

/**
 * Holding with a verb of its own ("than just holding would have") is a run the question imagines
 * beside the strategy, listed as the user's (before: only the automatic baseline).
 */
describe('holding with a verb of its own is a side the user lists', () => {
  it.each([
    ['ada, ema 9/21, past 12 months — did it lose less than just holding would have?', ['ema_crossover', 'buy_and_hold']],
    ['would macd on btc 2022 have done better than simply sitting on it would have', ['macd', 'buy_and_hold']],
    ['rsi on eth 2023: did it make more than just holding eth did?', ['rsi_mean_reversion', 'buy_and_hold']],
    ['sma 20/50 on spy since 2015, would it fall less than just holding it would?', ['sma_crossover', 'buy_and_hold']],
    ['did rsi on eth in 2023 make more than hodling eth did?', ['rsi_mean_reversion', 'buy_and_hold']],
  ])('"%s" lists %j', (text, strategies) => {
    expect(listed(text)).toEqual(strategies);
  });

  it.each([
    // Must not change: holding only as the yardstick "beaten" stays the automatic baseline.
    ['does the rsi on btc in 2023 beat just keeping it?', ['rsi_mean_reversion']],
    ['Does a 12/26/9 MACD beat just holding Apple from 01/16/2018 to 12/31/2020?', ['macd']],
    ['would a 3-day RSI have beaten simply holding QQQ during 2020?', ['rsi_mean_reversion']],
    ['macd on eth 2022 compared with just holding it', ['macd']],
    ['is rsi on eth in 2023 better than holding?', ['rsi_mean_reversion']],
  ])('"%s" lists only %j', (text, strategies) => {
    expect(listed(text)).toEqual(strategies);
  });
});
