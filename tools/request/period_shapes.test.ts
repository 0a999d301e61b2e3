import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';

const today = '2025-11-20';

function read(text: string, history: string[] = []) {
  const outcome = parseRequest(text, { today, history });
  return outcome.ok ? { dates: outcome.spec.date_range, interval: outcome.spec.interval } : { error: outcome.error.code };
}

const datesOf = (text: string, history: string[] = []) => {
  const outcome = read(text, history);
  return 'error' in outcome ? outcome.error : outcome.dates;
};

describe('a trailing span counted in fractions', () => {
  it.each([
    ['sma on btc over the last two and a half years', { start: '2023-05-20', end: '2025-11-20' }],
    ['macd on GLD for the past 1.5 years', { start: '2024-05-20', end: '2025-11-20' }],
    ['ema on eth the last one and a half years', { start: '2024-05-20', end: '2025-11-20' }],
    ['rsi on spy over the past 0.5 years', { start: '2025-05-20', end: '2025-11-20' }],
    // Whole counts keep their reading.
    ['sma on btc the last 18 months', { start: '2024-05-20', end: '2025-11-20' }],
    ['sma on btc the past year', { start: '2024-11-20', end: '2025-11-20' }],
  ])('%s', (text, dates) => expect(datesOf(text)).toEqual(dates));

  it('sets no dates where the fraction makes no whole unit', () => {
    expect(datesOf('sma on spy over the last 1.5 days')).toBeUndefined();
    expect(datesOf('sma on spy over the past 2.5 quarters')).toBeUndefined();
  });
});

describe('a span that stops before a point', () => {
  it.each([
    // Counted in years, the years before an event are whole years before its year.
    ['sma on QQQ the three years before covid', { start: '2017-01-01', end: '2019-12-31' }],
    ['sma on QQQ the 2 years prior to the pandemic', { start: '2018-01-01', end: '2019-12-31' }],
    // Counted in months, the months before the month it happened in.
    ['sma on QQQ the six months before covid', { start: '2019-09-01', end: '2020-02-29' }],
    // A period written out starts where it starts.
    ['sma on QQQ the two years before 2022', { start: '2020-01-01', end: '2021-12-31' }],
    ['sma on QQQ the 3 months before June 2023', { start: '2023-03-01', end: '2023-05-31' }],
    // Must not change: a span to a period's end, and "before" alone.
    ['sma on QQQ the 3 years to June 2023', { start: '2020-07-01', end: '2023-06-30' }],
    ['sma on QQQ before 2020', { end: '2019-12-31' }],
  ])('%s', (text, dates) => expect(datesOf(text)).toEqual(dates));
});

describe('held through a period', () => {
  it.each([
    ['50% ETH and 50% SOL, held through 2023', { start: '2023-01-01', end: '2023-12-31' }],
    ['50/50 btc and eth, kept through 2022', { start: '2022-01-01', end: '2022-12-31' }],
    ['60/40 btc eth, hold through 2020 and 2021', { start: '2020-01-01', end: '2021-12-31' }],
    // After a start earlier in the sentence it ends the holding.
    ['60/40 btc eth from 2020 held through 2023', { start: '2020-01-01', end: '2023-12-31' }],
    // Must not change: "through" alone is where the run ends.
    ['sma on btc through 2023', { end: '2023-12-31' }],
  ])('%s', (text, dates) => expect(datesOf(text)).toEqual(dates));
});

describe('days and seasons written other ways', () => {
  it.each([
    ['rsi on btc from 2020 spring to 2021 summer', { start: '2020-03-01', end: '2021-08-31' }],
    ['rsi on btc in 2022 autumn', { start: '2022-09-01', end: '2022-11-30' }],
    ['rsi on btc from spring 2020 to summer 2021', { start: '2020-03-01', end: '2021-08-31' }],
    // German day-first dates carry a dot after the day.
    ['macd on btc from 1. March 2021 until 30. June 2022', { start: '2021-03-01', end: '2022-06-30' }],
    ['macd on btc vom 3. May 2021 bis 20. May 2022', { start: '2021-05-03', end: '2022-05-20' }],
    // A day range inside one month: the first day borrows the month of the second.
    ['rsi on btc 1st–15th Oct 2025', { start: '2025-10-01', end: '2025-10-15' }],
    ['rsi on btc from the 3rd to the 20th of May 2024', { start: '2024-05-03', end: '2024-05-20' }],
    // German "bis" is "to".
    ['rsi on btc 2022 bis 2024', { start: '2022-01-01', end: '2024-12-31' }],
    ['rsi on btc von 2021 bis 2022', { start: '2021-01-01', end: '2022-12-31' }],
    // Must not change: a setting followed by a dot and a month stays a setting beside the month.
    ['rsi on btc, period 14. March 2021 to May 2022', { start: '2021-03-01', end: '2022-05-31' }],
  ])('%s', (text, dates) => expect(datesOf(text)).toEqual(dates));

  it('leaves the unknown strategy to be named once the range is one (it was several periods)', () => {
    const outcome = parseRequest('Bitte test the Ichimoku cloud on Bitcoin 2022 bis 2024, danke', { today });
    expect(outcome.ok && outcome.spec.date_range).toEqual({ start: '2022-01-01', end: '2024-12-31' });
    expect(outcome.ok && outcome.spec.strategies.map((strategy) => strategy.name)).toContain('ichimoku_cloud');
  });
});

describe('bars written before a date', () => {
  it.each([
    ['ema 9/21 btc 4h ytd pls w/ 5bps slip', '4h'],
    ['ema 9/21 eth 1h mtd', '1h'],
    ['sma btc 15m this month', '15m'],
  ])('%s', (text, interval) => expect(read(text)).toEqual(expect.objectContaining({ interval })));

  it('still leaves a length in the writer’s day alone', () => {
    expect(read('I work 12-hour shifts, test sma on btc ytd')).toEqual(expect.objectContaining({ interval: undefined }));
  });
});

describe('a follow-up read against the conversation', () => {
  const fourHourly = ['ema 12/26 on BTC 4h for 2024', '10bps fees'];
  it('reads a bare H1 as hourly bars where the conversation has bars', () => {
    expect(read('same but H1 and add 3bps slippage', fourHourly)).toEqual({ dates: { start: '2024-01-01', end: '2024-12-31' }, interval: '1h' });
    expect(read('now H1', fourHourly)).toEqual(expect.objectContaining({ interval: '1h' }));
  });

  it('keeps H1 a half-year with its year, or where no bars were set', () => {
    expect(datesOf('same but H1 2025', fourHourly)).toEqual({ start: '2025-01-01', end: '2025-06-30' });
    expect(read('same but H1', ['ema 12/26 on BTC for 2024'])).toEqual({ dates: { start: '2024-01-01', end: '2024-06-30' }, interval: undefined });
  });

  it.each([
    ['narrow it down to Q3', ['rsi 21 with 25/75 on XRP for 2023', 'actually make it 2024'], { start: '2024-07-01', end: '2024-09-30' }],
    ['only Q1', ['sma on btc for 2021'], { start: '2021-01-01', end: '2021-03-31' }],
    ['cut the window down to H2', ['sma on btc for 2022'], { start: '2022-07-01', end: '2022-12-31' }],
    // Must not change: a window over several years gives no year, and a written year is kept.
    ['now Q3', ['sma on btc for 2021-2023'], { start: '2025-07-01', end: '2025-09-30' }],
    ['now Q3 2022', ['sma on btc for 2021'], { start: '2022-07-01', end: '2022-09-30' }],
  ])('%s', (text, history, dates) => expect(datesOf(text, history)).toEqual(dates));
});
