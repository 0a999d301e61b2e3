import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

describe('a strategy checked every so many hours runs on bars that long (before: "hour" ignored)', () => {
  it.each([
    ['ema crossover on btc 2024, check it every 15 minutes', '15m'],
    ['sma on eth 2024, trade every 4 hours', '4h'],
    ['sma on eth 2024, look at it every hour', '1h'],
  ])('%s', (text, interval) => {
    expect(specOf(text).interval).toBe(interval);
  });

  it('apple checked every hour asks for hourly bars (which the data check refuses: AAPL has daily bars only)', () => {
    expect(specOf("could you check apple every hour with the ema crossover during 2024? I'm at my desk all day anyway").interval).toBe('1h');
  });

  it.each(['sma on eth 2024, rebalance every hour', 'sma on eth 2024, check every day', 'sma on eth 2024, every week'])('must not change: "%s" sets no bars', (text) => {
    expect(specOf(text).interval).toBeUndefined();
  });
});
