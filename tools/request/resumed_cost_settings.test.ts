import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

const momentumOnBitcoin = ['test the momentum strategy on Bitcoin with lookback of 60 days, from 2019 until 2023.', 'Please also put commission of 0.1%.'];

describe('"the commission let it be 0.05%": the setting named first, then set through "it"', () => {
  it.each([
    ['Now I want to see also the Ethereum in same test, but the commission let it be 0.05% please.', { fees_bps: 5 }],
    ['the commission make it 0.05%', { fees_bps: 5 }],
    ['slippage let it be 5 bps', { slippage_bps: 5 }],
    ['the capital let it be 20000', { initial_capital: 20000 }],
  ])('"%s"', (text, setting) => {
    expect(specOf(text, momentumOnBitcoin)).toEqual(expect.objectContaining(setting));
  });
});

describe('must not change', () => {
  it.each([
    ['add ETH, the commission is fine, let it be'],
    ['add ETH, let it be 2021 to 2023'],
  ])('"%s" leaves the commission as it was', (text) => {
    expect(specOf(text, momentumOnBitcoin).fees_bps).toBe(10);
  });
});
