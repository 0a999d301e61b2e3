import { createHash } from 'node:crypto';
import { BacktestPilotError } from '../errors.js';
import { parseInterval } from './intervals.js';
import { DAY_MS, formatBarTime } from './timestamps.js';
import type { OhlcvSeries, SymbolInfo } from './types.js';

/**
 * Bars of an interval no file holds, built from a finer file of the same symbol: 4h from 1h, 15m
 * from 1m or 5m. A target can be built from a source when it is a whole multiple of it and divides
 * a day, so its buckets start at UTC midnight and never straddle one; it is shorter than a day
 * (daily bars come from daily files only: a crypto day is a UTC day, an equity day a session).
 *
 * A bucket's bar is stamped at the bucket's start, as every bar is stamped at its open time:
 * open = first source bar's open, high = max, low = min, close = last close, volume = sum.
 *
 * Which buckets become bars (the gap rule). Only complete buckets: every source bar the bucket
 * spans is held. An incomplete bucket is never a bar, since its high, low and volume would be
 * partial: at either end of the data it is simply left out (the data starts or stops mid-bucket);
 * between complete buckets its absence is a gap in the built series, which `findGaps` reports at
 * the built interval like any other missing bar, and the series' note counts such buckets.
 * Equities (intraday): bars before a UTC day's first bar and after its last are a closed session,
 * not missing, as `findGaps` counts them; so a bucket is complete when nothing is missing between
 * the day's first and last bar.
 */

/** The built intervals the data listing offers beside the files: the usual chart intervals. */
export const LISTED_BUILT_INTERVALS: readonly string[] = ['3m', '5m', '15m', '30m', '1h', '2h', '3h', '4h', '6h', '8h', '12h'];

export function canBuildFrom(sourceMs: number, targetMs: number): boolean {
  return targetMs > sourceMs && targetMs < DAY_MS && targetMs % sourceMs === 0 && DAY_MS % targetMs === 0;
}

/**
 * The interval to build `interval` from among the intervals a symbol has files of: the coarsest
 * that divides it (fewest bars to read), or undefined when none does or a file of it exists.
 */
export function buildSourceInterval(interval: string, fileIntervals: readonly string[]): string | undefined {
  const { intervalMs } = parseInterval(interval);
  const held = fileIntervals.map((one) => parseInterval(one));
  if (held.some((one) => one.intervalMs === intervalMs)) return undefined;
  const sources = held.filter((one) => canBuildFrom(one.intervalMs, intervalMs)).sort((a, b) => b.intervalMs - a.intervalMs);
  return sources[0]?.interval;
}

/** The listed intervals that files of these intervals can build and none holds, ascending. */
export function buildableIntervals(fileIntervals: readonly string[]): string[] {
  return LISTED_BUILT_INTERVALS.filter((interval) => buildSourceInterval(interval, fileIntervals) !== undefined);
}

/** `1d, 1h (2h, 3h, 4h, 6h, 8h, 12h built from 1h)`: what a symbol can be run on, files first. */
export function describeIntervals(fileIntervals: readonly string[]): string {
  const files = [...new Set(fileIntervals)].sort((a, b) => parseInterval(b).intervalMs - parseInterval(a).intervalMs);
  const built = new Map<string, string[]>();
  for (const interval of buildableIntervals(files)) {
    const source = buildSourceInterval(interval, files)!;
    built.set(source, [...(built.get(source) ?? []), interval]);
  }
  const builtText = [...built].map(([source, intervals]) => `${intervals.join(', ')} built from ${source}`).join('; ');
  return `${files.join(', ')}${builtText ? ` (${builtText})` : ''}`;
}

/** The note every run and report on built bars carries: `4h bars built from 1h bars (BTC-USDT-1h.csv)`. */
export function builtBarsNote(interval: string, builtFrom: string, file: string): string {
  return `${interval} bars built from ${builtFrom} bars (${file})`;
}

