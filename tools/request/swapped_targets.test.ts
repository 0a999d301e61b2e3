import { describe, expect, it } from 'vitest';
import { specOf } from './test_support/spec_of.js';

const cagrGoal = ['donchian 20/10 on BTC since 2018, target cagr above 30%'];

describe('"swap the cagr target for sortino over 1.5": the named target goes, the new one takes its place', () => {
  it.each([
    ['swap the cagr target for sortino over 1.5', { sortino_ratio: { operator: '>', value: 1.5 } }],
    ['replace the cagr goal with a sortino above 1.5', { sortino_ratio: { operator: '>', value: 1.5 } }],
    ['change the cagr target to sortino over 1.5', { sortino_ratio: { operator: '>', value: 1.5 } }],
    ['switch the cagr one for max drawdown under 20%', { max_drawdown: { operator: '>=', value: -0.2 } }],
    // A metric the run has a target for needs no noun.
    ['swap cagr for sortino over 1.5', { sortino_ratio: { operator: '>', value: 1.5 } }],
  ])('"%s"', (text, targets) => {
    expect(specOf(text, cagrGoal).targets).toEqual(targets);
  });
});

describe('must not change', () => {
  it('"change the cagr target to 40%": a new size for the same target', () => {
    expect(specOf('change the cagr target to 40%', cagrGoal).targets).toEqual({ cagr: { operator: '>', value: 0.4 } });
  });

  it('"swap sharpe for sortino over 1.5" with no Sharpe target keeps the targets there are', () => {
    expect(specOf('swap sharpe for sortino over 1.5', cagrGoal).targets).toEqual({ cagr: { operator: '>', value: 0.3 }, sortino_ratio: { operator: '>', value: 1.5 } });
  });

  it('"also sortino over 1.5" adds a target beside the cagr one', () => {
    expect(specOf('also sortino over 1.5', cagrGoal).targets).toEqual({ cagr: { operator: '>', value: 0.3 }, sortino_ratio: { operator: '>', value: 1.5 } });
  });
});
