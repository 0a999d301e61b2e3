import { describe, expect, it } from 'vitest';
import { strategiesOf } from '../test_support/strategies_of.js';

describe('two averages named apart: the shorter window is the short one', () => {
  it.each([
    ['200 day and 50 day sma on apple over the past 10 years with 10,000 dollars', 'sma_crossover', 50, 200],
    ['the 200-day and the 50-day moving averages on spy since 2010', 'sma_crossover', 50, 200],
    ['200 and 50 day moving averages on btc 2020', 'sma_crossover', 50, 200],
    ['200 day sma vs 50 day sma on qqq 2015 to 2020', 'sma_crossover', 50, 200],
    ['200-day vs 50-day sma on qqq 2015 to 2020', 'sma_crossover', 50, 200],
    ['the 200-day moving average and the 50-day moving average on btc 2021', 'sma_crossover', 50, 200],
    ['200 day ema & 50 day ema eth 2022', 'ema_crossover', 50, 200],
    ['26 and 12 day ema crossover on eth 2021', 'ema_crossover', 12, 26],
    ['the 50 day and 200 day sma on apple 2020', 'sma_crossover', 50, 200],
  ])('%s', (text, name, short, long) => {
    expect(strategiesOf(text)).toEqual([{ name, params: { short, long } }]);
  });

  it.each([
    'sma 50/20 on btc 2022',
    'sma crossover 50/20 btc 2022',
    '50/20 sma on btc 2022',
    'short 50 long 20 sma btc 2022',
  ])('%s keeps the written order (refused later as bad_parameters)', (text) => {
    expect(strategiesOf(text)).toEqual([{ name: 'sma_crossover', params: { short: 50, long: 20 } }]);
  });

  it('leaves a second window that belongs to another strategy', () => {
    expect(strategiesOf('20 day sma and 50 day momentum on btc 2022')).toContainEqual({ name: 'momentum' });
  });
});
