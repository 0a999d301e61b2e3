import { describe, expect, it } from 'vitest';
import { userStrategiesOf } from '../test_support/spec_of.js';


/** Two averages named in everyday words are the crossover of those windows (before: the strategy or its windows were lost). */
describe('a crossover named by its averages in words', () => {
  it.each([
    ['Is it worth trading Apple with the 20 and 50 day averages or should I just buy it and sit on it? Since 2015', 'sma_crossover', 20, 50],
    ['Moving averages of ten and thirty days on cardano from 2019 to 2021', 'sma_crossover', 10, 30],
    ['10-day and 30-day averages crossing on btc in 2023', 'sma_crossover', 10, 30],
    ['exponential averages of 12 and 26 days on btc in 2023', 'ema_crossover', 12, 26],
    ['simple moving averages of 20 and 50 days on eth in 2022', 'sma_crossover', 20, 50],
    ['the 50 and 200 day moving averages on spy since 2010', 'sma_crossover', 50, 200],
    ['the 200 and 50 day averages on spy since 2010', 'sma_crossover', 50, 200],
  ])('"%s"', (text, name, short, long) => {
    expect(userStrategiesOf(text)[0]).toEqual({ name, params: { short, long } });
  });

  it('buying and sitting on it is a run beside the averages', () => {
    expect(userStrategiesOf('Is it worth trading Apple with the 20 and 50 day averages or should I just buy it and sit on it? Since 2015').map((strategy) => strategy.name))
      .toEqual(['sma_crossover', 'buy_and_hold']);
  });

  it.each([
    // Must not change: beside a crossover named outright the averages are its windows.
    ['an exponential moving average crossover using the 12 and 26 day averages on Apple in 2023', [{ name: 'ema_crossover', params: { short: 12, long: 26 } }]],
    ['sma crossover on btc in 2023 with the 10 and 40 day averages', [{ name: 'sma_crossover', params: { short: 10, long: 40 } }]],
  ])('"%s" keeps one crossover', (text, strategies) => {
    expect(userStrategiesOf(text)).toEqual(strategies);
  });
});
