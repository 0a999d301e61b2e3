import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';

const momentumRun = ['Tolong, backtest momentum lookback 90 on BNB from 2020 until 2023'];

/** "the lookback is wrong, should be 45": the value after the remark replaces the one called wrong (before: ignored). */
describe('a parameter called wrong takes the value it should be', () => {
  it.each([
    ['the lookback is wrong, it should be 45', 45],
    ["the lookback isn't right - must be 60", 60],
    ['Sorry, the lookback salah, should be 45.', 45],
  ])('"%s"', (text, lookback) => {
    expect(userStrategiesOf(text, momentumRun)).toEqual([{ name: 'momentum', params: { lookback } }]);
  });

  it('with the capital in Indonesian beside it', () => {
    const spec = specOf('Sorry, the lookback salah, should be 45. And use modal 15.000 USD ya', momentumRun);
    expect(spec.strategies[0]).toEqual({ name: 'momentum', params: { lookback: 45 } });
    expect(spec.initial_capital).toBe(15000);
  });

  it('must not change: a remark with no new value names none', () => {
    expect(() => specOf('the lookback is wrong', momentumRun)).toThrow();
  });
});
