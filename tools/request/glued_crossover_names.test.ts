import { describe, expect, it } from 'vitest';
import { userStrategiesOf } from './test_support/spec_of.js';

describe('the crossover written as one glued word: "smacross 15 45", "emaxover 8/21"', () => {
  it.each([
    ['bnb smacross 15 45 h2 2023', 'sma_crossover', { short: 15, long: 45 }],
    ['btc macross 10 30 2023', 'sma_crossover', { short: 10, long: 30 }],
    ['eth smaxover 20/50 2022', 'sma_crossover', { short: 20, long: 50 }],
    ['spy macrossover 10 40 2021', 'sma_crossover', { short: 10, long: 40 }],
    ['sol emacross 9 21 2023', 'ema_crossover', { short: 9, long: 21 }],
    ['sol emaxover 8/21 2023', 'ema_crossover', { short: 8, long: 21 }],
  ])('"%s"', (text, name, params) => {
    expect(userStrategiesOf(text)).toEqual([{ name, params }]);
  });
});

describe('must not change: the crossover in separate words', () => {
  it.each([
    ['bnb sma cross 15 45 h2 2023', 'sma_crossover', { short: 15, long: 45 }],
    ['sol ema cross 9 21 2023', 'ema_crossover', { short: 9, long: 21 }],
  ])('"%s"', (text, name, params) => {
    expect(userStrategiesOf(text)).toEqual([{ name, params }]);
  });
});
