import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenizer.js';
import { specOf } from './test_support/spec_of.js';

/**
 * "$SPY", "$ETH": a cashtag names a ticker. Its dollar sign is no currency, so the number before it
 * is never money, nor a year turned into an amount (before, "10/90 $SPY" read 90 as the capital and
 * "late 2022 $ETH" read 2022 as the capital and lost the dates).
 */
describe('a cashtag is a ticker, not dollars signing the number before it', () => {
  it('leaves no dollar token, and the ticker stands apart from the number before it', () => {
    const tokens = tokenize('10/90 $SPY');
    expect(tokens.map((token) => token.norm)).toEqual(['10', '/', '90', 'spy']);
    expect(tokens[3]!.joined).toBe(false);
  });

  it.each([
    // The corpus sentences (round 43).
    ['rsi2 10/90 $SPY since 2010, dd<20%', { symbols: ['SPY'], params: { period: 2, lower: 10, upper: 90 }, start: '2010-01-01' }],
    ['late 2022 $ETH ema9/21, markdown + svg plz', { symbols: ['ETH'], params: { short: 9, long: 21 }, start: '2022-09-01' }],
    // Neighbours: a parameter list or a year just before the cashtag.
    ['macd 12/26/9 $BTC 2021', { symbols: ['BTC'], params: { fast: 12, slow: 26, signal: 9 }, start: '2021-01-01' }],
    ['donchian 20/10 $ETH since 2020', { symbols: ['ETH'], params: { period: 20, exit_period: 10 }, start: '2020-01-01' }],
    ['Q4 2021 $SOL rsi 14', { symbols: ['SOL'], params: { period: 14 }, start: '2021-10-01' }],
    ['rsi3 5/95 $QQQ 2015', { symbols: ['QQQ'], params: { period: 3, lower: 5, upper: 95 }, start: '2015-01-01' }],
  ])('"%s"', (text, expected) => {
    const spec = specOf(text);
    expect(spec.symbols).toEqual(expected.symbols);
    expect(spec.strategies[0]!.params).toEqual(expected.params);
    expect(spec.date_range?.start).toBe(expected.start);
    expect(spec.initial_capital).toBe(10000);
  });

  it('keeps the history of a cashtag request: "ema9/21 $SOL ytd" keeps both windows through a follow-up', () => {
    const spec = specOf('k now swap sol for doge', ['ema9/21 $SOL ytd', 'fees 0.1%', 'slippage 5bps', '$25k capital']);
    expect(spec.symbols).toEqual(['DOGE']);
    expect(spec.strategies[0]).toEqual({ name: 'ema_crossover', params: { short: 9, long: 21 } });
    expect(spec.initial_capital).toBe(25000);
  });

  describe('must not change: a dollar sign before or after an amount is still money', () => {
    it.each([
      ['$25k on $BTC sma 2022', 25000],
      ['sma on btc 2022 with 5000 $', 5000],
      ['5000 $ capital, sma on btc 2022', 5000],
      ['sma on $ETH 2022 starting with $ 20,000', 20000],
    ])('"%s" starts with %d', (text, capital) => {
      expect(specOf(text).initial_capital).toBe(capital);
    });
  });
});
