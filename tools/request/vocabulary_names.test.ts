import { describe, expect, it } from 'vitest';
import { METRIC_KEYS } from '../risk/types.js';
import { metricNamed, requireMetricNamed, strategyIdOf, strategyNamed } from './vocabulary_names.js';
import { STRATEGY_WORDS } from './strategy_vocabulary.js';

describe('metric and strategy names for single values (flags)', () => {
  it('takes every key as itself and the grammar\'s names for the rest', () => {
    for (const key of METRIC_KEYS) expect(metricNamed(key)).toBe(key);
    expect(metricNamed('sortino')).toBe('sortino_ratio');
    expect(metricNamed('Max Drawdown')).toBe('max_drawdown');
    expect(metricNamed('win rate')).toBe('win_rate');
    expect(metricNamed('sharpe ratio please')).toBeUndefined();
  });

  it('refuses an unknown metric with unknown_metric and the allowed keys', () => {
    expect(() => requireMetricNamed('--metric', 'sharpness')).toThrow(expect.objectContaining({
      code: 'unknown_metric', details: expect.objectContaining({ metrics: [...METRIC_KEYS] }),
    }));
  });

  it('takes strategy ids and names; leaves an unknown name for the registry to refuse', () => {
    for (const { id } of STRATEGY_WORDS) expect(strategyNamed(id)).toBe(id);
    expect(strategyIdOf('moving average')).toBe('sma_crossover');
    expect(strategyIdOf('RSI')).toBe('rsi_mean_reversion');
    expect(strategyIdOf(' hodl ')).toBe('buy_and_hold');
    expect(strategyIdOf('ichimoku')).toBe('ichimoku');
  });
});
