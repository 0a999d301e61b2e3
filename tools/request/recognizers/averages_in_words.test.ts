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

/**
 * Averages named noun first, their adjective after them, as Spanish, French and Italian speakers
 * order it (before: "the mobile averages exponential 9 and 21" was the plain sma crossover, its
 * numbers and "exponential" left unread).
 */
describe('averages named with the adjective after the noun', () => {
  it.each([
    ['Good evening, I would like to test the crossing of the mobile averages exponential 9 and 21 on the Cardano, since 2022. Eventually I want also to see the final capital if I begin with 5000 dollars.', 'ema_crossover', 9, 21],
    ['the moving averages exponential 20 and 50 on btc 2021', 'ema_crossover', 20, 50],
    ['the average moving simple 50 and 200 on spy 2020', 'sma_crossover', 50, 200],
    ['backtest the averages exponential 12 and 26 on eth since 2021', 'ema_crossover', 12, 26],
    ['crossing of averages moving exponential 10 and 30 on qqq 2019-2022', 'ema_crossover', 10, 30],
    ['medias moviles exponenciales 9 and 21 on btc 2022', 'ema_crossover', 9, 21],
    ['croisement des moyennes mobiles 20 and 50 on eth 2023', 'sma_crossover', 20, 50],
  ])('"%s"', (text, name, short, long) => {
    expect(userStrategiesOf(text)[0]).toEqual({ name, params: { short, long } });
  });

  it.each([
    // Must not change: adjective first, and mobile averages with no adjective after, keep their reading.
    ['test the crossing of the mobile averages 9 and 21 on btc 2022', 'sma_crossover', 9, 21],
    ['crossing of exponential mobile averages 9 and 21 on btc 2022', 'ema_crossover', 9, 21],
  ])('"%s"', (text, name, short, long) => {
    expect(userStrategiesOf(text)[0]).toEqual({ name, params: { short, long } });
  });
});