/** The built-bars note of the data a result records (`DataRef`): none for a file's own bars. */
export function builtBarsNotes(data: { interval: string; file: string; provenance?: { built_from?: string } }): string[] {
  const builtFrom = data.provenance?.built_from;
  return builtFrom === undefined ? [] : [builtBarsNote(data.interval, builtFrom, data.file)];
}

type BucketVisitor = (from: number, to: number, start: number) => void;

/**
 * One pass over the source bars, bucket by bucket: `visit(from, to, start)` for each complete
 * bucket (source rows `from` to `to - 1`, bucket start `start`). Returns the incomplete buckets
 * between complete ones (the gaps; those at the ends are not counted).
 */
function forEachCompleteBucket(source: Pick<OhlcvSeries, 'time' | 'intervalMs' | 'assetClass'>, targetMs: number, visit: BucketVisitor): number {
  const { time, intervalMs: sourceMs } = source;
  const sessions = source.assetClass === 'equity';
  const bars = time.length;
  let gaps = 0;
  let pending = 0;
  let seenComplete = false;
  let from = 0;
  while (from < bars) {
    const first = time[from]!;
    const start = Math.floor(first / targetMs) * targetMs;
    const end = start + targetMs;
    let to = from + 1;
    let consecutive = true;
    for (; to < bars && time[to]! < end; to += 1) if (time[to]! - time[to - 1]! !== sourceMs) consecutive = false;
    const last = time[to - 1]!;
    const day = Math.floor(first / DAY_MS);
    // No source slot of the bucket before its first bar, nor after its last (or a closed session there).
    const opens = first - start < sourceMs || (sessions && (from === 0 || Math.floor(time[from - 1]! / DAY_MS) !== day));
    const closes = end - last <= sourceMs || (sessions && (to === bars || Math.floor(time[to]! / DAY_MS) !== day));
    if (consecutive && opens && closes) {
      visit(from, to, start);
      gaps += pending;
      pending = 0;
      seenComplete = true;
    } else if (seenComplete) {
      pending += 1;
    }
    from = to;
  }
  return gaps;
}

function checkBuildable(source: OhlcvSeries, targetMs: number, interval: string): void {
  if (!canBuildFrom(source.intervalMs, targetMs)) {
    throw new BacktestPilotError('interval_unavailable', `${interval} bars cannot be built from ${source.interval} bars (${source.file}): the interval must be a whole multiple of ${source.interval}, shorter than a day, and divide a day`, {
      symbol: source.symbol, interval, source_interval: source.interval,
    });
  }
}

/** The SHA-256 naming a built series: caches keyed by a series' digest must not mistake it for its source. */
function builtDigest(sourceSha256: string, interval: string): string {
  return createHash('sha256').update(`btp built bars v1\n${interval}\n${sourceSha256}`).digest('hex');
}

// Built once per loaded source series and interval; dropped with the source when the loader's cache lets it go.
const builtSeries = new WeakMap<OhlcvSeries, Map<number, OhlcvSeries>>();
const builtSpans = new WeakMap<OhlcvSeries, Map<number, BuiltSpan>>();

/**
 * The bars of `interval` built from a finer series (see the rules above), in one pass into typed
 * columns. The series names the source file; its `sha256` names the built series (the file's own
 * digest stays in `provenance.digest`), its provenance says `built_from` the source interval.
 * Memoised per source series: the columns are shared and must not be mutated.
 */
