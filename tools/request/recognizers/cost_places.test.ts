import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

describe('where a fee is charged, between its noun and its amount (before: the amount ignored)', () => {
  it.each([
    ['bollinger on sol 2022. And the fee on my app is 0.25%.', 25],
    ['bollinger on sol 2022, fees at my broker are 0.2%', 20],
    ['bollinger on sol 2022, the commission on the exchange is 5 bps', 5],
    ['bollinger on sol 2022, the fees with my trading app are 0.3%', 30],
  ])('%s', (text, bps) => {
    expect(specOf(text).fees_bps).toBe(bps);
  });

  it.each([
    ['bollinger on sol 2022, the fee is 0.25%', 25],
    ['bollinger on sol 2022, fees of 5 bps', 5],
  ])('must not change: %s', (text, bps) => {
    expect(specOf(text).fees_bps).toBe(bps);
  });
});

describe('a bare cost joined to its noun by "of" (before: the number ignored)', () => {
  it('the round-65 follow-up', () => {
    const spec = specOf('add 10 bps fees and 5 of slippage', ['bollinger on bnb 2021-2023']);
    expect([spec.fees_bps, spec.slippage_bps]).toEqual([10, 5]);
  });

  it.each([
    ['bollinger on sol 2022, 5 of slippage', 'slippage_bps', 5],
    ['bollinger on sol 2022, 3 of fees', 'fees_bps', 3],
    ['bollinger on sol 2022, 10bps fees 5 slip', 'slippage_bps', 5],
  ] as const)('%s', (text, key, bps) => {
    expect(specOf(text)[key]).toBe(bps);
  });

  it('must not change: a count of something else stays unread', () => {
    expect(specOf('bollinger on sol 2022, top 5 of the fees').fees_bps).toBe(10);
  });
});
