import { BacktestPilotError } from '../tools/errors.js';
import { readNumber } from '../tools/numbers/read_number.js';
import type { MetricTarget, Targets } from '../tools/optimization/objective/targets.js';
import { requireMetricNamed } from '../tools/request/vocabulary_names.js';

/**
 * `--target sharpe_ratio>1.5` (repeatable) → {sharpe_ratio: {operator: '>', value: 1.5}}. Values are in
 * the metric's own unit; a `%` suffix divides by 100 (`max_drawdown>=-20%` is −0.2).
 */
export function collectTarget(value: string, previous: Targets | undefined): Targets {
  const match = /^\s*([a-z][a-z_ ]*?)\s*(>=|<=|>|<)\s*(.*?)\s*(%?)\s*$/i.exec(value);
  if (!match) {
    throw new BacktestPilotError('bad_flag', `--target must be metric, operator and number, e.g. sharpe_ratio>1.5 or max_drawdown>=-20%, got "${value}"`, { value });
  }
  const [, name, operator, number, percent] = match as unknown as [string, string, MetricTarget['operator'], string, string];
  const metric = requireMetricNamed('--target', name);
  return { ...previous, [metric]: { operator, value: readNumber(number, { name: `--target ${metric}` }) / (percent ? 100 : 1) } };
}
