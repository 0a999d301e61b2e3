import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

const backwards = ['sma 50/20 on btc 2022'];

/** "flip it" after windows written the wrong way round exchanges them (before: not_understood, or bad_parameters). */
describe('flipping a crossover\'s windows', () => {
  it.each(['flip it', 'flip them', 'swap the windows', 'the other way round', 'oops, flip it please', 'reverse the numbers', 'switch them around', 'flip it and run it'])('"%s"', (text) => {
    expect(specOf(text, backwards).strategies[0]).toEqual({ name: 'sma_crossover', params: { short: 20, long: 50 } });
  });

  it('flips every crossover, and leaves the others', () => {
    const spec = specOf('flip them', ['sma 50/20 and rsi 14 on btc 2022']);
    expect(spec.strategies.slice(0, 2)).toEqual([{ name: 'sma_crossover', params: { short: 20, long: 50 } }, { name: 'rsi_mean_reversion', params: { period: 14 } }]);
  });

  it('says so when there is nothing to flip', () => {
    expect(specOf('flip it', ['rsi on btc 2022']).notes?.join(' ')).toMatch(/nothing to flip/);
  });

  it.each([
    // Must not change: numbers written with the flip say what it is; "flip it to sortino" ranks.
    ['now flip it, 50 for the short and 20 for the long', ['ema cross on eth 2023', 'try 20/50'], { short: 50, long: 20 }],
    ['ok and flip it, 200 short 50 long', ['sma 20/50 on aapl 2019', 'now 50/200'], { short: 200, long: 50 }],
  ])('"%s" keeps the numbers written', (text, history, params) => {
    expect(specOf(text, history).strategies[0]!.params).toEqual(params);
  });

  it('"actually flip it, 30 btc 70 eth" sets the weights written', () => {
    expect(specOf('actually flip it, 30 btc 70 eth', ['rsi 14 30/70 on eth 2022', 'make it a 70/30 btc eth split']).portfolio).toEqual({ weights: { BTC: 0.3, ETH: 0.7 } });
  });

  it('"flip it to sortino" ranks, and flips nothing', () => {
    const spec = specOf('flip it to sortino', ['sma 20/50 on btc 2022']);
    expect(spec.rank_by).toBe('sortino_ratio');
    expect(spec.strategies[0]).toEqual({ name: 'sma_crossover', params: { short: 20, long: 50 } });
  });
});
