import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { specsAfterTurnsOn, userStrategiesOf } from './test_support/spec_of.js';

const TODAY = '2025-11-20';
const specAfter = specsAfterTurnsOn(TODAY);

function outcomeOf(text: string, history: string[] = [], today = TODAY) {
  return parseRequest(text, { today, history });
}

/** A period, then a narrower range inside it said right after to explain it: the narrower range. */
describe('a period narrowed by the range after it', () => {
  it.each([
    ['bro just macd default on doge for the 2021 pump, jan to may 2021', '2021-01-01', '2021-05-31'],
    ['macd on doge in 2021, jan to may 2021', '2021-01-01', '2021-05-31'],
    ['sma on btc in 2022 — specifically march to june 2022', '2022-03-01', '2022-06-30'],
    ['rsi on eth 2020, i.e. the covid months feb-apr 2020', '2020-02-01', '2020-04-30'],
    ['rsi on eth in 2020 (feb-apr 2020)', '2020-02-01', '2020-04-30'],
    ['rsi on eth for 2021: namely q2 2021', '2021-04-01', '2021-06-30'],
    ['rsi on eth from 2019 to 2022, specifically 2021', '2021-01-01', '2021-12-31'],
  ])('"%s" runs %s to %s', (text, start, end) => {
    expect(specAfter([text]).date_range).toEqual({ start, end });
  });

  it('says in a note which period the range narrows', () => {
    const outcome = outcomeOf('rsi on eth 2020, i.e. the covid months feb-apr 2020');
    expect(outcome.ok && outcome.notes).toContain("read '2020' as the period the range after it narrows: 2020-02-01 to 2020-04-30");
  });

  it.each([
    ['sma on btc in 2022 — specifically march to june', '2022-03-01', '2022-06-30'],
    ['sma on btc in 2022, specifically march to june', '2022-03-01', '2022-06-30'],
    ['rsi on eth in 2020 (feb-apr)', '2020-02-01', '2020-04-30'],
    ['rsi on eth 2021: jan to may', '2021-01-01', '2021-05-31'],
    ['rsi on eth for 2021, i.e. jan to may', '2021-01-01', '2021-05-31'],
  ])('months without their year take the year before them: "%s" runs %s to %s', (text, start, end) => {
    expect(specAfter([text]).date_range).toEqual({ start, end });
  });

  it.each([
    // Compared, joined, or in sequence: two periods asked for, not one explained.
    'rsi on eth 2021 vs jan to may 2021',
    'rsi on eth 2021 and jan to may 2021',
    'rsi on eth 2021, then jan to may 2022',
    // Not nested.
    'rsi on eth 2021, jan to may 2022',
    'rsi on eth 2021, 2022',
    // A range of years, then a year inside it, with no word narrowing it: could be either.
    'rsi on eth from 2019 to 2022, 2021',
  ])('must not change: "%s" is still several periods', (text) => {
    const outcome = outcomeOf(text);
    expect(outcome.ok ? outcome.spec : outcome.error.code).toBe('several_periods');
  });

  it.each([
    ['rsi on eth in 2022, mostly march to june 2022', '2022-01-01', '2022-12-31'],
    ['macd on eth in 2022 from feb till may', '2022-02-01', '2022-05-31'],
    ['rsi on eth in 2022 - 2023', '2022-01-01', '2023-12-31'],
    ['rsi on eth in 2022-march 2023', '2022-01-01', '2023-03-31'],
    ['macd on doge for the 2021 rally, jan to may 2021', '2021-01-01', '2021-05-31'],
  ])('must not change: "%s" runs %s to %s', (text, start, end) => {
    expect(specAfter([text]).date_range).toEqual({ start, end });
  });
});

