import { describe, expect, it } from 'vitest';
import { strategiesOf } from '../test_support/strategies_of.js';
import { parseRequest } from '../parse_request.js';

describe('full settings listed after "namely", for the one strategy named', () => {
  it('runs the strategy once per setting, past the words describing each', () => {
    expect(strategiesOf('contrast two specifications of the moving average convergence divergence oscillator on MSFT in 2010, '
      + 'namely the conventional (12, 26, 9) and a slower (19, 39, 9) variant')).toEqual([
      { name: 'macd', params: { fast: 12, slow: 26, signal: 9 } },
      { name: 'macd', params: { fast: 19, slow: 39, signal: 9 } },
    ]);
    expect(strategiesOf('bollinger on ETH 2021, namely a tight (20, 1.5) or the usual (20, 2)')).toEqual([
      { name: 'bollinger_bands', params: { period: 20, std_dev: 1.5 } },
      { name: 'bollinger_bands', params: { period: 20, std_dev: 2 } },
    ]);
  });

  it('reads nothing when the settings are not complete, or the message names several strategies', () => {
    expect(strategiesOf('macd on MSFT 2010, namely (12, 26) and (19, 39)')).toEqual([{ name: 'macd' }]);
    expect(strategiesOf('compare macd and rsi on SPY 2020, namely (12, 26, 9) and (14, 30, 70)')).not.toEqual(expect.arrayContaining([
      { name: 'macd', params: { fast: 14, slow: 30, signal: 70 } },
    ]));
  });
});

/**
 * "two versions of X …: <setting>, and <setting>": after the colon, each version of the strategy named
 * after "versions of", by its numbers or its parameters by name (before: the versions were merged into
 * one run, the second's numbers dropped with a note).
 */
describe('versions of one strategy listed after a colon', () => {
  it.each([
    ['For a lecture on trend following I\'d like to show students two versions of the channel breakout on SPY over 1995-2005: a 20-day entry with a 10-day exit, and the classic 55/20 turtle system. Charge 5 bps commission and 5 bps slippage, and rank them by Calmar.',
      [{ name: 'donchian_breakout', params: { period: 20, exit_period: 10 } }, { name: 'donchian_breakout', params: { period: 55, exit_period: 20 } }]],
    ['two versions of the donchian on qqq 2015-2020: a 20-day entry with a 10-day exit, and a 55-day entry with a 20-day exit',
      [{ name: 'donchian_breakout', params: { period: 20, exit_period: 10 } }, { name: 'donchian_breakout', params: { period: 55, exit_period: 20 } }]],
    ['show me two variants of rsi on btc 2023: the standard 14/30/70 and a faster 7/20/80',
      [{ name: 'rsi_mean_reversion', params: { period: 14, lower: 30, upper: 70 } }, { name: 'rsi_mean_reversion', params: { period: 7, lower: 20, upper: 80 } }]],
    ['compare two versions of macd on eth since 2021 - the classic 12/26/9 and a slower 19/39/9',
      [{ name: 'macd', params: { fast: 12, slow: 26, signal: 9 } }, { name: 'macd', params: { fast: 19, slow: 39, signal: 9 } }]],
  ])('"%s"', (text, strategies) => {
    expect(strategiesOf(text)).toEqual(strategies);
  });

  it.each([
    // Must not change: one setting after the colon, or none, is no list of versions.
    ['two versions of the channel breakout on SPY over 1995-2005: a 20-day entry with a 10-day exit', [{ name: 'donchian_breakout', params: { period: 20, exit_period: 10 } }]],
    ['two versions of sma on spy 2020: i want to see which is better', [{ name: 'sma_crossover' }]],
  ])('"%s"', (text, strategies) => {
    expect(strategiesOf(text)).toEqual(strategies);
  });
});

/**
 * "sma 10/30, 20/50 and 50/200": complete settings listed right after the strategy's name, one run
 * each (before: read as one group of six numbers and run at the defaults, or only the last kept).
 */
describe('settings of one strategy listed right after its name', () => {
  const sma = (short: number, long: number) => ({ name: 'sma_crossover', params: { short, long } });
  it.each([
    ['sma 10/30, 20/50 and 50/200 on btc 2022', [sma(10, 30), sma(20, 50), sma(50, 200)]],
    ['three versions of sma: 10/30, 20/50 and 50/200 on btc 2022', [sma(10, 30), sma(20, 50), sma(50, 200)]],
    ['sma crossover 10/30 or 20/50 on btc 2022', [sma(10, 30), sma(20, 50)]],
    ['ema 12/26 and 5/20 on eth 2023', [{ name: 'ema_crossover', params: { short: 12, long: 26 } }, { name: 'ema_crossover', params: { short: 5, long: 20 } }]],
    ['macd 12/26/9 and 5/35/5 on eth 2022', [{ name: 'macd', params: { fast: 12, slow: 26, signal: 9 } }, { name: 'macd', params: { fast: 5, slow: 35, signal: 5 } }]],
    ['momentum 30, 60 and 90 on btc 2022', [{ name: 'momentum', params: { lookback: 30 } }, { name: 'momentum', params: { lookback: 60 } }, { name: 'momentum', params: { lookback: 90 } }]],
  ])('"%s"', (text, strategies) => {
    expect(strategiesOf(text)).toEqual(strategies);
  });

  it.each([
    ['macd 12, 26, 9 on btc 2022', [{ name: 'macd', params: { fast: 12, slow: 26, signal: 9 } }]],
    ['bollinger 20, 2 on spy 2022', [{ name: 'bollinger_bands', params: { period: 20, std_dev: 2 } }]],
    ['rsi 14 30/70 on btc 2022', [{ name: 'rsi_mean_reversion', params: { period: 14, lower: 30, upper: 70 } }]],
    ['sma 20/50 and ema 12/26 on btc 2022', [sma(20, 50), { name: 'ema_crossover', params: { short: 12, long: 26 } }]],
    ['eth momentum lb 60, h2 2021', [{ name: 'momentum', params: { lookback: 60 } }]],
  ])('must not change: "%s"', (text, strategies) => {
    expect(strategiesOf(text)).toEqual(strategies);
  });

  it('must not change: a split before symbols weighs them ("sma 20/50 on 60/40 spy/gld")', () => {
    const outcome = parseRequest('sma 20/50 on 60/40 spy/gld 2020', { today: '2025-11-20' });
    expect(outcome.ok && outcome.spec.portfolio).toEqual({ weights: { SPY: 0.6, GLD: 0.4 } });
  });
});