export function buildBars(source: OhlcvSeries, interval: string): OhlcvSeries {
  const { interval: name, intervalMs } = parseInterval(interval);
  checkBuildable(source, intervalMs, name);
  const memo = builtSeries.get(source) ?? new Map<number, OhlcvSeries>();
  builtSeries.set(source, memo);
  const known = memo.get(intervalMs);
  if (known) return known;
  const { time: sourceTime } = source;
  const sourceBars = sourceTime.length;
  const capacity = sourceBars === 0 ? 0
    : Math.min(sourceBars, Math.floor(sourceTime[sourceBars - 1]! / intervalMs) - Math.floor(sourceTime[0]! / intervalMs) + 1);
  const time = new Float64Array(capacity);
  const open = new Float64Array(capacity);
  const high = new Float64Array(capacity);
  const low = new Float64Array(capacity);
  const close = new Float64Array(capacity);
  const volume = new Float64Array(capacity);
  const { open: sOpen, high: sHigh, low: sLow, close: sClose, volume: sVolume } = source;
  let bars = 0;
  const incompleteBuckets = forEachCompleteBucket(source, intervalMs, (from, to, start) => {
    let barHigh = sHigh[from]!;
    let barLow = sLow[from]!;
    let barVolume = sVolume[from]!;
    for (let row = from + 1; row < to; row += 1) {
      const rowHigh = sHigh[row]!;
      const rowLow = sLow[row]!;
      if (rowHigh > barHigh) barHigh = rowHigh;
      if (rowLow < barLow) barLow = rowLow;
      barVolume += sVolume[row]!;
    }
    time[bars] = start;
    open[bars] = sOpen[from]!;
    high[bars] = barHigh;
    low[bars] = barLow;
    close[bars] = sClose[to - 1]!;
    volume[bars] = barVolume;
    bars += 1;
  });
  const fit = (column: Float64Array) => (bars === capacity ? column : column.slice(0, bars));
  const built: OhlcvSeries = {
    symbol: source.symbol, quote: source.quote, interval: name, intervalMs, assetClass: source.assetClass,
    file: source.file, sha256: builtDigest(source.sha256, name),
    ...(source.provenance ? { provenance: { ...source.provenance, built_from: source.interval } } : {}),
    format: source.format,
    time: fit(time), open: fit(open), high: fit(high), low: fit(low), close: fit(close), volume: fit(volume),
    ...(source.parseIssues ? { parseIssues: source.parseIssues } : {}),
    builtFrom: { interval: source.interval, incompleteBuckets },
  };
  memo.set(intervalMs, built);
  return built;
}

/** First and last bar time and bar count of a built series, without building it. */
export interface BuiltSpan {
  first: number;
  last: number;
  bars: number;
}

/** The span `buildBars(source, interval)` would have, counted in one pass without allocating; memoised. */
export function builtSpan(source: OhlcvSeries, interval: string): BuiltSpan {
  const { interval: name, intervalMs } = parseInterval(interval);
  checkBuildable(source, intervalMs, name);
  const memo = builtSpans.get(source) ?? new Map<number, BuiltSpan>();
  builtSpans.set(source, memo);
  const known = memo.get(intervalMs);
  if (known) return known;
  const span: BuiltSpan = { first: Number.NaN, last: Number.NaN, bars: 0 };
  forEachCompleteBucket(source, intervalMs, (_from, _to, start) => {
    if (span.bars === 0) span.first = start;
    span.last = start;
    span.bars += 1;
  });
  memo.set(intervalMs, span);
  return span;
}

/** The listing line of the bars `interval` built from the file a listing line names. */
export function builtListingLine(info: SymbolInfo, source: OhlcvSeries, interval: string): SymbolInfo | undefined {
  const { interval: name, intervalMs } = parseInterval(interval);
  const span = builtSpan(source, name);
  if (span.bars === 0) return undefined;
  return { ...info, interval: name, first: formatBarTime(span.first, intervalMs), last: formatBarTime(span.last, intervalMs), bars: span.bars, built_from: source.interval };
}

/**
 * A listing line for bars that the listing has no line of (an interval it does not list, such as
 * 10m), estimated from the source file's line: span rounded down to whole buckets, bars scaled by
 * the ratio of the intervals. The load builds the exact bars.
 */
export function estimatedBuiltLine(info: SymbolInfo, interval: string): SymbolInfo {
  const { interval: name, intervalMs } = parseInterval(interval);
  const { intervalMs: sourceMs } = parseInterval(info.interval);
  const bucketOf = (text: string) => formatBarTime(Math.floor(Date.parse(text.length === 10 ? `${text}T00:00:00Z` : text) / intervalMs) * intervalMs, intervalMs);
  return { ...info, interval: name, first: bucketOf(info.first), last: bucketOf(info.last), bars: Math.floor((info.bars * sourceMs) / intervalMs), built_from: info.interval };
}
