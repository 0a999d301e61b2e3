import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';

describe('desk shorthand: "donch", "golden x", "ew"', () => {
  it('"donch 55/20" is the Donchian breakout with its entry and exit channels', () => {
    expect(userStrategiesOf('btc donch 55/20 L/S 2018-24 calmar>1')).toEqual([{ name: 'donchian_breakout', params: { period: 55, exit_period: 20 } }]);
    expect(specOf('btc donch 55/20 L/S 2018-24 calmar>1').portfolio ?? null).toBeNull();
  });

  it.each(['bnb+ltc ew, golden x, since \'19, dd>-35%', 'bnb ltc ew, death x, 2019'])('"%s": equal weights, the 50/200 SMA crossover', (text) => {
    const spec = specOf(text);
    expect(spec.portfolio?.weights).toEqual({ BNB: 0.5, LTC: 0.5 });
    expect(userStrategiesOf(text)).toEqual([{ name: 'sma_crossover', params: { short: 50, long: 200 } }]);
  });
});

describe('must not change', () => {
  it('"ew" not ending the list\'s clause is no weighting', () => {
    expect(specOf('btc eth ew sma 20/50 2022').portfolio?.weights ?? null).toBeNull();
  });
});
