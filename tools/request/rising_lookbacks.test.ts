import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';

describe('"buy when it has been going up over the last 90 days": the rule\'s window is momentum\'s lookback', () => {
  it.each([
    ['buy bitcoin whenever it\'s been going up over the last 3 months (90 days) and sell when it hasn\'t, from 2020 to 2023', 90],
    ['buy eth when it has risen over the past 60 days, sell otherwise, 2021', 60],
    ['buy spy when it is trending up in the last 120 days, 2015-2020', 120],
  ])('"%s"', (text, lookback) => {
    expect(userStrategiesOf(text)).toEqual([{ name: 'momentum', params: { lookback } }]);
  });
  it('"going up over the last 3 months" is momentum whose lookback is left to the user (calendar_momentum_rules.test.ts), the run keeping 2021', () => {
    const spec = specOf('buy eth when it has been going up over the last 3 months, 2021');
    expect(userStrategiesOf('buy eth when it has been going up over the last 3 months, 2021')).toEqual([{ name: 'momentum', params: {} }]);
    expect(spec.date_range).toEqual({ start: '2021-01-01', end: '2021-12-31' });
  });
  it('the run keeps the period asked for', () => {
    expect(specOf('buy eth when it has risen over the past 60 days, 2021').date_range).toEqual({ start: '2021-01-01', end: '2021-12-31' });
  });
});

describe('must not change', () => {
  it('"sell eth when it has risen over the past 60 days, 2021" is no momentum rule: still refused as two periods', () => {
    const outcome = parseRequest('sell eth when it has risen over the past 60 days, 2021', { today: '2026-01-10', history: [] });
    expect(outcome.ok ? undefined : outcome.error.code).toBe('several_periods');
  });
  it('"how has eth done over the past 60 days" is a period', () => {
    expect(specOf('how has eth done over the past 60 days').date_range).toEqual({ start: '2025-11-11', end: '2026-01-10' });
  });
});
