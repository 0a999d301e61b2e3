import { describe, expect, it } from 'vitest';
import { specsAfterTurnsOn } from './test_support/spec_of.js';

const specAfter = specsAfterTurnsOn('2025-11-20');
const specOf = (text: string) => specAfter([text]);
const userStrategiesOf = (text: string) => specOf(text).strategies.filter((strategy) => !strategy.baseline);

describe('"last 90d", "l90d": a trailing span with its unit glued to the count', () => {
  it('"eth 1h rsi 7 15/85 last 90d" is the trailing 90 days, its settings kept', () => {
    const spec = specOf('eth 1h rsi 7 15/85 last 90d');
    expect(spec.symbols).toEqual(['ETH']);
    expect(spec.interval).toBe('1h');
    expect(userStrategiesOf('eth 1h rsi 7 15/85 last 90d')).toEqual([{ name: 'rsi_mean_reversion', params: { period: 7, lower: 15, upper: 85 } }]);
    expect(spec.date_range).toEqual({ start: '2025-08-22', end: '2025-11-20' });
  });

  it.each([
    ['spy rsi past 30d', { start: '2025-10-21', end: '2025-11-20' }],
    ['spy rsi trailing 180d', { start: '2025-05-24', end: '2025-11-20' }],
    ['spy rsi over the last 90D', { start: '2025-08-22', end: '2025-11-20' }],
    ['spy rsi last 4w', { start: '2025-10-23', end: '2025-11-20' }],
    ['spy rsi l90d', { start: '2025-08-22', end: '2025-11-20' }],
    ['spy rsi l6m', { start: '2025-05-20', end: '2025-11-20' }],
    ['spy rsi l2y', { start: '2023-11-20', end: '2025-11-20' }],
    ['btc rsi 1d last 90d', { start: '2025-08-22', end: '2025-11-20' }],
  ])('"%s"', (text, range) => {
    expect(specOf(text).date_range).toEqual(range);
  });

  it('must not change: "last 6m" and "last 2y" are months and years', () => {
    expect(specOf('spy rsi last 6m').date_range).toEqual({ start: '2025-05-20', end: '2025-11-20' });
    expect(specOf('spy rsi last 2y').date_range).toEqual({ start: '2023-11-20', end: '2025-11-20' });
  });

  it('must not change: "90d" after a strategy, with no "last", is its setting', () => {
    expect(userStrategiesOf('spy momentum 90d')).toEqual([{ name: 'momentum', params: { lookback: 90 } }]);
    expect(specOf('spy momentum 90d').date_range).toBeUndefined();
    expect(userStrategiesOf('spy rsi 90d lookback')).toEqual([{ name: 'rsi_mean_reversion', params: { period: 90 } }]);
    expect(specOf('spy rsi 90d lookback').date_range).toBeUndefined();
  });

  it('must not change: "1d" alone is the bar interval, and "btc 15m ema" is minute bars', () => {
    expect(specOf('btc rsi 1d').date_range).toBeUndefined();
    expect(specOf('btc 15m ema').interval).toBe('15m');
  });
});

describe('"since the covid low 2020-03-23": a named moment with its date beside it is that date', () => {
  it('"qqq vs spy bb 30/2 since covid low 2020-03-23" starts at the written day', () => {
    const spec = specOf('qqq vs spy bb 30/2 since covid low 2020-03-23');
    expect(spec.symbols).toEqual(['QQQ', 'SPY']);
    expect(userStrategiesOf('qqq vs spy bb 30/2 since covid low 2020-03-23')).toEqual([{ name: 'bollinger_bands', params: { period: 30, std_dev: 2 } }]);
    expect(spec.date_range).toEqual({ start: '2020-03-23', end: '2025-11-20' });
  });

  it.each([
    ['spy rsi since the covid low 2020-03-23', { start: '2020-03-23', end: '2025-11-20' }],
    ['spy rsi since the covid bottom (2020-03-23)', { start: '2020-03-23', end: '2025-11-20' }],
    ['spy rsi since the march 2020 low, 2020-03-23', { start: '2020-03-23', end: '2025-11-20' }],
    ['spy rsi since the covid crash on march 23 2020', { start: '2020-03-23', end: '2025-11-20' }],
    ['btc sma 20/50 from the 2022 bottom (2022-06-18)', { start: '2022-06-18', end: '2025-11-20' }],
    ['btc sma 20/50 since the FTX crash on 2022-11-09', { start: '2022-11-09', end: '2025-11-20' }],
    ['btc rsi since the ftx collapse in november 2022', { start: '2022-11-01', end: '2025-11-20' }],
    ['btc rsi from the 2021 peak (nov 10 2021) until the 2022 bottom on 2022-11-21', { start: '2021-11-10', end: '2022-11-21' }],
    ['spy rsi between the covid low 2020-03-23 and the 2022 low 2022-10-12', { start: '2020-03-23', end: '2022-10-12' }],
  ])('"%s"', (text, range) => {
    expect(specOf(text).date_range).toEqual(range);
  });

  it('must not change: an event with no date beside it keeps its reading', () => {
    expect(specOf('spy rsi since covid').date_range).toEqual({ start: '2020-03-01', end: '2025-11-20' });
    expect(specOf('spy rsi during the covid crash').date_range).toEqual({ start: '2020-01-01', end: '2020-12-31' });
    expect(specOf('spy rsi from the covid low 2020-03-23 to 2024-12-31').date_range).toEqual({ start: '2020-03-23', end: '2024-12-31' });
  });
});
