import type { ClosedDateWindow, DateWindow } from '../dates/date_window.js';
import { buildSourceInterval, builtBarsNote, describeIntervals, estimatedBuiltLine } from '../data/build_bars.js';
import { suggestSymbol } from '../data/resolve_symbol.js';
import type { SymbolInfo } from '../data/types.js';
import { BacktestPilotError, isBacktestPilotError } from '../errors.js';
import { minimumInSampleBars } from '../optimization/search/judgeable_window.js';
import { DEFAULT_HOLDOUT_FRACTION } from '../optimization/holdout/sample_split.js';
import { MIN_JUDGED_BARS } from '../risk/short_runs.js';
import { getStrategy, resolveStrategyParams } from '../strategy/registry.js';
import { isIsoDate } from './calendar.js';
import { commonHistory, coveredWindow, dataFileFor, estimateBars } from './data_coverage.js';
import { RequestSpecSchema, type RequestSpec } from './request_spec.js';
import { failure, type SpecOutcome } from './spec_outcome.js';
import { checkCosts } from './check_costs.js';
import { futureDatesMessage } from './recognizers/refused_questions.js';

export interface ValidationContext {
  /** `YYYY-MM-DD`; a range may not end after it. */
  today: string;
  /** The data directory's listing (`getSupportedSymbols`). */
  symbols: readonly SymbolInfo[];
}

const WEIGHT_TOLERANCE = 1e-6;

function checkHasSymbols(spec: unknown): void {
  const symbols = spec && typeof spec === 'object' ? (spec as { symbols?: unknown }).symbols : undefined;
  if (!Array.isArray(symbols) || symbols.length === 0) {
    throw new BacktestPilotError('no_symbol', 'the request names no symbol; name at least one instrument, e.g. BTC, ETH or SPY', {});
  }
}

function parseSpec(spec: unknown): RequestSpec {
  const parsed = RequestSpecSchema.safeParse(spec);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => `${issue.path.map(String).join('.') || 'spec'}: ${issue.message}`);
  throw new BacktestPilotError('bad_request', `the request spec is malformed: ${issues.join('; ')}`, { issues });
}

/** The window a file is chosen for; a backwards one is end_before_start's to report, later in the order. */
function windowOf(spec: RequestSpec): DateWindow {
  const { start, end } = spec.date_range ?? {};
  if (start !== undefined && end !== undefined && end < start) return {};
  return { ...(start !== undefined ? { start } : {}), ...(end !== undefined ? { end } : {}) };
}

/**
 * The listing line a symbol runs on; for an interval no file holds and the listing has no built
 * line of (10m from 1m bars), the line of the file the loader builds it from, estimated.
 */
function lineFor(symbol: string, listing: readonly SymbolInfo[], interval: string | undefined, window: DateWindow): SymbolInfo | undefined {
  const line = dataFileFor(symbol, listing, interval, window);
  if (line || interval === undefined) return line;
  const fileIntervals = listing.filter((info) => info.symbol === symbol && info.built_from === undefined).map((info) => info.interval);
  const source = buildSourceInterval(interval, fileIntervals);
  const sourceLine = source === undefined ? undefined : dataFileFor(symbol, listing.filter((info) => info.built_from === undefined), source, window);
  return sourceLine && estimatedBuiltLine(sourceLine, interval);
}

function checkSymbolsKnown(spec: RequestSpec, listing: readonly SymbolInfo[]): Map<string, SymbolInfo> {
  const files = new Map<string, SymbolInfo>();
  const known = [...new Set(listing.map((info) => info.symbol))].sort();
  for (const symbol of [...spec.symbols, ...Object.keys(spec.portfolio?.weights ?? {})]) {
    const info = lineFor(symbol, listing, spec.interval, windowOf(spec));
    if (info) {
      files.set(symbol, info);
      continue;
    }
    const intervals = [...new Set(listing.filter((other) => other.symbol === symbol && other.built_from === undefined).map((other) => other.interval))].sort();
    if (intervals.length > 0) {
      // Never a silent fall-back to daily bars: the user asked for this interval.
      throw new BacktestPilotError(
        'interval_unavailable',
        `no ${spec.interval} bars for ${symbol} in the data directory, and none can be built from its files; ${symbol} has ${describeIntervals(intervals)} bars. Add a ${symbol} ${spec.interval} file (e.g. ${symbol}-USDT-${spec.interval}.csv) or ask for ${intervals.join(' or ')}`,
        { symbol, interval: spec.interval, available_intervals: intervals },
      );
    }
    const suggestion = suggestSymbol(symbol, known);
    throw new BacktestPilotError(
      'unknown_symbol',
      `no data for symbol "${symbol}"${suggestion ? ` (nearest: ${suggestion})` : ''}; known symbols: ${known.join(', ') || 'none (the data directory is empty)'}`,
      { symbol, known_symbols: known, ...(suggestion ? { suggestion } : {}) },
    );
  }
  return files;
}

