import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from '../test_support/spec_of.js';

const bollinger = ['bollinger bands on litecoin for 2022, 20 days and 2 std'];

describe('"2.5 instead of 2": the setting whose value is replaced', () => {
  it.each([
    ['hmm try it with 2.5 instead of 2', bollinger, { name: 'bollinger_bands', params: { period: 20, std_dev: 2.5 } }],
    ['use 30 rather than 20', bollinger, { name: 'bollinger_bands', params: { period: 30, std_dev: 2 } }],
    ['try 8 instead of 12', ['macd on btc 2022'], { name: 'macd', params: { fast: 8 } }],
    ['make it 25 in place of 30', ['rsi 14 30/70 on eth 2022'], { name: 'rsi_mean_reversion', params: { period: 14, lower: 25, upper: 70 } }],
    ['use 40 instead of 50', ['sma 20/50 on btc 2022'], { name: 'sma_crossover', params: { short: 20, long: 40 } }],
  ])('"%s"', (text, history, expected) => {
    expect(userStrategiesOf(text, history)).toEqual([expected]);
  });
});

describe('must not change', () => {
  it('a value no setting has is noted, not applied', () => {
    expect(userStrategiesOf('try 7 instead of 5', ['sma 20/50 on btc 2022'])).toEqual([{ name: 'sma_crossover', params: { short: 20, long: 50 } }]);
  });
  it('years still replace the window', () => {
    expect(specOf('2023 instead of 2022', ['bollinger bands on litecoin for 2022']).date_range).toEqual({ start: '2023-01-01', end: '2023-12-31' });
  });
  it('a named value still replaces its own parameter', () => {
    expect(userStrategiesOf('std dev 2.5 instead of 2', bollinger)).toEqual([{ name: 'bollinger_bands', params: { period: 20, std_dev: 2.5 } }]);
  });
});
