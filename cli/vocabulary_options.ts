import type { MetricKey } from '../tools/risk/types.js';
import { requireMetricNamed, strategyIdOf } from '../tools/request/vocabulary_names.js';

/**
 * Flags name metrics and strategies with the grammar's words: `--metric sortino`, `--rank-by
 * "max drawdown"`, `--strategy "moving average"` mean what they mean in a request.
 */
export function parseMetricOption(flag: string): (value: string) => MetricKey {
  return (value) => requireMetricNamed(flag, value);
}

export function parseStrategyNameOption(value: string): string {
  return strategyIdOf(value);
}
