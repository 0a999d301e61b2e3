import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';

const TODAY = '2025-11-20';

function datesOf(text: string, history: string[] = []): unknown {
  const outcome = parseRequest(text, { today: TODAY, history });
  return outcome.ok ? outcome.spec.date_range : outcome.error.code;
}

function outcomeOf(text: string, history: string[] = []): ReturnType<typeof parseRequest> {
  return parseRequest(text, { today: TODAY, history });
}

/** A fuzzy point ("sometime in", "around") stands for its whole period: as a start its first day, as an end its last. */
describe('a fuzzy point at a range edge', () => {
  it.each([
    // Before: the start was lost and the window was the summer alone (2019-06-01 to 2019-08-31).
    ['momentum 14 on litecoin from the start of 2018 until sometime in the summer of 2019', { start: '2018-01-01', end: '2019-08-31' }],
    ['sma on btc from 2019 until sometime in 2021', { start: '2019-01-01', end: '2021-12-31' }],
    ['rsi on eth from sometime in early 2019 to around mid-2021', { start: '2019-01-01', end: '2021-06-30' }],
    ['macd on spy from 2016 through some time in Q3 2018', { start: '2016-01-01', end: '2018-09-30' }],
    ['ema 10/50 on btc from 2019 to roughly March 2021', { start: '2019-01-01', end: '2021-03-31' }],
    ['sma on btc between around 2018 and sometime in 2020', { start: '2018-01-01', end: '2020-12-31' }],
  ])('"%s"', (text, range) => {
    expect(datesOf(text)).toEqual(range);
  });

  it.each([
    ['sma on btc from 2019 until 2021', { start: '2019-01-01', end: '2021-12-31' }],
    ['momentum on ltc in the summer of 2019', { start: '2019-06-01', end: '2019-08-31' }],
    ['sma on btc in 2021 with about 5 bps fees', { start: '2021-01-01', end: '2021-12-31' }],
  ])('leaves ranges with no fuzzy lead as they were: "%s"', (text, range) => {
    expect(datesOf(text)).toEqual(range);
  });
});

/** "extend it back to", "go back to" with a date move the start and keep the end; "extend it to" moves the end. */
describe('a follow-up that takes the window back to a date', () => {
  const lastYear = ['rsi 14 30/70 on bnb last 12 months'];
  it.each([
    // Before: "to the start of 2023" was read as the end (end_before_start).
    ['extend it back to the start of 2023', lastYear, { start: '2023-01-01', end: '2025-11-20' }],
    ['push it back to 2022', lastYear, { start: '2022-01-01', end: '2025-11-20' }],
    ['go back to 2021', lastYear, { start: '2021-01-01', end: '2025-11-20' }],
    ['stretch the window all the way back to mid-2022', lastYear, { start: '2022-07-01', end: '2025-11-20' }],
    ['take the test back to March 2024', lastYear, { start: '2024-03-01', end: '2025-11-20' }],
    ['extend it back as far as 2018', ['sma on btc 2020-2022'], { start: '2018-01-01', end: '2022-12-31' }],
    ['look back to 2017', ['macd on eth from 2019 to 2021'], { start: '2017-01-01', end: '2021-12-31' }],
  ])('"%s" after %j', (text, history, range) => {
    expect(datesOf(text, history)).toEqual(range);
  });

  it.each([
    ['extend it to 2023', ['SMA 20/50 on BTC for 2022'], { start: '2022-01-01', end: '2023-12-31' }],
    ['extend it through the end of 2024', ['bollinger bands on gold from 2015 to 2020'], { start: '2015-01-01', end: '2024-12-31' }],
    ['push the start back to 2016', ['MACD on XRP from 2019 to 2021'], { start: '2016-01-01', end: '2021-12-31' }],
    ['go back another year', ['Backtest RSI on ETH for 2022'], { start: '2021-01-01', end: '2022-12-31' }],
  ])('still moves the edge it moved before: "%s"', (text, history, range) => {
    expect(datesOf(text, history)).toEqual(range);
  });

  it('"go back to the 20/50" still names settings, not dates', () => {
    const outcome = outcomeOf('meh, go back to the 20/50', ['sma 20/50 on ETH for 2023', 'try 10/30 instead']);
    expect(outcome.ok && outcome.spec.strategies[0]).toEqual({ name: 'sma_crossover', params: { short: 20, long: 50 } });
    expect(outcome.ok && outcome.spec.date_range).toEqual({ start: '2023-01-01', end: '2023-12-31' });
  });
});

