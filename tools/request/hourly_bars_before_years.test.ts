import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

describe('"1h 2024" is hourly bars over 2024; a half written number first needs its capital H', () => {
  it('"btc ema 20/50 1h 2024" (was H1 2024 on daily bars)', () => {
    const spec = specOf('btc ema 20/50 1h 2024');
    expect(spec.interval).toBe('1h');
    expect(spec.date_range).toEqual({ start: '2024-01-01', end: '2024-12-31' });
  });

  it('"2H 2022" and "3q 2022" stay a half and a quarter (must not change)', () => {
    expect(specOf('sma on SPY 2H 2022').date_range).toEqual({ start: '2022-07-01', end: '2022-12-31' });
    expect(specOf('sma on SPY 3q 2022').date_range).toEqual({ start: '2022-07-01', end: '2022-09-30' });
  });
});
