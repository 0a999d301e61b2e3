import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';
import { specOf, userStrategiesOf } from '../test_support/spec_of.js';

const RSI_H1 = 'rsi mean reversion on SOL, period 10, buy under 25 sell over 75, H1 2023';

describe('"make it the full year": a part-year window widened to its calendar year (before: not_understood)', () => {
  it.each([
    ['make it the full year', RSI_H1, { start: '2023-01-01', end: '2023-12-31' }],
    ['run the whole year instead', RSI_H1, { start: '2023-01-01', end: '2023-12-31' }],
    ['extend it to the entire calendar year', RSI_H1, { start: '2023-01-01', end: '2023-12-31' }],
    ['ok now the full year', 'sma 20/50 on btc Q3 2022', { start: '2022-01-01', end: '2022-12-31' }],
    ['do the complete year please', 'ema 9/21 on eth for late 2021', { start: '2021-01-01', end: '2021-12-31' }],
  ])('"%s" after "%s"', (text, first, window) => {
    expect(specOf(text, [first]).date_range).toEqual(window);
  });

  it('with "put the period back to 14": the window widened and the period set (before: not_understood on "14")', () => {
    const spec = specOf('make it the full year and put the period back to 14', [RSI_H1]);
    expect(spec.date_range).toEqual({ start: '2023-01-01', end: '2023-12-31' });
    expect(userStrategiesOf('make it the full year and put the period back to 14', [RSI_H1])).toEqual([
      { name: 'rsi_mean_reversion', params: { period: 14, lower: 25, upper: 75 } },
    ]);
  });
});

/** The year still running widens only up to today (before: refused as future dates). Read on 2025-11-20. */
describe('the current year made whole is the year so far', () => {
  const windowOf = (text: string, first: string) => {
    const outcome = parseRequest(text, { today: '2025-11-20', history: [first] });
    return outcome.ok ? outcome.spec.date_range : outcome.error.code;
  };

  it.each([
    ['make it the full year', 'ema 12/26 on eth since march'],
    ['run it over the whole year', 'ema 12/26 on eth since march'],
    ['extend it to the entire calendar year', 'sma 20/50 on btc for Q3'],
  ])('"%s" after "%s"', (text, first) => {
    expect(windowOf(text, first)).toEqual({ start: '2025-01-01', end: '2025-11-20' });
  });

  it('a past year keeps its whole year', () => {
    expect(windowOf('make it the full year', 'ema 12/26 on eth march 2024 to june 2024')).toEqual({ start: '2024-01-01', end: '2024-12-31' });
  });
});

describe('what the whole-year reader leaves alone', () => {
  it('a window across two years is kept, with a note', () => {
    const spec = specOf('make it the whole year', ['sma 20/50 on btc 2022-05-01 to 2023-03-01']);
    expect(spec.date_range).toEqual({ start: '2022-05-01', end: '2023-03-01' });
  });

  it('a denied whole year asks for nothing ("I don\'t want the whole year")', () => {
    expect(specOf("I don't want the whole year, the summer crash muddies everything. EMA crossover on bitcoin for early 2021.").date_range)
      .toEqual({ start: '2021-01-01', end: '2021-04-30' });
  });

  it('a year named after it is the date ("for the whole year 2021")', () => {
    expect(specOf('sma 20/50 on btc for the whole year 2021').date_range).toEqual({ start: '2021-01-01', end: '2021-12-31' });
  });

  it('"put the period back" with no value still puts the window back', () => {
    expect(specOf('put the period back', ['sma 20/50 on btc 2022', 'make it 2023']).date_range).toEqual({ start: '2022-01-01', end: '2022-12-31' });
  });
});