/** "last one year": a count of one, the trailing span as "the last 1 year" is; "last year" is the calendar year. */
describe('the last one year', () => {
  it.each([
    'Hi, I am having one query. Please backtest SMA crossover 5 and 20 on Ethereum for the last one year and revert with sharpe and drawdown. Capital is 5,00,000 (5 lakh).',
    'sma 5 20 on eth for the last one year',
    'sma 5 20 on eth over the past one year',
    'sma 5 20 on eth the last one yr',
    'sma 5 20 on eth last 1 yr',
    'sma 5 20 on eth the last 12 months',
  ])('"%s" is the trailing 365 days', (text) => {
    expect(specAfter([text]).date_range).toEqual({ start: '2024-11-20', end: '2025-11-20' });
  });

  it('the corpus request keeps its capital written in lakh, and its symbol', () => {
    const spec = specAfter(['Please backtest SMA crossover 5 and 20 on Ethereum for the last one year and revert with sharpe and drawdown. Capital is 5,00,000 (5 lakh).']);
    expect(spec).toMatchObject({ symbols: ['ETH'], initial_capital: 500000 });
  });

  it('"the past one month" is the trailing month', () => {
    expect(specAfter(['sma 5 20 on eth over the past one month']).date_range).toEqual({ start: '2025-10-20', end: '2025-11-20' });
  });

  it.each([
    ['sma 5 20 on eth last year', { start: '2024-01-01', end: '2024-12-31' }],
  ])('must not change: "%s" is the previous calendar year', (text, range) => {
    expect(specAfter([text]).date_range).toEqual(range);
  });

  it('must not change: "just the last one" still points at the last symbol named', () => {
    expect(specAfter(['sma on btc', 'add eth', 'just the last one']).symbols).toEqual(['ETH']);
  });

  it('"revert with" a reply undoes nothing in a follow-up', () => {
    const outcome = outcomeOf('make it eth and revert with sharpe and drawdown', ['sma on btc 2022']);
    expect(outcome.ok && outcome.spec.symbols).not.toEqual(['BTC']);
    expect(outcome.ok && outcome.notes.some((note) => note.startsWith('undid'))).toBe(false);
    expect(specAfter(['sma on btc 2022', 'make it eth', 'revert']).symbols).toEqual(['BTC']);
  });
});

/** Two days written after their months, crossing New Year: the days, not years running backwards. */
describe('days across New Year', () => {
  it.each([
    ['sma 5 20 btc dec 31 to jan 30', TODAY, '2024-12-31', '2025-01-30'],
    ['sma 5 20 btc nov 15 to feb 10', TODAY, '2024-11-15', '2025-02-10'],
    ['sma 5 20 btc dec 31 to jan 30', '2026-01-10', '2024-12-31', '2025-01-30'],
  ])('"%s" (today %s) runs %s to %s', (text, today, start, end) => {
    expect(specsAfterTurnsOn(today)([text]).date_range).toEqual({ start, end });
  });

  it.each([
    ['sma 5 20 btc mar 24 thru dec 24', '2024-03-01', '2024-12-31'],
    ['sma 5 20 btc dec 19 to jan 21', '2019-12-01', '2021-01-31'],
  ])('must not change: "%s" keeps its two-digit years, %s to %s', (text, start, end) => {
    expect(specAfter([text]).date_range).toEqual({ start, end });
  });
});

/** Selling on a fall (or buying on a rise) is another rule than the RSI's buying (or selling) level: nothing is read. */
describe('a move whose trade is the other side', () => {
  it.each([
    'rsi drops below 30 sell',
    'sell when rsi drops below 30',
    'when rsi drops below 30, sell',
  ])('"%s" sets no buying level', (text) => {
    expect(userStrategiesOf(text, ['rsi on btc 2022'])).toEqual([{ name: 'rsi_mean_reversion' }]);
  });

  it('"buy when rsi rises above 70" sets no selling level', () => {
    expect(userStrategiesOf('rsi on btc 2022, buy when rsi rises above 70')).toEqual([{ name: 'rsi_mean_reversion' }]);
  });

  it.each([
    ['buy when rsi drops below 30', { lower: 30 }],
    ['buy when rsi drops below 30, sell', { lower: 30 }],
    ['buy when rsi drops below 25, sell when it rises above 75', { lower: 25, upper: 75 }],
    ['buy when rsi drops below 25 sell above 75', { lower: 25, upper: 75 }],
    ['rsi drops below 25 buy, rises above 75 sell', { lower: 25, upper: 75 }],
    ['sell when rsi rises above 70', { upper: 70 }],
  ])('must not change: "%s" sets %o', (text, params) => {
    expect(userStrategiesOf(text, ['rsi on btc 2022'])).toEqual([{ name: 'rsi_mean_reversion', params }]);
  });
});
