import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';

function readingOf(text: string): { symbols: readonly string[]; optimise: boolean } | string {
  const outcome = parseRequest(text, { today: '2025-11-20' });
  return outcome.ok ? { symbols: outcome.spec.symbols, optimise: outcome.spec.optimization_required } : outcome.error.code;
}

/**
 * "which coin works best with SMA, BTC or ETH" compares instruments under one strategy: each runs with
 * the settings given, so no settings search; "which settings work best" still searches.
 */
describe('instruments compared under one strategy', () => {
  it.each([
    // Before: "works best" turned the search on.
    ['which coin works best with sma in 2024, btc or eth', ['BTC', 'ETH']],
    ['which of these stocks performs better under rsi 14 in 2023: aapl, msft or spy', ['AAPL', 'MSFT', 'SPY']],
    ['which asset would do best with macd since 2021, btc or eth?', ['BTC', 'ETH']],
    ['what symbol is best for an ema 10/50 cross in 2022 - spy or qqq', ['SPY', 'QQQ']],
    ['is btc or eth better for rsi in 2024', ['BTC', 'ETH']],
  ])('"%s"', (text, symbols) => {
    expect(readingOf(text)).toEqual({ symbols, optimise: false });
  });

  it('still ranks by a metric named after "best": "which coin works best by sortino …"', () => {
    const outcome = parseRequest('which coin works best by sortino with sma in 2024, btc or eth', { today: '2025-11-20' });
    expect(outcome.ok && [outcome.spec.rank_by, outcome.spec.optimization_required]).toEqual(['sortino_ratio', false]);
  });

  it.each([
    ['which settings work best for sma on btc in 2024', ['BTC']],
    ['which sma windows work best on btc and eth in 2024', ['BTC', 'ETH']],
    ['what lookback works best for momentum on SPY since 2000', ['SPY']],
    ['which pair works best for sma on btc in 2024', ['BTC']],
  ])('still searches where the settings are what is compared: "%s"', (text, symbols) => {
    expect(readingOf(text)).toEqual({ symbols, optimise: true });
  });
});
