import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

const costsOf = (text: string) => {
  const spec = specOf(text);
  return { fees: spec.fees_bps, slippage: spec.slippage_bps };
};

describe('a bare amount joined to its cost by "in" or "for", as by "of", in a list of costs: "5 in slippage" is 5 bps', () => {
  it.each([
    // Round 124.
    ['My client holds a lot of AAPL through his employer and wants to know how a simple 10/50 SMA crossover would have done on it during 2018–2022, net of 5 bps in fees and 5 in slippage. Short selling is fine for him.',
      { fees: 5, slippage: 5 }],
    ['sma 10 50 on aapl 2018-2022, 10 bps fees and 5 for slippage', { fees: 10, slippage: 5 }],
    ['sma 10 50 on aapl 2018-2022, 0.1% in fees and 3 in slippage', { fees: 10, slippage: 3 }],
    ['sma 10 50 on aapl 2018-2022, 5 in fees', { fees: 5, slippage: undefined }],
  ])('%j', (text, costs) => {
    expect(costsOf(text)).toEqual(costs);
  });

  describe('must not change', () => {
    it.each([
      ['sma 10 50 on aapl 2018-2022, 10 bps fees and 5 of slippage', { fees: 10, slippage: 5 }],
      ['sma 20 50 on btc in 2022', { fees: 10, slippage: undefined }],
      // A sum of money put to the costs is no basis points.
      ['rsi on BTC 2022, capital 10000, set aside 100 for fees', { fees: 10, slippage: undefined }],
      ['rsi on BTC 2022, I pay $5 in fees per trade', { fees: 10, slippage: undefined }],
    ])('%j', (text, costs) => {
      expect(costsOf(text)).toEqual(costs);
    });
  });

  // A sum paid as a cost was read as the capital (5, 5, 2); it is neither capital nor bps, and is noted unread.
  it.each([
    'rsi on BTC 2022, 10 bps fees and $5 for slippage',
    'rsi on BTC 2022, $5 in fees',
    'rsi on BTC 2022, $2 per trade commission',
  ])('%j: the sum put to a cost is no capital', (text) => {
    const spec = specOf(text);
    expect(spec.initial_capital).toBe(10000);
    expect(spec.slippage_bps).toBeUndefined();
    expect((spec.notes ?? []).some((note) => note.startsWith('ignored:'))).toBe(true);
  });

  describe('must not change: money beside no cost is the capital', () => {
    it.each([
      ['rsi on BTC 2022, $5000 for the test', 5000],
      ['rsi on BTC 2022, capital $2500 and 10 bps fees', 2500],
    ])('%j', (text, capital) => {
      expect(specOf(text).initial_capital).toBe(capital);
    });
  });
});

describe('a long list of costs joined by "in" is read in one pass', () => {
  // Each bare number once looked back by reading every earlier cost in full, which joined its own bare
  // numbers the same way: six items took seconds, a dozen never ended.
  it('reads thirteen "N in fees and N in slippage" items', () => {
    const spec = specOf(`rsi on BTC 2022 with 5 bps in fees and 5 in slippage${', 5 in fees and 5 in slippage'.repeat(12)}`);
    expect(spec.fees_bps).toBe(5);
    expect(spec.slippage_bps).toBe(5);
  });
});
