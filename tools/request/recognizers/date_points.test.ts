import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';

const TODAY = '2025-11-20';

function datesOf(text: string): unknown {
  const outcome = parseRequest(text, { today: TODAY });
  return outcome.ok ? outcome.spec.date_range : outcome.error.code;
}

describe('a day in words after a short month name, led by "since" or "from", is that day in the latest past', () => {
  it('"eth hourly ema nine and twenty one since oct first" (before: the date was lost)', () => {
    const outcome = parseRequest('eth hourly ema nine and twenty one since oct first', { today: TODAY });
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.spec.date_range).toEqual({ start: '2025-10-01', end: TODAY });
    expect(outcome.spec.interval).toBe('1h');
    expect(outcome.spec.strategies.filter((strategy) => !strategy.baseline)).toEqual([{ name: 'ema_crossover', params: { short: 9, long: 21 } }]);
  });

  it.each([
    ['eth ema 9/21 since may first', { start: '2025-05-01', end: TODAY }],
    ['spy sma 20/50 from sep third', { start: '2025-09-03', end: TODAY }],
    ['btc rsi from jan second to mar first', { start: '2025-01-02', end: '2025-03-01' }],
    // Not yet this year: last year's.
    ['eth ema 9/21 since dec first', { start: '2024-12-01', end: TODAY }],
    // Already read before, kept.
    ['eth ema 9/21 since the first of oct', { start: '2025-10-01', end: TODAY }],
    ['eth ema 9/21 from june 1st', { start: '2025-06-01', end: TODAY }],
    ['eth ema 9/21 since march third', { start: '2025-03-03', end: TODAY }],
    ['eth ema 9/21 since oct first 2024', { start: '2024-10-01', end: TODAY }],
  ])('%s', (text, dates) => {
    expect(datesOf(text)).toEqual(dates);
  });

  it('unchanged: "may first" with no lead is a verb and a word', () => {
    expect(datesOf('I may first try rsi on btc 2023')).toEqual({ start: '2023-01-01', end: '2023-12-31' });
  });
});
