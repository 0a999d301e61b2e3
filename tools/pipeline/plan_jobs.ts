import type { BacktestJob } from '../backtest/backtest_job.js';
import type { DateWindow } from '../dates/date_window.js';
import { DEFAULT_INTERVAL } from '../data/load_series.js';
import { csvFolderSource } from '../data/source/csv_folder_source.js';
import type { OhlcvSeries } from '../data/types.js';
import type { EngineSettings } from '../strategy/engine/types.js';

/** Where the series come from: the data directory and its cache. */
export interface DataLocation {
  dataDir: string;
  cacheDir?: string;
}

/** What to run: every strategy on every symbol, over one window, with one set of engine settings. */
export interface JobPlan {
  symbols: readonly string[];
  strategies: ReadonlyArray<{ name: string; params?: Record<string, unknown> }>;
  window?: DateWindow;
  settings: EngineSettings;
  riskFreeRate?: number;
  /** The bar interval of each symbol's file (one for all, or per symbol, as a saved experiment keeps it); default the loader's. */
  interval?: string | ((symbol: string) => string | undefined);
  /** The parameters a strategy runs with instead of its selection's (a re-run's parameters as they ran). */
  paramsOf?: (strategy: string) => Record<string, unknown> | undefined;
}

export interface PlannedJobs {
  jobs: BacktestJob[];
  /** The loaded series, one per symbol in the plan's order. */
  series: OhlcvSeries[];
}

/**
 * The jobs of a request, in a fixed order (symbol-major: every strategy on the first symbol, then
 * the next): the one place the agents, `btp backtest` and a re-run turn a request into work. The
 * symbols load concurrently (the loader caches their columns).
 */
export async function planJobs(plan: JobPlan, data: DataLocation): Promise<PlannedJobs> {
  const intervalOf = typeof plan.interval === 'function' ? plan.interval : () => plan.interval as string | undefined;
  const source = csvFolderSource(data);
  const series = await Promise.all(plan.symbols.map((symbol) => source.load(symbol, intervalOf(symbol) ?? DEFAULT_INTERVAL, plan.window)));
  const jobs = series.flatMap((one) => plan.strategies.map((strategy): BacktestJob => ({
    series: one, strategy: strategy.name, params: plan.paramsOf?.(strategy.name) ?? strategy.params,
    range: plan.window, settings: plan.settings, riskFreeRate: plan.riskFreeRate,
  })));
  return { jobs, series };
}
