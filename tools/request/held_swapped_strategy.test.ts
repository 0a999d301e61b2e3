import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';

const HOLDING = '10k in ETH buy and hold since 2020';

describe('a strategy swapped in after a run that only held: holding goes back to being the baseline', () => {
  it.each([
    ['swap to ema crossover and see if it can get it to 40k', 'ema_crossover'],
    ['switch to rsi', 'rsi_mean_reversion'],
    ['use macd instead', 'macd'],
    ['try momentum instead', 'momentum'],
    ['replace it with bollinger', 'bollinger_bands'],
  ])('%s', (text, name) => {
    const spec = specOf(text, [HOLDING]);
    expect(userStrategiesOf(text, [HOLDING]).map((strategy) => strategy.name)).toEqual([name]);
    expect(spec.strategies.at(-1)).toEqual({ name: 'buy_and_hold', baseline: true });
    expect([spec.symbols, spec.initial_capital]).toEqual([['ETH'], 10_000]);
  });

  it('the money goal is kept as a target and asks for a search', () => {
    const spec = specOf('swap to ema crossover and see if it can get it to 40k', [HOLDING]);
    expect([spec.targets, spec.optimization_required]).toEqual([{ final_equity: { operator: '>=', value: 40_000 } }, true]);
  });
});

describe('must not change: holding added, or listed beside another strategy', () => {
  it('"add macd" after holding keeps holding as a strategy', () => {
    expect(userStrategiesOf('add macd', [HOLDING]).map((strategy) => strategy.name)).toEqual(['buy_and_hold', 'macd']);
  });

  it('holding compared with donchian stays beside the retuned donchian', () => {
    expect(userStrategiesOf('tune the donchian so it beats 40% CAGR', ['donchian on eth', 'vs buy and hold']).map((strategy) => strategy.name))
      .toEqual(['donchian_breakout', 'buy_and_hold']);
  });

  it('"only macd" after holding keeps macd alone', () => {
    expect(userStrategiesOf('only macd', [HOLDING]).map((strategy) => strategy.name)).toEqual(['macd']);
  });
});
