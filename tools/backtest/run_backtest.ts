import { builtBarsNote } from '../data/build_bars.js';
import { dataRefOf } from '../data/data_ref.js';
import type { OhlcvSeries } from '../data/types.js';
import { computeAllMetrics, periodsPerYear } from '../risk/index.js';
import { withoutAnnualisedFiguresIfShort } from '../risk/short_runs.js';
import type { PerformanceMetrics } from '../risk/types.js';
import { simulate } from '../strategy/engine/simulate.js';
import type { SimulationWorkspace } from '../strategy/engine/simulation_workspace.js';
import type { EngineSettings, SimulationResult } from '../strategy/engine/types.js';
import { createIndicatorCache } from '../strategy/indicator_cache.js';
import { getStrategy, resolveStrategyParams } from '../strategy/registry.js';
import type { IndicatorCache, StrategyParams } from '../strategy/types.js';
import type { BacktestResult } from './backtest_result.js';
import { formatBarTime } from '../data/timestamps.js';
import type { DateWindow } from '../dates/date_window.js';
import { findRangeIndices, type RangeIndices } from './date_range.js';
import { describeEngineSettings } from './engine_settings.js';

export interface BacktestOptions {
  strategy: string;
  params?: Record<string, unknown>;
  range?: DateWindow;
  settings: EngineSettings;
  riskFreeRate?: number;
  /** Share one cache across runs on the SAME series (a parameter grid) to reuse indicators. */
  indicators?: IndicatorCache;
  /**
   * Reuse equity and position buffers across runs (grids, the optimiser): the core's curves are
   * then overwritten by the next run with the same workspace, so keep only its metrics and params.
   */
  workspace?: SimulationWorkspace;
}

/** The numeric outcome without JSON formatting: what grids and benchmarks need. */
export interface BacktestCore {
  params: StrategyParams;
  range: RangeIndices;
  simulation: SimulationResult;
  metrics: PerformanceMetrics;
  periodsPerYear: number;
}

/** strategy → target positions → fills and equity → metrics, for one series. */
export function runBacktestCore(series: OhlcvSeries, options: BacktestOptions): BacktestCore {
  return runValidatedBacktest(series, options, resolveStrategyParams(options.strategy, options.params));
}

/** runBacktestCore with `params` already checked by the strategy's schema (`options.params` unused). */
export function runValidatedBacktest(series: OhlcvSeries, options: BacktestOptions, params: StrategyParams): BacktestCore {
  const definition = getStrategy(options.strategy);
  const range = findRangeIndices(series.time, options.range, series.intervalMs);
  const targets = definition.computeTargets(series, params, {
    allowShort: options.settings.allowShort,
    indicators: options.indicators ?? createIndicatorCache({ sharedAcrossRuns: false }),
    targetBuffer: options.workspace?.targetBuffer,
  });
  const simulation = simulate({
    open: series.open, close: series.close, targets,
    startIndex: range.startIndex, endIndex: range.endIndex, settings: options.settings, workspace: options.workspace,
  });
  const ppy = periodsPerYear(series);
  const metrics = computeAllMetrics({
    equity: simulation.equity,
    initialCapital: options.settings.initialCapital,
    position: simulation.position,
    trades: simulation.trades,
    periodsPerYear: ppy,
    riskFreeRate: options.riskFreeRate ?? 0,
  });
  return { params, range, simulation, metrics, periodsPerYear: ppy };
}

/** Runs one backtest and returns it as the JSON result every interface prints. */
export function runBacktest(series: OhlcvSeries, options: BacktestOptions): BacktestResult {
  const core = runBacktestCore(series, options);
  return toBacktestResult(series, options, core);
}

export function toBacktestResult(series: OhlcvSeries, options: BacktestOptions, core: BacktestCore): BacktestResult {
  const { simulation, range } = core;
  const timeOf = (index: number) => formatBarTime(series.time[index]!, series.intervalMs);
  const start = timeOf(range.startIndex);
  const end = timeOf(range.endIndex);
  const notes: string[] = [];
  // Bars no file holds, built from a finer file (4h from 1h): every result on them says so.
  if (series.builtFrom) notes.push(builtBarsNote(series.interval, series.builtFrom.interval, series.file));
  if (range.clipped) {
    notes.push(
      `${series.symbol} data (${series.file}) covers ${timeOf(0)} to ${timeOf(series.time.length - 1)}; ` +
      `ran on ${start} to ${end} instead of the requested ${options.range?.start ?? 'start'} to ${options.range?.end ?? 'end'}`,
    );
  }
  const judged = withoutAnnualisedFiguresIfShort(core.metrics, simulation.equity.length);
  // Named, because a report lists the notes of every symbol's runs together.
  if (judged.note) notes.push(`${series.symbol}: ${judged.note}`);
  const equity = new Array<{ t: string; equity: number }>(simulation.equity.length);
  for (let slot = 0; slot < simulation.equity.length; slot++) {
    equity[slot] = { t: timeOf(range.startIndex + slot), equity: simulation.equity[slot]! };
  }
  return {
    symbol: series.symbol,
    strategy: options.strategy,
    params: core.params,
    data: dataRefOf(series),
    range: { start, end, bars: simulation.equity.length },
    settings: describeEngineSettings(options.settings),
    periods_per_year: core.periodsPerYear,
    metrics: judged.metrics,
    trades: simulation.trades.map((trade) => ({
      side: trade.side === 1 ? 'long' : 'short',
      entry_time: timeOf(trade.entryIndex),
      entry_price: trade.entryPrice,
      exit_time: timeOf(trade.exitIndex),
      exit_price: trade.exitPrice,
      units: trade.units,
      pnl: trade.pnl,
      return: trade.returnFraction,
      bars_held: trade.barsHeld,
    })),
    equity,
    positions: Array.from(simulation.position),
    notes,
  };
}
