import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';

describe('a crossover rule with the averages\' kind said in an aside', () => {
  it.each([
    ['buy litecoin when the quick moving average (the kind that counts recent days more, exponential I think) crosses above the slow one. normal settings are fine. first half of 2023', 'ema_crossover'],
    ['buy eth when the fast ma (the one that weights the latest prices most) crosses over the slow ma, 2021', 'ema_crossover'],
    ['buy eth when the fast average, the exponential one, crosses above the slow one, 2021', 'ema_crossover'],
    ['buy eth when the fast average (the simple kind) crosses above the slow one, 2021', 'sma_crossover'],
  ])('"%s"', (text, name) => {
    expect(userStrategiesOf(text)).toEqual([{ name }]);
  });
  it('"recent days" in the aside is no period', () => {
    expect(specOf('buy ltc when the quick moving average (the kind that counts recent days more) crosses above the slow one, first half of 2023').date_range).toEqual({ start: '2023-01-01', end: '2023-06-30' });
  });
});

describe('must not change', () => {
  it('an aside naming no kind leaves the rule as it was', () => {
    expect(userStrategiesOf('buy eth when the fast average crosses above the slow one, 2021')).toEqual([{ name: 'sma_crossover' }]);
  });
});
