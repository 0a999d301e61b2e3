import type { BacktestJob } from '../backtest/backtest_job.js';
import { resolveEngineSettings } from '../backtest/engine_settings.js';
import type { RequestSpec } from '../request/request_spec.js';
import type { DateWindow } from '../dates/date_window.js';
import { planJobs, type DataLocation } from './plan_jobs.js';

/** Every strategy × symbol job of a validated request spec over its run window, in plan order (symbol-major). */
export async function jobsForSpec(
  spec: RequestSpec, window: DateWindow, context: DataLocation & { riskFreeRate: number },
): Promise<BacktestJob[]> {
  const settings = resolveEngineSettings({
    initial_capital: spec.initial_capital, fees_bps: spec.fees_bps,
    slippage_bps: spec.slippage_bps, allow_short: spec.allow_short,
  });
  const { jobs } = await planJobs({
    symbols: spec.symbols, strategies: spec.strategies, window, settings, riskFreeRate: context.riskFreeRate, ...(spec.interval === undefined ? {} : { interval: spec.interval }),
  }, context);
  return jobs;
}
