import { BacktestPilotError } from '../errors.js';
import { loadManySeries } from '../data/index.js';
import type { OhlcvSeries } from '../data/types.js';
import { rankResults } from '../risk/index.js';
import type { MetricKey } from '../risk/types.js';
import { createIndicatorCache } from '../strategy/indicator_cache.js';
import { getStrategy, resolveStrategyParams } from '../strategy/registry.js';
import type { BacktestResult } from './backtest_result.js';
import { BacktestRequestSchema, type BacktestRequestInput } from './backtest_request.js';
import { resolveEngineSettings } from './engine_settings.js';
import { runBacktest } from './run_backtest.js';

export interface DataContext {
  dataDir: string;
  cacheDir?: string;
  riskFreeRate?: number;
}

export interface BacktestRun {
  /** Ranked best first by `rank_by`. */
  results: BacktestResult[];
  rank_by: MetricKey;
  notes: string[];
}

function validationError(issues: { path: PropertyKey[]; message: string }[]): BacktestPilotError {
  const details = issues.map((issue) => `${issue.path.map(String).join('.') || 'request'}: ${issue.message}`);
  return new BacktestPilotError('bad_input', `invalid backtest request: ${details.join('; ')}`, { issues: details });
}

/**
 * Every strategy on every symbol: validates the whole request before loading anything (unknown
 * strategies and bad parameters fail fast), loads the symbols concurrently, runs, ranks.
 */
export async function backtestStrategies(input: BacktestRequestInput, context: DataContext): Promise<BacktestRun> {
  const parsed = BacktestRequestSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const request = parsed.data;
  const settings = resolveEngineSettings(request);
  for (const selection of request.strategies) {
    getStrategy(selection.name);
    resolveStrategyParams(selection.name, selection.params);
  }
  const range = { start: request.start, end: request.end };
  const seriesList = await loadManySeries(request.symbols, {
    dataDir: context.dataDir, cacheDir: context.cacheDir, interval: request.interval, range,
  });
  const results = seriesList.flatMap((series: OhlcvSeries) => {
    // One cache per series: strategies that share a window (SMA 50 ...) compute it once.
    const indicators = createIndicatorCache();
    return request.strategies.map((selection) => runBacktest(series, {
      strategy: selection.name, params: selection.params, range, settings,
      riskFreeRate: context.riskFreeRate, indicators,
    }));
  });
  const rankBy = request.rank_by as MetricKey;
  return {
    results: rankResults(results, rankBy),
    rank_by: rankBy,
    notes: [...new Set(results.flatMap((result) => result.notes))],
  };
}
