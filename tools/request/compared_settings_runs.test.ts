import { describe, expect, it } from 'vitest';
import { userStrategiesOf } from './test_support/spec_of.js';

const settingsOf = (text: string) => userStrategiesOf(text).map((strategy) => [strategy.name, strategy.params ?? {}]);

/**
 * Two settings of one strategy compared with "vs" where several parameters differ, or where the
 * strategy is named before its symbol and dates, or where the settings come before the name: a run
 * each. Before, only the right side ran (with "was given 20 and 50: used 50" notes), or the left side
 * was left unread.
 */
describe('"X vs Y": two settings of one strategy run apart', () => {
  it.each([
    ['bollinger on btc 2023, 20 period 2sd vs 50 period 3sd', [['bollinger_bands', { period: 20, std_dev: 2 }], ['bollinger_bands', { period: 50, std_dev: 3 }]]],
    ['gld bollinger 20 period 2sd vs 50 period 3sd since 2015', [['bollinger_bands', { period: 20, std_dev: 2 }], ['bollinger_bands', { period: 50, std_dev: 3 }]]],
    ['bollinger on eth 2021 with 20 period and 2sd versus 30 period and 2.5sd', [['bollinger_bands', { period: 20, std_dev: 2 }], ['bollinger_bands', { period: 30, std_dev: 2.5 }]]],
    ['bollinger on btc 2023, 20 period 2sd vs 50 period 3sd vs 100 period 4sd',
      [['bollinger_bands', { period: 20, std_dev: 2 }], ['bollinger_bands', { period: 50, std_dev: 3 }], ['bollinger_bands', { period: 100, std_dev: 4 }]]],
    ['donchian on btc 2022, entry 20 exit 10 vs entry 55 exit 20', [['donchian_breakout', { period: 20, exit_period: 10 }], ['donchian_breakout', { period: 55, exit_period: 20 }]]],
    ['bollinger on btc 2023, period 20 vs period 50', [['bollinger_bands', { period: 20 }], ['bollinger_bands', { period: 50 }]]],
    // Settings written before the name.
    ['14-period vs 21-period rsi on eth 2022', [['rsi_mean_reversion', { period: 14 }], ['rsi_mean_reversion', { period: 21 }]]],
    ['14 vs 21 period rsi on eth 2022', [['rsi_mean_reversion', { period: 14 }], ['rsi_mean_reversion', { period: 21 }]]],
    ['30 vs 90 day momentum on btc 2021', [['momentum', { lookback: 30 }], ['momentum', { lookback: 90 }]]],
    ['20/2 vs 50/3 bollinger on btc 2023', [['bollinger_bands', { period: 20, std_dev: 2 }], ['bollinger_bands', { period: 50, std_dev: 3 }]]],
    ['10/30 vs 20/50 sma on spy 2020', [['sma_crossover', { short: 10, long: 30 }], ['sma_crossover', { short: 20, long: 50 }]]],
  ])('"%s"', (text, settings) => {
    expect(settingsOf(text)).toEqual(settings);
  });

  it.each([
    ['sma 10/30 vs 20/50 on spy 2020', [['sma_crossover', { short: 10, long: 30 }], ['sma_crossover', { short: 20, long: 50 }]]],
    // A crossover's two lone windows are its averages, not two settings.
    ['50-day versus 200-day sma on spy 2020', [['sma_crossover', { short: 50, long: 200 }]]],
    ['gld bollinger 20 period 2sd vs 20 period 3sd since 2015', [['bollinger_bands', { period: 20, std_dev: 2 }], ['bollinger_bands', { period: 20, std_dev: 3 }]]],
    // Another strategy on the right is another run, not a version.
    ['bollinger on btc 2023, 20 period 2sd vs rsi 14', [['bollinger_bands', { period: 20, std_dev: 2 }], ['rsi_mean_reversion', { period: 14 }]]],
  ])('must not change: "%s"', (text, settings) => {
    expect(settingsOf(text)).toEqual(settings);
  });
});
