import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

/**
 * A message naming bars of a size ("4h") and elsewhere the family word of its unit ("hourly") asks
 * for the sized bars: the family word speaks of the data they are built from. Before, the later
 * "hourly" replaced the 4h bars ("I know the hourly data might not go back that far" ran on 1h).
 */
describe('sized bars stand beside the family word of their unit', () => {
  it.each([
    ['btc 4h bollinger 20/2 for 2024, I know the hourly data might not go back that far', '4h'],
    ['btc 4h rsi 2024 — the hourly bars probably don\'t go back that far', '4h'],
    ['eth 12h ema 9/21 2024, built from the hourly candles', '12h'],
    ['btc 4 hour candles sma 2024, the hourly history is short', '4h'],
    ['hourly data is patchy but try btc 4h sma 2024', '4h'],
    ['btc 4h sma 20/50 2024 hourly', '4h'],
  ])('"%s" runs on %s bars', (text, interval) => {
    expect(specOf(text).interval).toBe(interval);
  });

  it.each([
    // A correction or a change after the sized bars still asks for the family's own bars.
    ['btc sma 20/50 2024 on 4h, actually hourly', '1h'],
    ['btc 4h sma 20/50 2024, make it hourly', '1h'],
    ['btc 4h sma 20/50 2024 — sorry, hourly bars', '1h'],
    ['btc sma 20/50 2024 hourly, no wait 4h', '4h'],
    // Another unit's family word is not the sized bars' source.
    ["btc 4h? no, daily. rsi2 10/90, '22", '1d'],
    ['hourly btc sma 2024', '1h'],
  ])('"%s" keeps running on %s bars', (text, interval) => {
    expect(specOf(text).interval).toBe(interval);
  });
});
