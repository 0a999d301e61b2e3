import { describe, expect, it } from 'vitest';
import { specsAfterTurnsOn } from './test_support/spec_of.js';

/**
 * Desk shorthand for dates, bars, metrics and finance acronyms: a bar size before a span counted back
 * from today ("1h last 6mo"), "since jan", "jun 24 -> feb 25", "expo", and plan acronyms ("ESPP") that
 * are never tickers.
 */
const TODAY = '2025-11-20';
const specOf = (text: string) => specsAfterTurnsOn(TODAY)([text]);

describe('a bar size before a span counted back from today is the bars', () => {
  it.each([
    ['rsi7 20/80 eth 1h last 6mo, wr >55% or dont bother', '1h', { start: '2025-05-20', end: TODAY }],
    ['btc 4h past 3 months sma 20/50', '4h', { start: '2025-08-20', end: TODAY }],
    ['eth 1h last year sma 20/50', '1h', { start: '2024-01-01', end: '2024-12-31' }],
    ['eth 1h past 6mo ema 9/21', '1h', { start: '2025-05-20', end: TODAY }],
  ])('"%s"', (text, interval, dates) => {
    const spec = specOf(text);
    expect(spec.interval).toBe(interval);
    expect(spec.date_range).toEqual(dates);
  });
});

describe('"since" and an abbreviated month: the latest such month that has begun', () => {
  it.each([
    ['eth 12h macd 8/21/5 since jan, pdf + trades csv', '2025-01-01'],
    ['ema 12/26 btc since dec', '2024-12-01'],
    ['ema 12/26 btc since sept', '2025-09-01'],
    ['ema 12/26 btc ever since feb', '2025-02-01'],
    ['ema 12/26 btc snce mar', '2025-03-01'],
  ])('"%s"', (text, start) => {
    expect(specOf(text).date_range).toEqual({ start, end: TODAY });
  });
});

describe('an arrow between two months with two digits links a range, as "-" and "to" do', () => {
  it('"jun 24 -> feb 25" would run backwards as days, so the digits are years', () => {
    const spec = specOf('ada ema 5/13 jun 24 -> feb 25, want expo under 40%');
    expect(spec.date_range).toEqual({ start: '2024-06-01', end: '2025-02-28' });
    expect(spec.targets).toEqual({ exposure: { operator: '<', value: 0.4 } });
  });

  it.each([
    ['btc sma 20/50 mar 23 -> dec 23', { start: '2023-03-01', end: '2023-12-31' }],
    ['btc sma 20/50 jan 24 --> mar 24', { start: '2025-01-24', end: '2025-03-24' }],
    ['btc sma 20/50 jan 21 => jun 22', { start: '2025-01-21', end: '2025-06-22' }],
  ])('"%s"', (text, dates) => {
    expect(specOf(text).date_range).toEqual(dates);
  });
});

describe('"expo" is desk shorthand for exposure', () => {
  it('as a target', () => {
    expect(specOf('btc sma 20/50 2023, expo below 60%').targets).toEqual({ exposure: { operator: '<', value: 0.6 } });
  });

  it('as the ranking', () => {
    expect(specOf('btc sma 20/50 2023, rank by expo').rank_by).toBe('exposure');
  });
});

describe('employee plan acronyms are never tickers', () => {
  it('"I get my ESPP shares at a 15% discount" leaves MSFT the symbol', () => {
    const spec = specOf("Hi! Microsoft employee here (8 years at the company, I get my ESPP shares at a 15% discount). I'm curious whether a Donchian channel breakout would have helped me time my MSFT sales. 20 day breakout, 10 day exit, 2014 through 2019, and I'd like the result as an HTML page plus a PNG chart.");
    expect(spec.symbols).toEqual(['MSFT']);
    expect(spec.date_range).toEqual({ start: '2014-01-01', end: '2019-12-31' });
  });

  it.each([
    ['MSFT ESPP sma 20/50 2020', ['MSFT']],
    ['sma 20/50 on my ESPP stock MSFT 2021', ['MSFT']],
    ['my RSU grant is AAPL, sma 20/50 2022', ['AAPL']],
    ['Roth IRA holds SPY, sma 20/50 2022', ['SPY']],
  ])('"%s"', (text, symbols) => {
    expect(specOf(text).symbols).toEqual(symbols);
  });
});

describe('must not change', () => {
  it.each([
    ['ema 12/26 btc since jan 15 2024', { start: '2024-01-15', end: TODAY }],
    ['ema 12/26 btc since jan 2024', { start: '2024-01-01', end: TODAY }],
    ['ema 12/26 btc since january', { start: '2025-01-01', end: TODAY }],
    ['btc sma 20/50 mar 24 thru dec 24', { start: '2024-03-01', end: '2024-12-31' }],
    ['btc sma 20/50 jan 21 - jun 22', { start: '2025-01-21', end: '2025-06-22' }],
  ])('dates of "%s"', (text, dates) => {
    expect(specOf(text).date_range).toEqual(dates);
  });

  it('"since 24 jan" stays unread', () => {
    expect(specOf('ema 12/26 btc since 24 jan').date_range).toBeUndefined();
  });

  it('"from jan" alone stays unread', () => {
    expect(specOf('ema 12/26 btc from jan').date_range).toBeUndefined();
  });

  it.each([
    ['eth 1h sma 20/50', '1h'],
    ['btc 1h ytd sma 20/50', '1h'],
  ])('bars of "%s"', (text, interval) => {
    expect(specOf(text).interval).toBe(interval);
  });

  it('"12-hour shifts last year" stays a length of the writer\'s day', () => {
    const spec = specOf('I work 12-hour shifts last year was rough, sma 20/50 btc');
    expect(spec.interval).toBeUndefined();
    expect(spec.date_range).toEqual({ start: '2024-01-01', end: '2024-12-31' });
  });

  it('"expose" is no metric', () => {
    const spec = specOf("btc sma 20/50 2023, i don't want to expose myself too much");
    expect(spec.targets).toEqual({});
    expect(spec.notes).toContain("ignored: 'expose'");
  });

  it('an unknown ticker in capitals is still read as one, to be refused by validation', () => {
    expect(specOf('sma 20/50 on XYZQ 2021').symbols).toEqual(['XYZQ']);
  });
});
