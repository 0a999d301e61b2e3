import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';

const pair = ['compare sma 20/50 and ema 12/26 on ETH for 2024'];

describe('"the second one 8/21": a place in the list names the strategy listed there', () => {
  it.each([
    ['make the first one 10/30', [{ name: 'sma_crossover', params: { short: 10, long: 30 } }, { name: 'ema_crossover', params: { short: 12, long: 26 } }]],
    ['set the second strategy to 8/21', [{ name: 'sma_crossover', params: { short: 20, long: 50 } }, { name: 'ema_crossover', params: { short: 8, long: 21 } }]],
    ['and the last one 5/15', [{ name: 'sma_crossover', params: { short: 20, long: 50 } }, { name: 'ema_crossover', params: { short: 5, long: 15 } }]],
    ['change the first one to 15 40', [{ name: 'sma_crossover', params: { short: 15, long: 40 } }, { name: 'ema_crossover', params: { short: 12, long: 26 } }]],
  ])('"%s"', (text, expected) => {
    expect(userStrategiesOf(text, pair)).toEqual(expected);
  });

  it('one place after another, each follow-up keeping what the one before changed', () => {
    expect(userStrategiesOf('and the second one 8/21', [...pair, 'make the first one 10/30'])).toEqual([
      { name: 'sma_crossover', params: { short: 10, long: 30 } }, { name: 'ema_crossover', params: { short: 8, long: 21 } },
    ]);
  });

  it('a place the list does not have changes nothing, and says why', () => {
    const spec = specOf('make the third one 10/30', pair);
    expect(spec.strategies.filter((strategy) => !strategy.baseline)).toEqual([
      { name: 'sma_crossover', params: { short: 20, long: 50 } }, { name: 'ema_crossover', params: { short: 12, long: 26 } },
    ]);
    expect(spec.notes?.some((note) => note.includes('lists 2 strategies'))).toBe(true);
  });
});

describe('must not change', () => {
  it('"now 10/30" with no place still retunes the latest strategy that takes the numbers', () => {
    expect(userStrategiesOf('now 10/30', ['sma 20/50 on ETH 2024'])).toEqual([{ name: 'sma_crossover', params: { short: 10, long: 30 } }]);
  });

  it('"the first half of 2022" is a period, not a place in the list', () => {
    expect(specOf('the first half of 2022', pair).date_range).toEqual({ start: '2022-01-01', end: '2022-06-30' });
  });
});
