import type { BacktestResult } from '../tools/backtest/backtest_result.js';
import { METRIC_KEYS } from '../tools/risk/types.js';
import type { PortfolioSummary } from '../tools/portfolio/portfolio_summary.js';
import type { StoredPortfolio, StoredResult } from './experiment_schemas.js';
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

/**
 * Every difference between a saved portfolio run and its re-run, exact to the bit: the weights (an
 * objective chooses them again), the window, every metric and the hash of the curve, weights and fills.
 * Reported under the symbol "portfolio" and the strategies it traded.
 */
export function comparePortfolio(saved: StoredPortfolio | null, now: PortfolioSummary | null): ResultDifference[] {
  if (!saved && !now) return [];
  const base = { symbol: 'portfolio', strategy: [...new Set(Object.values((saved ?? now)!.strategies).map((strategy) => strategy.name))].join('+') };
  if (!saved || !now) return [{ ...base, field: 'result', saved: saved ? 'present' : 'missing', now: now ? 'present' : 'missing' }];
  const differences: ResultDifference[] = [];
  for (const symbol of new Set([...Object.keys(saved.weights), ...Object.keys(now.weights)])) {
    const before = saved.weights[symbol] ?? null;
    const after = now.weights[symbol] ?? null;
    if (!Object.is(before, after)) differences.push({ ...base, field: `weight ${symbol}`, saved: before, now: after });
  }
  if (describeRange(saved.range) !== describeRange(now.range)) differences.push({ ...base, field: 'range', saved: describeRange(saved.range), now: describeRange(now.range) });
  for (const metric of METRIC_KEYS) {
    if (!Object.is(saved.metrics[metric], now.metrics[metric])) differences.push({ ...base, field: metric, saved: saved.metrics[metric], now: now.metrics[metric] });
  }
  if (saved.outcome_sha256 !== now.outcome_sha256) differences.push({ ...base, field: 'outcome_sha256', saved: saved.outcome_sha256, now: now.outcome_sha256 });
  return differences;
}