/** The registry judges names and values, with its own messages (which list what is allowed). */
function checkStrategies(spec: RequestSpec): void {
  for (const strategy of spec.strategies) getStrategy(strategy.name);
}

function checkParameters(spec: RequestSpec): void {
  for (const strategy of spec.strategies) resolveStrategyParams(strategy.name, strategy.params);
  checkPortfolio(spec);
}

/**
 * `bad_weights` for weights naming a symbol outside the list, negative, or summing above 100%
 * (below is fine: the rest is cash); `infeasible_portfolio` for a max_weight too small to reach 100%.
 */
function checkPortfolio(spec: RequestSpec): void {
  const portfolio = spec.portfolio;
  if (!portfolio) return;
  const { weights } = portfolio;
  const held = Object.keys(weights);
  const strangers = held.filter((symbol) => !spec.symbols.includes(symbol));
  if (strangers.length > 0 || held.length !== spec.symbols.length) {
    throw new BacktestPilotError('bad_weights', `portfolio weights name ${held.join(', ')} but the symbols are ${spec.symbols.join(', ')}; give one weight per symbol and no others`, { weights, symbols: spec.symbols });
  }
  const negative = held.find((symbol) => !(weights[symbol]! >= 0));
  if (negative) {
    throw new BacktestPilotError('bad_weights', `the weight of ${negative} is ${weights[negative]}; weights go from 0 to 100% (long only)`, { weights, symbol: negative });
  }
  const sum = held.reduce((total, symbol) => total + weights[symbol]!, 0);
  if (sum > 1 + WEIGHT_TOLERANCE) {
    const shown = Number((sum * 100).toPrecision(10));
    throw new BacktestPilotError('bad_weights', `portfolio weights sum to ${shown}%; they may sum to at most 100% (the rest is held as cash), e.g. 60/40`, { weights, sum });
  }
  if (portfolio.max_weight !== undefined && portfolio.max_weight * held.length < 1 - WEIGHT_TOLERANCE) {
    throw new BacktestPilotError('infeasible_portfolio', `no more than ${portfolio.max_weight * 100}% in each of ${held.length} symbols cannot add up to 100%; allow at least ${Number((100 / held.length).toPrecision(4))}% each or add symbols`, {
      max_weight: portfolio.max_weight, symbols: spec.symbols,
    });
  }
}

function checkDates(spec: RequestSpec, today: string): void {
  const { start, end } = spec.date_range ?? {};
  if (start !== undefined && end !== undefined && end < start) {
    throw new BacktestPilotError('end_before_start', `the range ends ${end}, before it starts ${start}; the end must be on or after the start`, { start, end });
  }
  const late = [end, start].find((date) => date !== undefined && date > today);
  if (late !== undefined) {
    throw new BacktestPilotError('future_dates', futureDatesMessage(late, today), { start, end, today });
  }
}

/** Each symbol's covered window; notes a partly covered range (which runs on the covered part). */
function checkCoverage(spec: RequestSpec, files: ReadonlyMap<string, SymbolInfo>, notes: string[]): Map<string, ClosedDateWindow> {
  const windows = new Map<string, ClosedDateWindow>();
  const range = spec.date_range;
  if (!range) {
    const common = commonHistory([...files.values()]);
    if (!common) {
      const spans = spec.symbols.map((symbol) => `${symbol} ${files.get(symbol)!.first} to ${files.get(symbol)!.last}`);
      throw new BacktestPilotError('out_of_data_range', `the symbols' histories do not overlap (${spans.join('; ')}); give a date range or fewer symbols`, { spans });
    }
    notes.push(`no date range given: the run uses the common history of ${spec.symbols.join(', ')}, ${common.start} to ${common.end}`);
    for (const symbol of spec.symbols) windows.set(symbol, common);
    return windows;
  }
  for (const symbol of spec.symbols) {
    const info = files.get(symbol)!;
    const covered = coveredWindow(info, range);
    const asked = `${range.start ?? 'the start of the data'} to ${range.end ?? 'the end of the data'}`;
    if (!covered) {
      throw new BacktestPilotError(
        'out_of_data_range',
        `${symbol} has no data from ${asked}; its data covers ${info.first} to ${info.last}`,
        { symbol, start: range.start, end: range.end, data_first: info.first, data_last: info.last },
      );
    }
    const clipped = (range.start !== undefined && range.start < covered.start) || (range.end !== undefined && range.end > covered.end);
    if (clipped) notes.push(`${symbol} data covers ${info.first} to ${info.last}: the run uses ${covered.start} to ${covered.end} of the requested ${asked}`);
    windows.set(symbol, covered);
  }
  return windows;
}

