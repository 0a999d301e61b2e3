import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { specsAfterTurnsOn } from './test_support/spec_of.js';

const specOf = (text: string) => specsAfterTurnsOn('2025-11-20')([text]);
const userStrategies = (text: string) => specOf(text).strategies.filter((strategy) => !strategy.baseline);
const range = (text: string) => specOf(text).date_range;

describe('second-language "and" and range words', () => {
  it('reads Vietnamese "và" and Turkish "ve" between two numbers of a setting', () => {
    expect(userStrategies('EMA cross 12 và 26 on BNB từ 2021 đến 2023')[0]?.params).toEqual({ short: 12, long: 26 });
    expect(userStrategies('donchian channel 20 ve 10 on gold 2010-2020')[0]?.params).toEqual({ period: 20, exit_period: 10 });
  });
  it("reads Turkish \"'dan/'den/'tan/'ten\" after a year's apostrophe as the range's start", () => {
    expect(range("donchian on gold, 2010'dan 2020'ye kadar")).toEqual({ start: '2010-01-01', end: '2020-12-31' });
    expect(range("sma on spy 2015'ten 2020'ye kadar")).toEqual({ start: '2015-01-01', end: '2020-12-31' });
    expect(range("sma on spy 2019'tan 2021'e")).toEqual({ start: '2019-01-01', end: '2021-12-31' });
  });
  it('reads Russian "по" (through) between two years, in Cyrillic or romanised', () => {
    expect(range('MACD for Apple, с 2016 по 2022 year')).toEqual({ start: '2016-01-01', end: '2022-12-31' });
    expect(range('btc sma s 2018 po 2020')).toEqual({ start: '2018-01-01', end: '2020-12-31' });
  });
});

describe('desk shorthand', () => {
  it('reads vowel-less metric names and "snce" + a two-digit year', () => {
    const spec = specOf('sol donchain 30/15 snce 21, dd<45 shrp>0.8 optmz');
    expect(spec.date_range).toEqual({ start: '2021-01-01', end: '2025-11-20' });
    expect(spec.targets).toEqual({ max_drawdown: { operator: '>=', value: -0.45 }, sharpe_ratio: { operator: '>', value: 0.8 } });
    expect(specOf('qqq golden x 2000-2024 winrt >55%').targets).toEqual({ win_rate: { operator: '>', value: 0.55 } });
    expect(specOf('spy sma srtn > 1.2 clmr>0.5 2015-2020').targets).toEqual({ sortino_ratio: { operator: '>', value: 1.2 }, calmar_ratio: { operator: '>', value: 0.5 } });
    expect(specOf('spy sma 2015-2020 optmz').optimization_required).toBe(true);
  });
  it('reads bars before a range of months', () => {
    expect(specOf('btc bolinger 20 3sd 1h jan-feb 2025').interval).toBe('1h');
    expect(specOf('btc sma 4h mar to jun 2025').interval).toBe('4h');
  });
  it('reads "wkly"/"weekly" in the bars slot as weekly bars, refused rather than run on daily ones', () => {
    const outcome = parseRequest('gld mom lb 26 wkly 2006-2016 cagr>6% tune it', { today: '2025-11-20', history: [] });
    expect(outcome.ok ? outcome.spec.interval : outcome.error.message).toContain('1w');
    expect(specOf('spy rsi weekly 2015-2020').interval).toBe('1w');
  });
  it('reads two digits after abbreviated months at both ends as years when the days would still be to come', () => {
    expect(range('eth macd 8/21/5 frm mar 24 thru dec 24, 1hr')).toEqual({ start: '2024-03-01', end: '2024-12-31' });
    expect(range('eth macd jan 21 to dec 22')).toEqual({ start: '2021-01-01', end: '2022-12-31' });
  });

  it('reads them as days of this year when those days have passed, saying so (both readings are written alike)', () => {
    expect(range('eth macd jan 21 - jun 22')).toEqual({ start: '2025-01-21', end: '2025-06-22' });
    expect(range('eth macd jan 15 to feb 15')).toEqual({ start: '2025-01-15', end: '2025-02-15' });
  });
});

describe('must not change', () => {
  it('keeps a day when a year follows or the other end is no short year', () => {
    expect(range('eth macd dec 24 2024')).toEqual({ start: '2024-12-24', end: '2024-12-24' });
    expect(range('eth macd from mar 24 to dec 24, 2024')).toEqual({ start: '2024-03-24', end: '2024-12-24' });
    expect(range('eth macd from mar 3 to jun 24')).toEqual({ start: '2025-03-03', end: '2025-06-24' });
    expect(range('eth macd from march 24 to june 24')).toEqual({ start: '2025-03-24', end: '2025-06-24' });
  });
  it('keeps "since 21 days" a span of days', () => {
    expect(range('spy sma 50/200 since 21 days')).toEqual({ start: '2025-10-30', end: '2025-11-20' });
    expect(range('spy sma snce 21 days')).toEqual({ start: '2025-10-30', end: '2025-11-20' });
  });
  it('keeps "weekly" unread where it says how often, not the bars', () => {
    expect(specOf('dca into btc weekly 2020-2024').interval).toBeUndefined();
    expect(specOf('spy sma, check signals weekly, 2015-2020').interval).toBeUndefined();
    expect(specOf('spy sma weekly rebalance 2015-2020').interval).toBeUndefined();
  });
  it('keeps a length before a story noun out of the bars', () => {
    expect(specOf('I work 12-hour shifts, btc sma jan-feb 2025').interval).toBeUndefined();
  });
});
