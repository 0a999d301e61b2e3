import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

describe('a vague noun after a metric keeps the metric (before: no target, or the value a parameter)', () => {
  it.each([
    ["my son-in-law won't stop saying 'sharpe ratio' at Sunday dinner. Fine. Find me RSI settings on cardano in 2021 where that sharpe thing comes out over 1", { sharpe_ratio: { operator: '>', value: 1 } }],
    ['RSI on ADA 2021, the sharpe number should be above 1', { sharpe_ratio: { operator: '>', value: 1 } }],
    ['RSI on ADA 2021, a calmar figure of at least 1', { calmar_ratio: { operator: '>=', value: 1 } }],
    ['RSI on ADA 2021, sortino score over 2', { sortino_ratio: { operator: '>', value: 2 } }],
  ])('%s', (text, targets) => {
    const spec = specOf(text);
    expect(spec.targets).toEqual(targets);
    expect(spec.strategies.find((strategy) => !strategy.baseline)?.params).toBeUndefined();
  });

  it.each([
    ['RSI on ADA 2021, sharpe over 1', { sharpe_ratio: { operator: '>', value: 1 } }],
    ['RSI on ADA 2021, max drawdown under 20%', { max_drawdown: { operator: '>=', value: -0.2 } }],
  ])('must not change: %s', (text, targets) => {
    expect(specOf(text).targets).toEqual(targets);
  });
});
