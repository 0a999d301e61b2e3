import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

/**
 * "optimize for <metric> <bound>" is a target on that metric, and optimising; without a bound it
 * names the metric to rank by. Before, "optimize for sortino > 2" ranked by Sortino and ignored the 2.
 */
describe('optimising for a metric with a bound is a target', () => {
  it.each([
    ['sol ema x, optimize for sortino > 2, 2023-24', 'sortino_ratio', '>', 2],
    ['btc macd, optimise for a sharpe above 1.5, 2022', 'sharpe_ratio', '>', 1.5],
    ['tune for calmar >= 1 on eth rsi 2021-2023', 'calmar_ratio', '>=', 1],
    ['eth sma 2020-2022, optimized for the sortino ratio of at least 2', 'sortino_ratio', '>=', 2],
    ['btc ema 2023, optimize for a sharpe of 1.5 or more', 'sharpe_ratio', '>=', 1.5],
  ])('"%s" aims for %s %s %d', (text, metric, operator, value) => {
    const spec = specOf(text);
    expect(spec.targets).toEqual({ [metric]: { operator, value } });
    expect(spec.optimization_required).toBe(true);
  });

  it('a second bound joins the first', () => {
    expect(specOf('btc ema 2023, optimise for sortino above 2 and drawdown under 20%').targets).toEqual({
      sortino_ratio: { operator: '>', value: 2 },
      max_drawdown: { operator: '>=', value: -0.2 },
    });
  });
});

describe('without a bound, optimising for a metric ranks by it (must not change)', () => {
  it.each([
    'optimize for sortino, 2023-24 sol ema',
    'sol ema x, optimize for sortino, 2023-24',
    // "over the last 3 years" is the window, not a bound of 3.
    'btc ema, optimize for sortino over the last 3 years',
  ])('"%s"', (text) => {
    const spec = specOf(text);
    expect(spec.targets).toEqual({});
    expect(spec.rank_by).toBe('sortino_ratio');
    expect(spec.optimization_required).toBe(true);
  });
});