/** "for now", "right now", "as of today" speak of the request, never of a window. */
describe('the time of speaking', () => {
  it.each([
    // Before: "for now" was a one-day period beside the range, refused as several_periods.
    ['Just IS numbers for now, walk-forward comes later: EMA 10/50 on BTC daily, 2018-01-01 to 2022-12-31, net of 5 bps fees and 2 bps slippage.', { start: '2018-01-01', end: '2022-12-31' }],
    ['for now just run sma on eth for 2021', { start: '2021-01-01', end: '2021-12-31' }],
    ['rsi on btc 2019-2020, as of now no fees', { start: '2019-01-01', end: '2020-12-31' }],
    ['right now I only care about macd on spy in 2022', { start: '2022-01-01', end: '2022-12-31' }],
    ['sma on btc for 2023 at the moment, we can widen it later', { start: '2023-01-01', end: '2023-12-31' }],
  ])('"%s"', (text, range) => {
    expect(datesOf(text)).toEqual(range);
  });

  it('"for now" keeps the symbols a follow-up adds (its "now" replaces nothing)', () => {
    const outcome = outcomeOf('for now, eth as well', ['sma on btc for 2022']);
    expect(outcome.ok && outcome.spec.symbols).toEqual(['BTC', 'ETH']);
  });

  it.each([
    ['sma on btc from 2020 until now', { start: '2020-01-01', end: '2025-11-20' }],
    ['sma on btc since 2020 as of today', { start: '2020-01-01', end: '2025-11-20' }],
    ['sma on btc from 2020 to today', { start: '2020-01-01', end: '2025-11-20' }],
  ])('"until now" still ends the range today: "%s"', (text, range) => {
    expect(datesOf(text)).toEqual(range);
  });

  it('"now try it on ETH" still replaces the symbol', () => {
    const outcome = outcomeOf('now try it on ETH', ['SMA 20/50 on BTC for 2022']);
    expect(outcome.ok && outcome.spec.symbols).toEqual(['ETH']);
  });
});

/**
 * "the end of 2021" alone as the whole window is its closing stretch (late 2021, Sep–Dec), said in a
 * note: one day tests nothing. A start alone still runs from there to today.
 */
describe('a lone period end as the whole window', () => {
  it.each([
    // Before: the one day 2021-12-31, refused as insufficient_history.
    ['sma on btc at the end of 2021', { start: '2021-09-01', end: '2021-12-31' }],
    ['rsi on eth for the end of 2020', { start: '2020-09-01', end: '2020-12-31' }],
    ['how did macd do on spy at the close of 2022', { start: '2022-09-01', end: '2022-12-31' }],
    ['ema 10/30 on btc eoy 2023', { start: '2023-09-01', end: '2023-12-31' }],
  ])('"%s"', (text, range) => {
    expect(datesOf(text)).toEqual(range);
  });

  it('says how it read the end', () => {
    const outcome = outcomeOf('sma on btc at the end of 2021');
    expect(outcome.ok && outcome.spec.notes).toContain('read "the end of 2021" as its closing stretch: 2021-09-01 to 2021-12-31');
  });

  it.each([
    ['sma on btc at the start of 2022', { start: '2022-01-01', end: '2025-11-20' }],
    ['sma on btc to the end of 2021', { end: '2021-12-31' }],
    ['sma on btc from 2019 to the end of 2021', { start: '2019-01-01', end: '2021-12-31' }],
    ['sma on btc in late 2021', { start: '2021-09-01', end: '2021-12-31' }],
    ['beginning of 2019 and end of 2021, sma on btc', { start: '2019-01-01', end: '2021-12-31' }],
  ])('leaves an end inside a range, and a lone start, as they were: "%s"', (text, range) => {
    const dates = datesOf(text);
    expect(dates).toMatchObject(range);
  });
});

/**
 * "until the final of 2024", "to the end of the 2024": end words as Spanish, French or Italian speakers
 * write them (before: "the final of 2024" read as all of 2024, so several_periods).
 */
describe('an end of a year in non-native words', () => {
  it.each([
    ['Hello, I would like to realize a backtest of the strategy RSI over the Solana, with period of 10 and the levels 25 and 75, since June of 2023 until the final of 2024. Is possible?', { start: '2023-06-01', end: '2024-12-31' }],
    ['macd on btc from 2021 to the end of the 2024', { start: '2021-01-01', end: '2024-12-31' }],
    ['sma on eth from march 2022 until final of 2024', { start: '2022-03-01', end: '2024-12-31' }],
    ['rsi on spy since 2019 to the finish of 2023', { start: '2019-01-01', end: '2023-12-31' }],
    ['ema on qqq from 2020 until the ending of 2022', { start: '2020-01-01', end: '2022-12-31' }],
  ])('"%s"', (text, range) => {
    expect(datesOf(text)).toEqual(range);
  });

  it.each([
    // Must not change: "the end of the year" is this year's end; "final" alone is no edge.
    ['sma on btc from 2024 to the end of the year', { start: '2024-01-01', end: '2025-12-31' }],
    ['rsi on eth 2023 and show me the final equity', { start: '2023-01-01', end: '2023-12-31' }],
  ])('"%s"', (text, range) => {
    expect(datesOf(text)).toEqual(range);
  });
});
