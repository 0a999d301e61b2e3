import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';

describe('a breakout told as "higher than anything in the past 20 days" / "the lowest price of the last 10 days"', () => {
  it.each([
    ['buy SPY when it goes higher than anything in the past 20 days, and get out when it drops below the lowest price of the last 10 days, from 2010', { period: 20, exit_period: 10 }],
    ['buy qqq when it closes above the highest price of the last 55 days and sell when it falls under anything in the past 20 days, 2015-2020', { period: 55, exit_period: 20 }],
    ['buy gld when it trades above any close of the past 30 days, exit when it drops lower than anything in the last 15 days, 2018', { period: 30, exit_period: 15 }],
  ])('"%s"', (text, params) => {
    expect(userStrategiesOf(text)).toEqual([{ name: 'donchian_breakout', params }]);
  });
  it('the window stays the one asked for', () => {
    expect(specOf('buy SPY when it goes higher than anything in the past 20 days, from 2010').date_range?.start).toBe('2010-01-01');
  });
});

describe('must not change', () => {
  it('"buy when it goes lower than anything in the past 20 days" is no breakout: still refused as two periods', () => {
    const outcome = parseRequest('buy qqq when it goes lower than anything in the past 20 days, 2015-2020', { today: '2026-01-10', history: [] });
    expect(outcome.ok ? undefined : outcome.error.code).toBe('several_periods');
  });
  it('"higher than 60 days ago" stays momentum', () => {
    expect(userStrategiesOf('go long spy whenever it closes higher than it did 60 bars ago, 2015-2020')).toEqual([{ name: 'momentum', params: { lookback: 60 } }]);
  });
});
