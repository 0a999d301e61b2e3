import type { BacktestResult } from '../tools/backtest/backtest_result.js';
import { METRIC_KEYS } from '../tools/risk/types.js';
import type { StoredResult } from './experiment_schemas.js';
import { outcomeSha256 } from '../tools/backtest/backtest_summary.js';

/** One number (or fact) that came out differently the second time. */
export interface ResultDifference {
  symbol: string;
  strategy: string;
  /** A metric key, `range`, `outcome_sha256` (curve, positions, trades) or `result` (missing on one side). */
  field: string;
  saved: number | string | null;
  now: number | string | null;
}

function resultKey(result: { symbol: string; strategy: string; params: Record<string, number> }): string {
  const params = Object.keys(result.params).sort().map((name) => [name, result.params[name]]);
  return JSON.stringify([result.symbol, result.strategy, params]);
}

const describeRange = (range: { start: string; end: string; bars: number }) => `${range.start}..${range.end} (${range.bars} bars)`;

/**
 * Every difference between a saved experiment's results and a new run of it, exact to the bit: a
 * metric equal to the last digit, or a difference. Results are matched by symbol, strategy and params.
 */
export function compareResults(saved: readonly StoredResult[], now: readonly BacktestResult[]): ResultDifference[] {
  const differences: ResultDifference[] = [];
  const nowByKey = new Map(now.map((result) => [resultKey(result), result]));
  for (const before of saved) {
    const key = resultKey(before);
    const after = nowByKey.get(key);
    nowByKey.delete(key);
    const base = { symbol: before.symbol, strategy: before.strategy };
    if (!after) {
      differences.push({ ...base, field: 'result', saved: 'present', now: 'missing' });
      continue;
    }
    if (describeRange(before.range) !== describeRange(after.range)) {
      differences.push({ ...base, field: 'range', saved: describeRange(before.range), now: describeRange(after.range) });
    }
    for (const metric of METRIC_KEYS) {
      if (!Object.is(before.metrics[metric], after.metrics[metric])) {
        differences.push({ ...base, field: metric, saved: before.metrics[metric], now: after.metrics[metric] });
      }
    }
    const outcome = outcomeSha256(after);
    if (outcome !== before.outcome_sha256) differences.push({ ...base, field: 'outcome_sha256', saved: before.outcome_sha256, now: outcome });
  }
  for (const extra of nowByKey.values()) differences.push({ symbol: extra.symbol, strategy: extra.strategy, field: 'result', saved: 'missing', now: 'present' });
  return differences;
}
