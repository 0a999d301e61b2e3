import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';

const crossover = (short: number, long: number) => ({ name: 'sma_crossover', params: { short, long } });

describe('a crossover rule told as a story, in the past, with its exit crossing back', () => {
  it.each([
    ['if instead I had bought SPY whenever the 50-day average rose above the 200-day and sold when it fell back under, 2013 to 2023', crossover(50, 200)],
    ['buy SPY when the 20 day average climbed above the 50 day, 2020', crossover(20, 50)],
    ['buy SPY when the 20 day average went above the 50 day and sell when it dropped back below, 2020', crossover(20, 50)],
    ['buy SPY when the 20 day average crosses above the 50 day and sell when it crosses back below, 2020', crossover(20, 50)],
    ['buy SPY when the 20 day average crosses above the 50 day, sell when it falls back under the 50 day, 2020', crossover(20, 50)],
    ['buy SPY when the 20 day ema rose above the 50 day ema, 2020', { name: 'ema_crossover', params: { short: 20, long: 50 } }],
  ])('"%s"', (text, strategy) => {
    expect(userStrategiesOf(text)).toEqual([strategy]);
    expect(specOf(text).notes?.join(' ') ?? '').not.toMatch(/ignored: .*'(fell|dropped|crosses|falls)'/);
  });

  it('holding "like I did" is the user\'s own run, listed beside the crossover', () => {
    const text = 'I bought Apple in 2013 and have held it ever since. If instead I had bought whenever the 50-day average rose above the 200-day and sold when it fell back under, how would that have done from 2013 through 2023, compared to simply holding like I did?';
    expect(userStrategiesOf(text)).toEqual([crossover(50, 200), { name: 'buy_and_hold' }]);
  });
});

describe('must not change', () => {
  it('holding as a plain yardstick stays the baseline', () => {
    expect(userStrategiesOf('a 50 and 200 day moving average crossover on SPY from 2000 through 2012, compared with just holding it')).toEqual([crossover(50, 200)]);
  });
  it('an exit crossing the same way is not read as the exit leg', () => {
    const spec = specOf('buy SPY when the 20 day average crosses above the 50 day and sell when it rises above, 2020');
    expect(spec.notes?.join(' ')).toMatch(/ignored: 'rises'/);
  });
  it('buying as the shorter average falls below is still no crossover', () => {
    expect(userStrategiesOf('buy SPY when the 20 day average fell below the 50 day, 2020')).toEqual([]);
  });
});
