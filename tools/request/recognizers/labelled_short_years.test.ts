import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from '../test_support/spec_of.js';

/**
 * Two digits right after a quarter or half label are its year: "eth q1 24 rsi" is Q1 2024 with the
 * default RSI; before, 24 became the RSI period and Q1 this year's.
 */
describe('a quarter or half label with a two-digit year', () => {
  it.each([
    ['eth q1 24 rsi', '2024-01-01', '2024-03-31'],
    ['sma on btc Q3 22', '2022-07-01', '2022-09-30'],
    ['sma on btc h1 23', '2023-01-01', '2023-06-30'],
    ['sma on btc q1-24', '2024-01-01', '2024-03-31'],
    ['sma on btc q1 24 to q3 24', '2024-01-01', '2024-09-30'],
    ['rsi on spy H2 21 please', '2021-07-01', '2021-12-31'],
  ])('"%s" runs %s to %s', (text, start, end) => {
    const spec = specOf(text);
    expect(spec.date_range).toEqual({ start, end });
  });

  it('"eth q1 24 rsi" keeps the default RSI period', () => {
    expect(userStrategiesOf('eth q1 24 rsi')[0]!.params ?? {}).toEqual({});
  });

  it.each([
    // The number is a setting: written apart from the label, with a unit, or as a pair.
    ['rsi 24 on eth q1 2024', { period: 24 }, '2024-01-01'],
    ['q1 rsi 24 on eth', { period: 24 }, '2026-01-01'],
    ['eth q1 20/50 sma', { short: 20, long: 50 }, '2026-01-01'],
    ['eth q2 20 day sma', { short: 20 }, '2025-04-01'],
  ])('"%s" keeps its number a setting', (text, parameters, start) => {
    expect(userStrategiesOf(text)[0]!.params).toEqual(parameters);
    expect(specOf(text).date_range?.start).toBe(start);
  });
});
