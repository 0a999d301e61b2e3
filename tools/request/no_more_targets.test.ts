import { describe, expect, it } from 'vitest';
import { specsAfterTurnsOn } from './test_support/spec_of.js';

const specAfter = specsAfterTurnsOn('2025-11-20');
const FIRST = 'Can you backtest the ema crossover on BTC 2021 with sharpe above 1 and drawdown under 30%';
const DRAWDOWN_ONLY = { max_drawdown: { operator: '>=', value: -0.3 } };

describe('"no more sharpe constraint": "no more" and "no longer" clear a target, as "no" does', () => {
  it.each([
    'no more sharpe constraint',
    'ok no more sharp constraint',
    'no more sharpe target, keep the drawdown',
    'no longer any sharpe requirement',
  ])('%j keeps the drawdown limit alone', (followUp) => {
    const spec = specAfter([FIRST, followUp]);
    expect(spec.targets).toEqual(DRAWDOWN_ONLY);
    expect(spec.strategies.filter((strategy) => !strategy.baseline)).toEqual([{ name: 'ema_crossover' }]);
  });

  describe('must not change', () => {
    it('"no more than 20% drawdown" is a limit, not a clearing', () => {
      expect(specAfter([FIRST, 'no more than 20% drawdown']).targets).toEqual({
        sharpe_ratio: { operator: '>', value: 1 }, max_drawdown: { operator: '>=', value: -0.2 },
      });
    });

    it('"no more sharp drops" names no Sharpe and clears nothing', () => {
      expect(specAfter([FIRST, 'no more sharp drops please, add eth']).targets.sharpe_ratio).toEqual({ operator: '>', value: 1 });
    });
  });
});
