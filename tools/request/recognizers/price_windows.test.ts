import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';

const TODAY = '2025-11-20';

function dateRangeOf(text: string) {
  const outcome = parseRequest(text, { today: TODAY });
  return outcome.ok ? outcome.spec.date_range : outcome.error.code;
}

describe('"the last N days" inside a price rule is the rule\'s window, not the dates', () => {
  it.each([
    "BNB: buy when it closes above the top of the last 30 days' range. 2020 through 2022",
    'buy BNB when it breaks the last 20 days high, 2020 through 2022',
    'buy BNB when it closes above the high of the past 20 days, 2020 through 2022',
  ])('"%s" runs over 2020–2022 (before: refused as several periods)', (text) => {
    expect(dateRangeOf(text)).toEqual({ start: '2020-01-01', end: '2022-12-31' });
  });

  it.each([
    ['sma on BTC over the last 30 days', { start: '2025-10-21', end: TODAY }],
    // A price measure alone, with no comparison before it, does not make a rule.
    ['sma on BTC, last 90 days, high volatility is fine', { start: '2025-08-22', end: TODAY }],
    ['sma on BTC, sharpe above 1 over the last 90 days', { start: '2025-08-22', end: TODAY }],
  ])('"%s" is still a trailing window of dates', (text, range) => {
    expect(dateRangeOf(text)).toEqual(range);
  });
});
