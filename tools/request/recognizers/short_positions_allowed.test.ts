import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

/**
 * Letting one short position or trade lets the short side: "and also allow the short position please"
 * turns shorting on, as "allow short positions" does. Before, 'allow' and 'position' were ignored.
 */
describe('letting the short position', () => {
  it.each([
    'I want to test turtle strategy in XRP, 2019~2023, and also allow the short position please. Initial money is 20000 dollar.',
    'sma on btc 2022, allow the short position',
    'sma on btc 2022, allow a short position',
    'sma on btc 2022, allow short positions',
    'sma on btc 2022, shorts allowed',
    'sma on btc 2022, permit shorting',
    'sma on btc 2022, permit short trades',
    'sma on btc 2022, short trades allowed',
  ])('"%s" allows shorting', (text) => {
    expect(specOf(text).allow_short).toBe(true);
  });

  it.each([
    'sma on btc 2022, don\'t allow the short position',
    'sma on btc 2022, long only',
  ])('"%s" keeps shorting off', (text) => {
    expect(specOf(text).allow_short).toBe(false);
  });

  it('"allow the short window to be 10" still names the fast window', () => {
    expect(specOf('sma on btc 2022, allow the short window to be 10').allow_short).toBeUndefined();
  });
});
