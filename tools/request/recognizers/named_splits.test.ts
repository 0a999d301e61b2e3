import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from '../test_support/spec_of.js';

/**
 * A whole split named by its noun after a crossover ("ema cross 50/50 split") weighs the holdings;
 * the crossover keeps its own defaults. Before, 50/50 became its windows and was refused.
 */
describe('a named split beside a crossover is the portfolio weights', () => {
  it.each([
    ['eth and sol ema cross 50/50 split late 2022 to early 2024', { ETH: 0.5, SOL: 0.5 }],
    ['eth and sol ema cross a 60/40 split in 2023', { ETH: 0.6, SOL: 0.4 }],
    ['ema crossover on eth and sol, split 70/30, 2023', { ETH: 0.7, SOL: 0.3 }],
    ['ema cross eth sol 50-50 split between them 2023', { ETH: 0.5, SOL: 0.5 }],
    ['btc and eth sma crossover 70/30 mix over 2021', { BTC: 0.7, ETH: 0.3 }],
  ])('"%s" weighs %j and runs the crossover with its defaults', (text, weights) => {
    const spec = specOf(text);
    expect(spec.portfolio?.weights).toEqual(weights);
    expect(userStrategiesOf(text)[0]?.params ?? {}).toEqual({});
  });

  it.each([
    ['ema cross 50/200 on eth and sol', { short: 50, long: 200 }],
    ['sma 50/50 on btc', { short: 50, long: 50 }],
    ['ema cross 20/50 on eth and sol 2023', { short: 20, long: 50 }],
  ])('numbers with no split noun stay the windows: "%s"', (text, params) => {
    expect(userStrategiesOf(text)[0]?.params).toEqual(params);
    expect(specOf(text).portfolio).toBeNull();
  });
});
