import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

/** A fall the user says they can bear is the deepest drawdown accepted: max_drawdown >= -x, and a search. */
describe('a tolerated fall is a drawdown limit', () => {
  it.each([
    ['i can live with a 25% dip max. find me the best sma windows for btc since 2020', -0.25],
    ["a 30% dip is the most i'd sit through, sma on btc 2022", -0.3],
    ['i can stomach 20% down, sma on btc 2022', -0.2],
    ['sma on btc 2022, i can take a 15% drop at most', -0.15],
    ['sma on btc 2022, 20% down is my max', -0.2],
    ['sma on btc 2022, we can live with a quarter down', -0.25],
    ['sma on btc 2022, a 20% drop is the most we can stomach', -0.2],
    ["sma on btc 2022, i'm ok with a 35% pullback tops", -0.35],
    ["sma on btc 2022, i'd accept a 20% drop", -0.2],
    ['sma on btc 2022, we are fine with 10% down at most', -0.1],
  ])('"%s"', (text, depth) => {
    const spec = specOf(text);
    expect(spec.targets).toEqual({ max_drawdown: { operator: '>=', value: depth } });
    expect(spec.optimization_required).toBe(true);
    expect(spec.notes ?? []).not.toContainEqual(expect.stringMatching(/ignored/));
  });

  it.each([
    // Must not change: abbreviations of metrics already read, and a dip as a price move.
    ['sma on btc 2022, DD no more than 15%', { max_drawdown: { operator: '>=', value: -0.15 } }],
    ['sma on btc 2022, PF above 1.5', { profit_factor: { operator: '>', value: 1.5 } }],
    ['sma on btc 2022, I can live with a 25% drawdown', { max_drawdown: { operator: '>=', value: -0.25 } }],
    ["sma on btc 2022, I can't stomach a drop bigger than 25%", { max_drawdown: { operator: '>=', value: -0.25 } }],
    ['buy a 5% dip with sma on btc 2022', {}],
  ])('"%s" reads as before', (text, targets) => {
    expect(specOf(text).targets).toEqual(targets);
  });
});

/** "WR": desk shorthand for the win rate, as "SR" is the Sharpe ratio (before: 'WR', '60' ignored). */
describe('WR is the win rate', () => {
  it('"msft rsi 2 w 10/90 since 2015, want WR over 60%"', () => {
    const spec = specOf('msft rsi 2 w 10/90 since 2015, want WR over 60%');
    expect(spec.strategies[0]).toEqual({ name: 'rsi_mean_reversion', params: { period: 2, lower: 10, upper: 90 } });
    expect(spec.targets).toEqual({ win_rate: { operator: '>', value: 0.6 } });
    expect(spec.optimization_required).toBe(true);
  });

  it.each([
    ['sma on btc 2022 WR>55%', { win_rate: { operator: '>', value: 0.55 } }],
    ['bb 20 2 on eth 2023, WR at least 50%, PF above 1.5', { win_rate: { operator: '>=', value: 0.5 }, profit_factor: { operator: '>', value: 1.5 } }],
    ['sma on btc 2022, win rate over 60%', { win_rate: { operator: '>', value: 0.6 } }],
  ])('"%s"', (text, targets) => {
    expect(specOf(text).targets).toEqual(targets);
  });
});
