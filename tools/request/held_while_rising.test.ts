import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';

describe('"hold eth whenever it\'s up over the previous 30 days": holding while it rises is momentum', () => {
  it.each([
    ["simple idea: hold eth whenever it's up over the previous 30 days, sit in cash otherwise. test it on H2 2024", 30],
    ["hold btc while it's been rising over the last 60 days, else cash, for 2023", 60],
    ['own SPY only if it is up over the past 90 days, 2015-2020', 90],
  ])('"%s"', (text, lookback) => {
    expect(userStrategiesOf(text)).toEqual([{ name: 'momentum', params: { lookback } }]);
  });

  it('the run\'s window stays the one written', () => {
    expect(specOf("hold eth whenever it's up over the previous 30 days, sit in cash otherwise. test it on H2 2024").date_range)
      .toEqual({ start: '2024-07-01', end: '2024-12-31' });
  });

  it.each([
    "hold eth, sell whenever it's up over the previous 30 days, in 2024",
    'i held eth in 2023 when it was up over the past 30 days',
  ])('must not change: "%s" reads no momentum', (text) => {
    const outcome = parseRequest(text, { today: '2026-01-10', history: [] });
    expect(outcome.ok && outcome.spec.strategies.some((strategy) => strategy.name === 'momentum')).toBe(false);
  });
});
