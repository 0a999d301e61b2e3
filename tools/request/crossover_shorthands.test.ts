import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';


/** "xover", "x-over", "cross-over": desk shorthand for the crossover keeps the windows after it (before: '9', '21' ignored). */
describe('a crossover written in shorthand keeps its windows', () => {
  it.each([
    ['ema xover 9/21 on sol ytd, want SR above 1.5', 'ema_crossover', 9, 21],
    ['ma xover 10/30 on btc 2022', 'sma_crossover', 10, 30],
    ['sma x-over 20/50 on btc 2022', 'sma_crossover', 20, 50],
    ['ema cross-over 8/21 on eth 2023', 'ema_crossover', 8, 21],
    ['ema cross over 8/21 on eth 2023', 'ema_crossover', 8, 21],
    ['sma xovers 20/50 on btc 2022', 'sma_crossover', 20, 50],
    ['ema x over 12/26 on btc 2022', 'ema_crossover', 12, 26],
    ['moving average cross-over 10/30 on btc 2022', 'sma_crossover', 10, 30],
    ['ma cross-over 10/30 on btc 2022', 'sma_crossover', 10, 30],
  ])('"%s"', (text, name, short, long) => {
    expect(userStrategiesOf(text)).toEqual([{ name, params: { short, long } }]);
    expect(specOf(text).notes ?? []).not.toContainEqual(expect.stringMatching(/ignored/));
  });

  it.each([
    // Must not change: shorthand elsewhere, and the spelled-out names.
    ['bb 20 2 on eth 2023', [{ name: 'bollinger_bands', params: { period: 20, std_dev: 2 } }]],
    ['rsi 2 w 10/90 on spy 2020', [{ name: 'rsi_mean_reversion', params: { period: 2, lower: 10, upper: 90 } }]],
    ['ema crossovers 9/21 on btc 2022', [{ name: 'ema_crossover', params: { short: 9, long: 21 } }]],
    ['sma crossover 20/50 on btc 2022', [{ name: 'sma_crossover', params: { short: 20, long: 50 } }]],
    ['fast ema cross over the slow ema 9 21 on btc 2022', [{ name: 'ema_crossover', params: { short: 9, long: 21 } }]],
    ['macd xover on btc 2022', [{ name: 'macd' }]],
  ])('"%s" reads as before', (text, strategies) => {
    expect(userStrategiesOf(text)).toEqual(strategies);
  });
});

/**
 * "sma 10 over 30": "over" between a crossover's two windows joins them, as "vs" does (before: short
 * 10 and the default long 50, the 30 ignored). "over" before a level, a metric or a period is untouched.
 */
describe('"X over Y" between a crossover\'s windows', () => {
  it.each([
    ['sma 10 over 30 on ltc 2021-2023', 'sma_crossover', 10, 30],
    ['spy sma 5 over 20', 'sma_crossover', 5, 20],
    ['the 5 over the 20 sma on btc 2022', 'sma_crossover', 5, 20],
    ['9-over-21 ema on eth 2023', 'ema_crossover', 9, 21],
    ['ema 9 over 21 on btc 2023', 'ema_crossover', 9, 21],
  ])('"%s"', (text, name, short, long) => {
    expect(userStrategiesOf(text)).toEqual([{ name, params: { short, long } }]);
  });

  it.each([
    ['rsi over 70 on btc 2022', [{ name: 'rsi_mean_reversion' }]],
    ['sma 20/50 on btc over 2021-2023', [{ name: 'sma_crossover', params: { short: 20, long: 50 } }]],
    ['sma 20/50 on btc over the last 30 days', [{ name: 'sma_crossover', params: { short: 20, long: 50 } }]],
  ])('must not change: "%s"', (text, strategies) => {
    expect(userStrategiesOf(text)).toEqual(strategies);
  });

  it('must not change: "sharpe over 1.5" stays a target', () => {
    expect(specOf('sma on btc with sharpe over 1.5 2022').targets).toEqual({ sharpe_ratio: { operator: '>', value: 1.5 } });
  });
});
