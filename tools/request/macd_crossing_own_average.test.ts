import { describe, expect, it } from 'vitest';
import { userStrategiesOf } from './test_support/spec_of.js';

describe('MACD told as the gap between two averages crossing its own average', () => {
  it.each([
    'for cardano, buy when the gap between the 12 and 26 day exponential averages crosses above its own 9 day average, and sell when it crosses back below. 2023 only',
    'ada 2023, buy when the difference between the 12 and 26 day emas crosses over its own 9 day average',
    'ada 2023: go long when the spread between the 12- and 26-day exponential moving averages rises above its own 9-day average',
    'ada 2023, buy when the gap between a 26 day and a 12 day average goes above a 9 day average of it',
  ])('"%s"', (text) => {
    expect(userStrategiesOf(text)).toEqual([{ name: 'macd', params: { fast: 12, slow: 26, signal: 9 } }]);
  });
});

describe('must not change', () => {
  it('without the gap\'s own average, two exponential averages crossing stay a crossover', () => {
    expect(userStrategiesOf('ada 2023, buy when the 12 day exponential average crosses above the 26 day one')).toEqual([
      { name: 'ema_crossover', params: { short: 12, long: 26 } },
    ]);
  });

  it('a 9 day average that is not the gap\'s own is not its signal', () => {
    expect(userStrategiesOf('ada 2023, buy when the gap between the 12 and 26 day emas crosses above the 9 day average')).not.toContainEqual(
      expect.objectContaining({ name: 'macd' }),
    );
  });
});
