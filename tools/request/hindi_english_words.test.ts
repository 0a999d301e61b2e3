import { describe, expect, it } from 'vitest';
import { specOf, specsAfterTurnsOn } from './test_support/spec_of.js';

/**
 * Hindi-English puts the comparison and the verb after what they govern: "sortino 1.5 se upar" (above
 * 1.5), "short bhi allow karo" (allow short too), "2015 se" (since 2015). Before, each was ignored.
 */
describe('a comparison after the value: "se upar", "se zyada", "se kam"', () => {
  it.each([
    ['Sir mujhe AAPL aur MSFT dono pe RSI 14 30/70 chalana hai last year ke liye, sortino 1.5 se upar chahiye', { sortino_ratio: { operator: '>', value: 1.5 } }],
    ['rsi on AAPL 2023, sharpe 1 se zyada chahiye', { sharpe_ratio: { operator: '>', value: 1 } }],
    ['rsi on AAPL 2023, volatility 20% se neeche', { volatility: { operator: '<', value: 0.2 } }],
    ['rsi on AAPL 2023, volatility 20% se kam honi chahiye', { volatility: { operator: '<', value: 0.2 } }],
    // A drawdown below a size is a limit on its depth, as "drawdown under 25%" is.
    ['rsi on AAPL 2023, drawdown 25% se niche', { max_drawdown: { operator: '>=', value: -0.25 } }],
    // "nahi" after it turns it: "not less than 1".
    ['rsi on AAPL 2023, sharpe 1 se kam nahi', { sharpe_ratio: { operator: '>=', value: 1 } }],
  ])('"%s"', (text, targets) => {
    expect(specOf(text).targets).toEqual(targets);
  });
});

describe('a verb of letting after the short side: "short bhi allow karo"', () => {
  const specAfter = specsAfterTurnsOn('2025-11-20');

  it('the follow-up allows shorting and sets the capital on the run since 2015', () => {
    const spec = specAfter(['QQQ pe momentum 90 chalao 2015 se', 'ab isme short bhi allow karo aur initial capital 1 lakh dollar rakho']);
    expect(spec.allow_short).toBe(true);
    expect(spec.initial_capital).toBe(100_000);
    expect(spec.date_range).toEqual({ start: '2015-01-01', end: '2025-11-20' });
  });

  it.each(['sma on btc 2022, short allow karo', 'sma on btc 2022, shorting bhi allow kar do', 'sma on btc 2022, short selling bhi enable karo'])('"%s" allows shorting', (text) => {
    expect(specOf(text).allow_short).toBe(true);
  });
});

describe('"2015 se": the year the run starts from, to today', () => {
  it.each([['macd on ETH 2019 se', '2019-01-01'], ['ETH pe macd chalao 2021 se', '2021-01-01']])('"%s"', (text, start) => {
    expect(specOf(text).date_range).toEqual({ start, end: '2026-01-10' });
  });
});

describe('must not change', () => {
  it.each([
    ['rsi en BTC 2021 se puede?', { start: '2021-01-01', end: '2021-12-31' }],
    ['rsi on BTC in 2022 kara said it was bad', { start: '2022-01-01', end: '2022-12-31' }],
  ])('"%s": a look-alike of the postposed "from" before an ordinary word leaves the year whole', (text, window) => {
    expect(specOf(text).date_range).toEqual(window);
  });

  it('"2020 se 2023 tak" is still the range between them', () => {
    expect(specOf('SMA crossover on Litecoin, 2020 se 2023 tak').date_range).toEqual({ start: '2020-01-01', end: '2023-12-31' });
  });

  it.each([
    ['rsi on AAPL 2023, sortino above 1.5', { sortino_ratio: { operator: '>', value: 1.5 } }],
    ['rsi on AAPL 2023, sharpe 1.5 or more', { sharpe_ratio: { operator: '>=', value: 1.5 } }],
    // A bare number after a metric, with no comparison around it, is no target.
    ['rsi on AAPL 2023, show sortino 1.5', {}],
  ])('"%s"', (text, targets) => {
    expect(specOf(text).targets).toEqual(targets);
  });

  it('"short 10 long 30" still names the windows, not shorting', () => {
    const spec = specOf('ema crossover on btc 2022, short 10 long 30');
    expect(spec.allow_short).toBeUndefined();
    expect(spec.strategies[0]).toMatchObject({ name: 'ema_crossover', params: { short: 10, long: 30 } });
  });

  it('"don\'t allow short" keeps shorting off', () => {
    expect(specOf('sma on btc 2022, don\'t allow shorting').allow_short).toBe(false);
  });
});
