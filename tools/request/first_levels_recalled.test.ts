import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';

const tightened = ['rsi 21 with 25/75 on BTC, 2020-2024', 'tighten the bands to 20/80'];
const firstLevels = [{ name: 'rsi_mean_reversion', params: { period: 21, lower: 25, upper: 75 } }];

describe('"go back to the levels I had at first": the first message\'s strategy settings come back', () => {
  it.each([
    'nah that was worse, go back to the levels I had at first',
    'go back to the thresholds we started with',
    'use the levels I had originally',
    'back to the numbers I first used',
    'go back to the bands I had to begin with',
  ])('"%s"', (text) => {
    expect(userStrategiesOf(text, tightened)).toEqual(firstLevels);
  });

  it('what the message or the turns between changed stays changed', () => {
    const spec = specOf('go back to the levels I had at first', [...tightened, 'use ETH']);
    expect(spec.symbols).toEqual(['ETH']);
    expect(spec.strategies.filter((strategy) => !strategy.baseline)).toEqual(firstLevels);
  });
});

describe('must not change', () => {
  it('"go back to what I had at first" still takes back every setting', () => {
    expect(userStrategiesOf('go back to what I had at first', tightened)).toEqual(firstLevels);
  });

  it('"tighten the bands to 15/85" sets new levels', () => {
    expect(userStrategiesOf('tighten the bands to 15/85', tightened)).toEqual([{ name: 'rsi_mean_reversion', params: { period: 21, lower: 15, upper: 85 } }]);
  });
});
