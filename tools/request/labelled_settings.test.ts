import { describe, expect, it } from 'vitest';
import { specOf, specsAfterTurnsOn, userStrategiesOf } from './test_support/spec_of.js';

/**
 * Settings written as labels and ranges, as quants and note-pasters write them: "len 21 | os 35 |
 * ob 65", "per 25 | sd 3", "period in [7,21]", "lookback in {30, 60, 90}". Before, "os"/"ob"/"per"
 * were ignored (and "ob 65 | period: 2022" set the period to 65), and bracketed ranges read as years.
 */
const specAfter = specsAfterTurnsOn('2025-11-20');

describe('levels and windows written as labels', () => {
  it('reads a pasted pipe line of labels', () => {
    const spec = specAfter(['asset: eth | strat: rsi mr | len 21 | os 35 | ob 65 | period: 2022 | fees: 0.1% | slip: 0.05%']);
    expect(spec.strategies.filter((strategy) => !strategy.baseline)).toEqual([{ name: 'rsi_mean_reversion', params: { period: 21, lower: 35, upper: 65 } }]);
    expect(spec.date_range).toEqual({ start: '2022-01-01', end: '2022-12-31' });
    expect(spec.notes ?? []).not.toEqual(expect.arrayContaining([expect.stringContaining("'mr'")]));
  });

  it('reads "per" as the period where its number stands alone as a label', () => {
    const spec = specAfter(['pair: eth | strat: bb | per 25 | sd 3 | tf 6h | window: last 6 months | target: sharpe > 1.5, maxdd < 15%']);
    expect(spec.strategies.filter((strategy) => !strategy.baseline)).toEqual([{ name: 'bollinger_bands', params: { period: 25, std_dev: 3 } }]);
    expect(spec.interval).toBe('6h');
  });

  it.each([
    ['rsi 14 os 30 ob 70 on btc 2023', { period: 14, lower: 30, upper: 70 }],
    ['rsi on eth 2024: len 10, os 20 and ob 80', { period: 10, lower: 20, upper: 80 }],
    ['rsi on btc 2023, os=25, ob=75', { lower: 25, upper: 75 }],
    ['strat: rsi | os: 25 | ob: 75 | sym: btc | 2023', { lower: 25, upper: 75 }],
    ['bb on spy 2022, per 30, sd 2.5', { period: 30, std_dev: 2.5 }],
  ])('"%s" → %j', (text, params) => {
    expect(userStrategiesOf(text)[0]?.params).toEqual(params);
  });

  it('reads a level "up of" or "below of" as second-language writers carry "de" into English', () => {
    const spec = specAfter(['Good day. Is possible to make the backtest of RSI in Solana with period 7, buy when is below 20 and sell when is up of 80? The period is all the 2024.']);
    expect(spec.strategies.filter((strategy) => !strategy.baseline)[0]?.params).toEqual({ period: 7, lower: 20, upper: 80 });
    expect(userStrategiesOf('rsi on eth 2024, buy when is below of 25 and sell when is above of 75')[0]?.params).toEqual({ lower: 25, upper: 75 });
  });

  it('must not change: the same words as everyday words name nothing', () => {
    expect(userStrategiesOf('bollinger on spy 2020, fees 5 dollars per 100 shares')[0]?.params).toBeUndefined();
    expect(userStrategiesOf('rsi no btc em 2023, os 30 dias')[0]?.params).toBeUndefined();
  });
});

describe('a search written as a bracket after the parameter', () => {
  it('reads square-bracketed intervals as search ranges, never as years', () => {
    const spec = specAfter(['calmar-ranked sweep of rsi_mean_reversion, period in [7,21], lower in [20,35], upper in [65,80], on DOGE since 2021-05-01. require profit factor > 1.5 and exposure < 0.5.']);
    expect(spec.symbols).toEqual(['DOGE']);
    expect(spec.strategies.filter((strategy) => !strategy.baseline)).toEqual([{ name: 'rsi_mean_reversion' }]);
    expect(spec.date_range).toEqual({ start: '2021-05-01', end: '2025-11-20' });
    expect(spec.rank_by).toBe('calmar_ratio');
    expect(spec.optimization_required).toBe(true);
    expect(spec.targets).toEqual({ profit_factor: { operator: '>', value: 1.5 }, exposure: { operator: '<', value: 0.5 } });
    expect(spec.notes).toEqual(expect.arrayContaining([expect.stringMatching(/^search range 'lower 20 to 35' cannot be set/)]));
  });

  it('reads braces as the values to try, and "maximizes X subject to Y" as ranking by X under a target', () => {
    const spec = specAfter(['Momentum with lookback in {30, 60, 90, 120, 180} on SPY since 2000. Want the config that maximizes CAGR subject to annualized vol < 18%.']);
    expect(spec.strategies.filter((strategy) => !strategy.baseline)).toEqual([{ name: 'momentum' }]);
    expect(spec.optimization_required).toBe(true);
    expect(spec.rank_by).toBe('cagr');
    expect(spec.targets).toEqual({ volatility: { operator: '<', value: 0.18 } });
    expect(spec.notes).toEqual(expect.arrayContaining([expect.stringMatching(/^search values 'lookback 30, 60, 90, 120, 180' cannot be set/)]));
  });

  it.each([
    ['sma crossover on spy 2020, short window in [5..20]', "search range 'short 5 to 20'"],
    ['sma crossover on spy 2020, long: {50, 100, 200}', "search values 'long 50, 100, 200'"],
    ['rsi on eth 2024, period [7, 14, 21]', "search values 'period 7, 14, 21'"],
    ['bollinger on qqq 2021, std in [1.5, 3]', "search range 'std_dev 1.5 to 3'"],
  ])('"%s" is a search', (text, note) => {
    const spec = specOf(text);
    expect(spec.optimization_required).toBe(true);
    expect(spec.strategies.every((strategy) => strategy.params === undefined)).toBe(true);
    expect(spec.notes?.some((item) => item.startsWith(note))).toBe(true);
  });

  it.each([
    ['sortino-ranked sweep of the sma crossover on btc 2022', 'sortino_ratio'],
    ['rsi on eth 2024, pick the setting that maximizes sortino', 'sortino_ratio'],
  ])('"%s" ranks by %s', (text, metric) => {
    expect(specOf(text).rank_by).toBe(metric);
  });

  it('must not change: a falling bracket is no range, and lists without brackets still run each value', () => {
    const falling = specOf('rsi on eth 2024, period in [21, 7]');
    expect(falling.optimization_required).toBeFalsy();
    expect(falling.notes).toContain("ignored: '21', '7'");
    expect(userStrategiesOf('momentum on spy 2010, lookback of 30, 60 and 90').map((strategy) => strategy.params)).toEqual([{ lookback: 30 }, { lookback: 60 }, { lookback: 90 }]);
    expect(userStrategiesOf('eth rsi[14] 25/75 2024')[0]?.params).toEqual({ period: 14, lower: 25, upper: 75 });
    expect(userStrategiesOf('sma on btc 2022, change the short window from 10 to 20')[0]?.params).toEqual({ short: 20 });
    expect(userStrategiesOf('rsi on eth 2024, lower the period to 10')[0]?.params).toEqual({ period: 10 });
  });
});