function describeStrategy(name: string, params: Record<string, number>): string {
  const written = Object.entries(params).map(([key, value]) => `${key}=${value}`).join(', ');
  return written ? `${name}(${written})` : name;
}

function checkHistoryLength(spec: RequestSpec, files: ReadonlyMap<string, SymbolInfo>, windows: ReadonlyMap<string, ClosedDateWindow>): void {
  const needs = spec.strategies.map((strategy) => {
    const params = resolveStrategyParams(strategy.name, strategy.params);
    return { label: describeStrategy(strategy.name, params), bars: getStrategy(strategy.name).warmupBars(params) };
  });
  const longest = needs.reduce((best, need) => (need.bars > best.bars ? need : best));
  for (const symbol of spec.symbols) {
    const window = windows.get(symbol)!;
    const bars = estimateBars(files.get(symbol)!, window);
    if (bars < longest.bars) {
      throw new BacktestPilotError(
        'insufficient_history',
        `${symbol} has about ${bars} bars from ${window.start} to ${window.end}, fewer than the ${longest.bars} that ${longest.label} needs before its first signal; widen the range or use shorter windows`,
        { symbol, bars, required_bars: longest.bars, strategy: longest.label, start: window.start, end: window.end },
      );
    }
  }
}

/**
 * An optimisation searches the first 70 % of the window; refused here, before anything runs, when
 * that part is shorter than a strategy's warm-up plus 30 bars (the search itself checks the exact
 * bars again). Without this the agents would back-test and report with the optimisation missing.
 */
function checkOptimisationWindow(spec: RequestSpec, files: ReadonlyMap<string, SymbolInfo>, windows: ReadonlyMap<string, ClosedDateWindow>): void {
  if (!spec.optimization_required) return;
  const searched = spec.strategies.filter((strategy) => !strategy.baseline && Object.keys(getStrategy(strategy.name).searchSpace ?? {}).length > 0);
  for (const strategy of searched) {
    const params = resolveStrategyParams(strategy.name, strategy.params);
    const minimum = minimumInSampleBars(strategy.name, params);
    for (const symbol of spec.symbols) {
      const window = windows.get(symbol)!;
      const bars = estimateBars(files.get(symbol)!, window);
      const inSample = bars - Math.round(bars * DEFAULT_HOLDOUT_FRACTION);
      if (inSample >= minimum) continue;
      throw new BacktestPilotError(
        'insufficient_data',
        `${symbol}: optimising ${describeStrategy(strategy.name, params)} over ${window.start} to ${window.end} leaves about ${inSample} bars in sample ` +
          `(the first ${Math.round((1 - DEFAULT_HOLDOUT_FRACTION) * 100)}%); it needs at least ${minimum} (its warm-up of ${minimum - MIN_JUDGED_BARS} bars ` +
          `plus ${MIN_JUDGED_BARS} to judge a result); widen the window`,
        { symbol, strategy: strategy.name, window, in_sample_bars: inSample, minimum_bars: minimum },
      );
    }
  }
}

/**
 * Checks a spec against the data before anything runs; pure (the caller passes the data listing).
 * Checks run in this order and the first that fails is reported: no_symbol, (bad_request for a
 * malformed spec), unknown_symbol, interval_unavailable, unknown_strategy, bad_parameters, end_before_start,
 * future_dates, out_of_data_range, insufficient_history, insufficient_data (an optimisation's in-sample part). A range the data covers only in part is
 * fine: the run uses the covered part and a note says so; the spec's date_range stays as asked. An
 * interval no file holds is fine when a finer file can build it (4h from 1h, see build_bars.ts): a note says so.
 */
export function validateRequestSpec(spec: unknown, context: ValidationContext): SpecOutcome {
  try {
    if (!isIsoDate(context.today)) {
      throw new BacktestPilotError('bad_date', `today must be a date as YYYY-MM-DD, got "${context.today}"`, { today: context.today });
    }
    checkHasSymbols(spec);
    checkCosts(spec);
    const parsed = parseSpec(spec);
    const files = checkSymbolsKnown(parsed, context.symbols);
    checkStrategies(parsed);
    checkParameters(parsed);
    checkDates(parsed, context.today);
    const notes: string[] = [];
    const windows = checkCoverage(parsed, files, notes);
    for (const info of new Set(parsed.symbols.map((symbol) => files.get(symbol)!))) {
      if (info.built_from !== undefined) notes.push(builtBarsNote(info.interval, info.built_from, info.file));
    }
    checkHistoryLength(parsed, files, windows);
    checkOptimisationWindow(parsed, files, windows);
    return { ok: true, spec: parsed, notes };
  } catch (error) {
    if (isBacktestPilotError(error)) return failure(error);
    throw error;
  }
}
