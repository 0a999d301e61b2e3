import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

describe('bars given up after "instead of" are not the bars asked for (before: the last bars named won)', () => {
  it.each([
    ['run it on 4 hour candles instead of daily', ['sma 20/50 on eth 2024'], '4h'],
    ['switch to daily instead of hourly', ['sma 20/50 on eth 2024 on 4h'], '1d'],
    ['use hourly bars rather than daily', ['sma 20/50 on eth 2024'], '1h'],
    ['daily instead of 4h', ['sma 20/50 on eth 2024 on 4h'], '1d'],
    ['sma on eth 2024, hourly, not daily', [], '1h'],
  ])('%s', (text, history, interval) => {
    expect(specOf(text, history).interval).toBe(interval);
  });

  it('must not change: bars named alone', () => {
    expect(specOf('sma on eth 2024 on 4h candles').interval).toBe('4h');
  });
});
