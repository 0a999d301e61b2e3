import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';

describe('a parameter\'s name mistyped after its value takes that value, as spelt right', () => {
  it.each([
    ['rsi on eth 21 perod, 2024', 'rsi_mean_reversion', { period: 21 }],
    ['bollinger on spy 20 perod 2020', 'bollinger_bands', { period: 20 }],
    ['momentum on spy 90 lookbak 2020', 'momentum', { lookback: 90 }],
  ])('"%s"', (text, name, params) => {
    expect(userStrategiesOf(text)).toEqual([{ name, params }]);
    expect(specOf(text).notes?.some((note) => note.startsWith('read '))).toBe(true);
  });
});

describe('must not change: everyday words after a number stay themselves', () => {
  it('"rsi on eth 21 perils 2020" reads no name from "perils"', () => {
    expect(specOf('rsi on eth 21 perils 2020').notes).toContain("ignored: 'perils'");
  });
});
