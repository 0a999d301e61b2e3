import { describe, expect, it } from 'vitest';
import { notesOf, strategiesOf } from '../test_support/strategies_of.js';

/**
 * Two windows with their bar units crossing are moving averages: "buy when the 50 day crosses above
 * the 200 day" is a 50/200 SMA crossover. Before, only the baseline ran, with a note.
 */
describe('a crossover rule between windows named by their bars', () => {
  it.each([
    ['buy when the 50 day crosses above the 200 day on spy 2010-2020', 'sma_crossover', 50, 200],
    ['buy spy when the 50-day crosses over the 200-day, 2010-2020', 'sma_crossover', 50, 200],
    ['buy when the 20 day average crosses over the 50 day on spy 2015-2020', 'sma_crossover', 20, 50],
    ['buy when the 10 ema crosses above the 30 ema on spy 2015-2020', 'ema_crossover', 10, 30],
    ['on spy 2010-2020 buy when the 50-day crosses over the 200-day ema', 'ema_crossover', 50, 200],
    ['spy 2010-2020, sell when the 20 day drops below the 100 day', 'sma_crossover', 20, 100],
  ])('"%s" is %s %d/%d', (text, name, short, long) => {
    expect(strategiesOf(text)).toEqual([{ name, params: { short, long } }]);
  });

  it('says how an unnamed pair was read', () => {
    expect(notesOf('buy when the 50 day crosses above the 200 day on spy 2010-2020')).toContain(
      "read 'the 50 day crosses above the 200 day' as a 50/200 simple moving average crossover");
  });

  it.each([
    // The opposite side is no crossover strategy; a price is no average.
    'sell when the 50 day crosses above the 200 day on spy 2010-2020',
    'buy when price crosses above the 200 day on spy 2010-2020',
  ])('"%s" runs no crossover', (text) => {
    expect(strategiesOf(text)).toEqual([]);
  });
});
