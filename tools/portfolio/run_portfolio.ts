import { describeEngineSettings } from '../backtest/engine_settings.js';
import { findRangeIndices } from '../backtest/date_range.js';
import { dataRefOf } from '../data/data_ref.js';
import type { DateWindow } from '../dates/date_window.js';
import { BacktestPilotError } from '../errors.js';
import { formatBarTime } from '../data/timestamps.js';
import type { OhlcvSeries } from '../data/types.js';
import { computeAllMetrics, periodsPerYear } from '../risk/index.js';
import type { PerformanceMetrics } from '../risk/types.js';
import type { EngineSettings } from '../strategy/engine/types.js';
import { createIndicatorCache } from '../strategy/indicator_cache.js';
import { getStrategy, resolveStrategyParams } from '../strategy/registry.js';
import type { StrategyParams } from '../strategy/types.js';
import { rebalanceStarts, type RebalanceSchedule } from './calendar_periods.js';
import { calendarReturns, correlationMatrix } from './correlation.js';
import { intersectCalendars, type PortfolioCalendar } from './portfolio_calendar.js';
import type { PortfolioResult } from './portfolio_result.js';
import { simulatePortfolio, type PortfolioSimulation } from './simulate_portfolio.js';
import { riskBudget } from './risk_budget.js';
import { weightsOverTime } from './weights_over_time.js';

export interface StrategyChoice {
  name: string;
  params?: Record<string, unknown>;
}

export interface PortfolioOptions {
  weights: Float64Array;
  rebalance: RebalanceSchedule;
  /** One per series, in order. */
  strategies: readonly StrategyChoice[];
  range?: DateWindow;
  settings: EngineSettings;
  riskFreeRate?: number;
}

/** The numeric outcome of one portfolio run, before JSON formatting (what the optimiser and bench use). */
export interface PortfolioCore {
  calendar: PortfolioCalendar;
  startBar: number;
  endBar: number;
  clipped: boolean;
  params: StrategyParams[];
  simulation: PortfolioSimulation;
  metrics: PerformanceMetrics;
  periodsPerYear: number;
  /** traded value / average equity, per year. */
  turnover: number;
}

/**
 * Bars per year of a portfolio: 252 sessions when any symbol is an equity (the calendar then has
 * no weekends), else the crypto rate for the interval.
 */
export function portfolioPeriodsPerYear(seriesList: readonly OhlcvSeries[]): number {
  const anyEquity = seriesList.some((series) => series.assetClass === 'equity');
  return periodsPerYear({ intervalMs: seriesList[0]!.intervalMs, assetClass: anyEquity ? 'equity' : 'crypto' });
}

/** Checks the series can share a calendar: at least one, one interval, no symbol twice. */
function assertCompatible(seriesList: readonly OhlcvSeries[]): void {
  if (seriesList.length === 0) throw new BacktestPilotError('no_symbol', 'a portfolio needs at least one symbol');
  const intervals = [...new Set(seriesList.map((series) => series.interval))];
  // Callers load every symbol at the request's one interval: no input reaches this.
  if (intervals.length > 1) {
    throw new BacktestPilotError('invalid_argument', `the symbols' data have different intervals (${intervals.join(', ')}); a portfolio trades one interval`, { intervals });
  }
  const seen = new Set<string>();
  for (const series of seriesList) {
    if (seen.has(series.symbol)) {
      throw new BacktestPilotError('bad_weights', `${series.symbol} appears twice in the portfolio; list each symbol once with its total weight`, { symbol: series.symbol });
    }
    seen.add(series.symbol);
  }
}

/** The portfolio calendar of some series and the bars of it inside `range`. */
export function portfolioWindow(seriesList: readonly OhlcvSeries[], range: DateWindow | undefined): {
  calendar: PortfolioCalendar; startBar: number; endBar: number; clipped: boolean;
} {
  assertCompatible(seriesList);
  const calendar = intersectCalendars(seriesList.map((series) => series.time));
  if (calendar.time.length === 0) {
    const spans = seriesList.map((series) => `${series.symbol} ${formatBarTime(series.time[0]!, series.intervalMs)} to ${formatBarTime(series.time[series.time.length - 1]!, series.intervalMs)}`);
    throw new BacktestPilotError('out_of_data_range', `the symbols have no bar time in common: ${spans.join('; ')}`, { spans });
  }
  const { startIndex, endIndex, clipped } = findRangeIndices(calendar.time, range, seriesList[0]!.intervalMs);
  return { calendar, startBar: startIndex, endBar: endIndex, clipped };
}

export type PortfolioWindow = ReturnType<typeof portfolioWindow>;

/**
 * Strategies → targets on each full series → the shared-cash simulation → metrics. `window`
 * (bars of a calendar already built) replaces `options.range`, for runs on parts of one calendar.
 */
