import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';

const two = ['sma crossover and rsi on btc 2022'];

/** A place in the conversation's list of strategies, in words or figures ("1st", "2nd"), with "drop" or "only" acting on it. */
describe('a strategy named by its place', () => {
  it.each([
    ['the 2nd one only', ['rsi_mean_reversion']],
    ['the second one only', ['rsi_mean_reversion']],
    ['only the second one', ['rsi_mean_reversion']],
    ['drop the 1st strategy', ['rsi_mean_reversion']],
    ['drop the first strategy', ['rsi_mean_reversion']],
    ['drop the last strategy', ['sma_crossover']],
    ['the first strategy only', ['sma_crossover']],
    ['remove the 2nd strat', ['sma_crossover']],
  ])('"%s"', (text, names) => {
    expect(userStrategiesOf(text, two).map((strategy) => strategy.name)).toEqual(names);
  });

  it('a place past the list is said, and the strategies stay', () => {
    const spec = specOf('drop the 3rd strategy', two);
    expect(spec.strategies.filter((strategy) => !strategy.baseline).map((strategy) => strategy.name)).toEqual(['sma_crossover', 'rsi_mean_reversion']);
    expect(spec.notes?.join(' ')).toMatch(/could not tell which strategy "the 3rd strategy" is/);
  });

  it.each([
    ['make the 2nd one 10/30', [{ name: 'sma_crossover' }, { name: 'ema_crossover', params: { short: 10, long: 30 } }]],
    ['the 1st strategy 10/40', [{ name: 'sma_crossover', params: { short: 10, long: 40 } }, { name: 'ema_crossover' }]],
    ['and the 2nd one 8/21', [{ name: 'sma_crossover' }, { name: 'ema_crossover', params: { short: 8, long: 21 } }]],
  ])('new numbers at a place written in figures: "%s"', (text, strategies) => {
    expect(userStrategiesOf(text, ['sma crossover and ema on btc 2022'])).toEqual(strategies);
  });

  it.each([
    // Must not change: "the second one" among symbols, where one strategy runs; dates with "1st".
    ['the second one only', ['sma on btc and eth 2022'], ['ETH']],
    ['the 2nd coin only', ['sma on btc and eth 2022'], ['ETH']],
  ])('"%s" after %j is a symbol', (text, history, symbols) => {
    expect(specOf(text, history).symbols).toEqual(symbols);
  });

  it('"since the 1st of June 2021" stays a date', () => {
    expect(specOf('sma on btc since the 1st of June 2021').date_range?.start).toBe('2021-06-01');
  });
});
