import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';

const TODAY = '2025-11-20';

function readingOf(text: string): { dates?: unknown; notes?: readonly string[]; error?: string } {
  const outcome = parseRequest(text, { today: TODAY });
  return outcome.ok ? { dates: outcome.spec.date_range, notes: outcome.notes } : { error: outcome.error.code };
}

describe('a model year before a thing is the story, not a period', () => {
  it('"…and a 2009 Subaru at 210,000 miles. I want a 70/30 split…" (before: several_periods)', () => {
    const outcome = parseRequest(
      'Vet tech with 2 cats, 1 dog and a 2009 Subaru at 210,000 miles. I want a 70/30 split between bitcoin and ethereum, bought and held from 2020 through 2023.',
      { today: TODAY },
    );
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.spec.date_range).toEqual({ start: '2020-01-01', end: '2023-12-31' });
    expect(outcome.spec.portfolio?.weights).toEqual({ BTC: 0.7, ETH: 0.3 });
    expect(outcome.notes.some((note) => note.includes("read '2009' as background"))).toBe(true);
  });

  it.each([
    ['I drive my 2019 civic to work. Test sma 20/50 on spy from 2018 to 2022', { start: '2018-01-01', end: '2022-12-31' }, '2019'],
    ['I just bought a 2015 f-150. rsi on btc 2024', { start: '2024-01-01', end: '2024-12-31' }, '2015'],
    ['we sleep in our 2018 camper; macd on qqq 2021', { start: '2021-01-01', end: '2021-12-31' }, '2018'],
    ['my car is the 2012 model, test ema 9/21 on aapl for 2023', { start: '2023-01-01', end: '2023-12-31' }, '2012'],
  ])('%s', (text, dates, year) => {
    const reading = readingOf(text);
    expect(reading.dates).toEqual(dates);
    expect(reading.notes?.some((note) => note.includes(`read '${year}' as background`))).toBe(true);
  });

  it.each([
    // The market's own events and runs asked for keep their year.
    ['sma 20/50 on spy during the 2008 crash', { start: '2008-01-01', end: '2008-12-31' }],
    ['give me a 2023 sma test on spy', { start: '2023-01-01', end: '2023-12-31' }],
    ['rsi on a 2022 btc backtest', { start: '2022-01-01', end: '2022-12-31' }],
    ['I want a 2021 comparison of sma and ema on spy', { start: '2021-01-01', end: '2021-12-31' }],
  ])('unchanged: %s', (text, dates) => {
    expect(readingOf(text).dates).toEqual(dates);
  });
});
