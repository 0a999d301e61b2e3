import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { PHRASE_TEST_TODAY, specOf, userStrategiesOf } from './test_support/spec_of.js';

describe('momentum told over a calendar window: read, its lookback left to the user', () => {
  it.each([
    'buy Solana when its price is higher than it was 3 months ago, otherwise stay in cash, 2021 to 2023',
    'i want buy the coin if it went up in the last months and sell if it went down. doge. from 2020',
    'buy btc if it has gone up over the past 6 weeks, 2022',
    'hold spy while it is higher than it was a year ago, 2010-2020',
  ])('"%s"', (text) => {
    const spec = specOf(text);
    expect(userStrategiesOf(text)).toEqual([{ name: 'momentum', params: {} }]);
    expect((spec.notes ?? []).some((note) => note.includes('default lookback') && note.includes('write it in days'))).toBe(true);
  });
});

describe('must not change', () => {
  it('selling when higher than months ago is no momentum rule', () => {
    const outcome = parseRequest('sell btc when it is higher than it was 3 months ago, 2022', { today: PHRASE_TEST_TODAY });
    // Selling on a rise is a rule of its own, asked back about; never run as momentum.
    expect(outcome.ok ? outcome.spec.strategies : outcome.error.code).toBe('not_understood');
  });
  it('the last 3 months alone is the run period', () => {
    const spec = specOf('how did btc do in the last 3 months');
    expect(userStrategiesOf('how did btc do in the last 3 months')).toEqual([]);
    expect(spec.date_range).toEqual({ start: '2025-10-10', end: '2026-01-10' });
  });
});
