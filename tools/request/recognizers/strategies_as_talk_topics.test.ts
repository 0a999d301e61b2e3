import { describe, expect, it } from 'vitest';
import { userStrategiesOf } from '../test_support/spec_of.js';

const listed = (text: string) => userStrategiesOf(text).map((strategy) => strategy.name);

/** A strategy named as the topic of a lesson, article or video is no run when another is asked for (before: both ran). */
describe('a strategy that a talk is about, beside one asked for', () => {
  it.each([
    ["I teach 11th grade economics and I'm building a lesson for next Tuesday on why moving averages lag. I'd like to show my 28 students one example: EMA crossover 9/21 on SPY from 2020-01-01 to 2020-12-31, the covid crash year. Could you output a PNG chart I can put on the projector?", ['ema_crossover']],
    ["I'm writing an article about RSI for my blog. Run macd on btc for 2022 as the example", ['macd']],
    ['I watched a video explaining bollinger bands, but test sma 20/50 on eth 2023', ['sma_crossover']],
    ['my seminar next week covers how the macd works; show donchian 20/10 on gold for 2021', ['donchian_breakout']],
    ['putting together slides on why the golden cross is overrated, so run ema 12/26 on qqq 2022', ['ema_crossover']],
  ])('"%s" runs %j', (text, strategies) => {
    expect(listed(text)).toEqual(strategies);
  });

  it.each([
    // Must not change: the topic is what runs, alone or with its numbers.
    ["I'm writing an article about RSI. Run rsi 14 on btc 2022", ['rsi_mean_reversion']],
    ["I'm writing a post about macd, can you run it on btc 2022", ['macd']],
    ['I want to learn about rsi and macd, compare them on btc 2022', ['rsi_mean_reversion', 'macd']],
  ])('"%s" stays %j', (text, strategies) => {
    expect(listed(text)).toEqual(strategies);
  });
});