export function runPortfolioCore(seriesList: readonly OhlcvSeries[], options: PortfolioOptions, window?: PortfolioWindow): PortfolioCore {
  const { calendar, startBar, endBar, clipped } = window ?? portfolioWindow(seriesList, options.range);
  const params = options.strategies.map((choice) => resolveStrategyParams(choice.name, choice.params));
  const assets = seriesList.map((series, symbol) => ({
    open: series.open,
    close: series.close,
    targets: getStrategy(options.strategies[symbol]!.name).computeTargets(series, params[symbol]!, {
      allowShort: false, indicators: createIndicatorCache({ sharedAcrossRuns: false }),
    }),
    index: calendar.indices[symbol]!,
  }));
  const simulation = simulatePortfolio({
    assets, weights: options.weights, startBar, endBar,
    rebalanceStarts: rebalanceStarts(calendar.time, startBar, endBar, options.rebalance), settings: options.settings,
  });
  const ppy = portfolioPeriodsPerYear(seriesList);
  const metrics = computeAllMetrics({
    equity: simulation.equity, initialCapital: options.settings.initialCapital, position: simulation.position,
    trades: simulation.roundTrips, periodsPerYear: ppy, riskFreeRate: options.riskFreeRate ?? 0,
  });
  let equitySum = 0;
  for (let slot = 0; slot < simulation.equity.length; slot++) equitySum += simulation.equity[slot]!;
  const bars = simulation.equity.length;
  const turnover = equitySum > 0 ? (simulation.tradedValue / (equitySum / bars)) * (ppy / bars) : 0;
  return { calendar, startBar, endBar, clipped, params, simulation, metrics, periodsPerYear: ppy, turnover };
}

/** Runs a portfolio and returns the JSON every interface prints. */
export function runPortfolio(seriesList: readonly OhlcvSeries[], options: PortfolioOptions): PortfolioResult {
  const core = runPortfolioCore(seriesList, options);
  return toPortfolioResult(seriesList, options, core);
}

export function toPortfolioResult(seriesList: readonly OhlcvSeries[], options: PortfolioOptions, core: PortfolioCore): PortfolioResult {
  const { calendar, startBar, endBar, simulation } = core;
  const intervalMs = seriesList[0]!.intervalMs;
  const symbols = seriesList.map((series) => series.symbol);
  const timeOf = (bar: number) => formatBarTime(calendar.time[bar]!, intervalMs);
  const bySymbol = (values: ArrayLike<number>) => Object.fromEntries(symbols.map((symbol, at) => [symbol, values[at]!]));
  const equity = Array.from(simulation.equity, (value, slot) => ({ t: timeOf(startBar + slot), equity: value }));
  const { fills } = simulation;
  const fillRows = [];
  for (let at = 0; at < fills.length; at++) {
    fillRows.push({
      date: timeOf(fills.bar[at]!), symbol: symbols[fills.symbol[at]!]!, side: fills.side[at] === 1 ? 'buy' as const : 'sell' as const,
      units: fills.units[at]!, price: fills.price[at]!, fee: fills.fee[at]!,
    });
  }
  const capital = options.settings.initialCapital;
  const notes: string[] = [];
  if (core.clipped) {
    notes.push(`the symbols share data from ${timeOf(0)} to ${timeOf(calendar.time.length - 1)}; ran on ${timeOf(startBar)} to ${timeOf(endBar)} instead of the requested ${options.range?.start ?? 'start'} to ${options.range?.end ?? 'end'}`);
  }
  if (startBar === 0 && options.settings.fill === 'next_open') {
    notes.push(`no shared bar precedes ${timeOf(startBar)}: the first allocation was decided at its close and filled at the next open`);
  }
  const returns = calendarReturns(seriesList.map((series) => series.close), calendar.indices, startBar, endBar);
  return {
    portfolio: {
      weights: bySymbol(options.weights),
      rebalance: options.rebalance,
      strategies: Object.fromEntries(symbols.map((symbol, at) => [symbol, { name: options.strategies[at]!.name, params: core.params[at]! }])),
      range: { start: timeOf(startBar), end: timeOf(endBar), bars: endBar - startBar + 1 },
      settings: describeEngineSettings(options.settings),
      periods_per_year: core.periodsPerYear,
      metrics: core.metrics,
      equity,
      weights_over_time: weightsOverTime(seriesList, core, symbols, timeOf),
      fills: fillRows,
      fees_paid: simulation.feesPaid,
      turnover: core.turnover,
      num_rebalances: simulation.rebalances,
      contributions: bySymbol(Array.from(simulation.netCashFlow, (flow) => flow / capital)),
      risk: riskBudget(symbols, returns, options.weights, core.periodsPerYear),
      notes,
    },
    assets: seriesList.map((series, at) => ({
      symbol: series.symbol, ...dataRefOf(series), asset_class: series.assetClass,
      first: formatBarTime(series.time[0]!, intervalMs), last: formatBarTime(series.time[series.time.length - 1]!, intervalMs),
      bars: series.time.length, bars_in_range: endBar - startBar + 1, weight: options.weights[at]!,
    })),
    correlation: { symbols, matrix: correlationMatrix(returns) },
  };
}
