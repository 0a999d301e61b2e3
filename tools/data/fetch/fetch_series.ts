import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { BacktestPilotError, isBacktestPilotError, type ErrorCode } from '../../errors.js';
import { sha256Hex } from '../file_hash.js';
import { parseInterval } from '../intervals.js';
import { parseOhlcvCsv } from '../parse_ohlcv_csv.js';
import { fetchRecordPath, writeFetchRecord, writeFileAtomically, type FetchRecord } from '../provenance.js';
import { DAY_MS, formatBarTime, parseIsoDate } from '../timestamps.js';
import { createCcxtFetcher } from './ccxt_fetcher.js';
import { findGaps } from '../find_gaps.js';
import { closedCandles, mergeCandles, type Candle } from './candles.js';
import { describeFetchError } from './describe_fetch_error.js';
import { planFetch, seriesFileName, YAHOO_SOURCE, type FetchPlan } from './fetch_plan.js';
import { DEFAULT_FETCH_TIMEOUT_MS, type FetchedCandles, type FetcherOptions, type RemoteFetcher } from './remote_fetcher.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry.js';
import { formatSeriesCsv } from './series_csv.js';
import { createYahooFetcher } from './yahoo_fetcher.js';
import { compareNames } from '../../compare_names.js';

export interface FetchSettings {
  /** Where series are written: the user's data folder (top layer of the data path). */
  userDataDir: string;
  /** BTP_OFFLINE / --offline: refuse before any network access. */
  offline: boolean;
  /** Base URL per source id (BTP_BINANCE_URL, BTP_YAHOO_URL, BTP_<CCXT ID>_URL). */
  baseUrls: Readonly<Record<string, string>>;
  timeoutMs?: number;
  retry?: RetryPolicy;
  pageLimit?: number;
  now?: () => number;
  /** One line per step, for the progress a user sees. */
  onProgress?: (line: string) => void;
}

export interface FetchRequest {
  symbols: readonly string[];
  interval?: string;
  /** YYYY-MM-DD, inclusive; default five years back (one year for intraday bars). */
  from?: string;
  /** YYYY-MM-DD, inclusive; default now. */
  to?: string;
  /** `binance` (crypto default), `yahoo` (everything else by default) or any ccxt exchange id. */
  source?: string;
  /**
   * Where a lower data folder (the bundled sample) holds a series under a file name and interval:
   * the user's copy starts from it when it has none, since written alone a fetched end would shadow
   * all the history below it.
   */
  seedOf?: (file: string, interval: string) => string | undefined;
}

/** One series written (or left alone when nothing was new). */
export interface FetchedSeries {
  symbol: string;
  source: string;
  market: string;
  interval: string;
  file: string;
  sha256: string;
  first: string;
  last: string;
  bars: number;
  new_bars: number;
  missing_bars: number;
  fetched_at: string;
  adjusted: boolean;
}

export interface FetchFailure {
  symbol: string;
  code: ErrorCode;
  message: string;
}

export interface FetchOutcome {
  fetched: FetchedSeries[];
  errors: FetchFailure[];
}

const YEAR_MS = 365 * DAY_MS;

function unavailable(plan: FetchPlan, interval: string, window: string, reason: string, settings: FetchSettings): BacktestPilotError {
  const variable = `BTP_${plan.source.toUpperCase()}_URL`;
  const [from, last] = window.split('..').map((end) => end.slice(0, 10));
  // A window that runs to today is fetched again up to the day it is run, so the hint names no end.
  const to = last! >= new Date((settings.now ?? Date.now)()).toISOString().slice(0, 10) ? undefined : last;
  return new BacktestPilotError('data_unavailable',
    `cannot fetch ${plan.market} ${interval} ${window} from ${plan.source}: ${reason}; nothing was written. `
    + `Fetch it when online with \`${fetchCommand(plan, interval, from!, to)}\`, point ${variable} at a mirror, `
    + `or put a CSV named ${plan.file} in ${settings.userDataDir}`,
    { symbol: plan.requested, market: plan.market, source: plan.source, interval, window, file: plan.file });
}

/** The `btp data fetch` command that gets this series again, naming the source only when it is not the default. */
function fetchCommand(plan: FetchPlan, interval: string, from: string, to: string | undefined): string {
  let defaultSource: string | undefined;
  try {
    defaultSource = planFetch(plan.requested, interval, undefined).source;
  } catch {
    defaultSource = undefined;
  }
  const source = defaultSource === plan.source ? '' : ` --source ${plan.source}`;
  const symbol = /^[\w.^=/-]+$/.test(plan.requested) ? plan.requested : `'${plan.requested.replace(/'/g, '')}'`;
  return `btp data fetch ${symbol} --interval ${interval} --from ${from}${to === undefined ? '' : ` --to ${to}`}${source}`;
}

/** Bars already in the user's copy of this series, when there is one. */
async function readExistingCandles(filePath: string): Promise<Candle[]> {
  let contents: Buffer;
  try {
    contents = await readFile(filePath);
  } catch {
    return [];
  }
  const parsed = parseOhlcvCsv(contents, path.basename(filePath), { invalidRows: 'drop' });
  return Array.from(parsed.time, (time, index): Candle => [time, parsed.open[index]!, parsed.high[index]!, parsed.low[index]!, parsed.close[index]!, parsed.volume[index]!]);
}

class FetcherPool {
  private readonly fetchers = new Map<string, Promise<RemoteFetcher>>();

  constructor(private readonly settings: FetchSettings) {}

  get(source: string): Promise<RemoteFetcher> {
    let fetcher = this.fetchers.get(source);
    if (!fetcher) {
      const options: FetcherOptions = {
        baseUrl: this.settings.baseUrls[source],
        timeoutMs: this.settings.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS,
        retry: this.settings.retry ?? DEFAULT_RETRY_POLICY,
        pageLimit: this.settings.pageLimit,
      };
      fetcher = source === YAHOO_SOURCE ? createYahooFetcher(options) : createCcxtFetcher(source, options);
      this.fetchers.set(source, fetcher);
    }
    return fetcher;
  }

  async closeAll(): Promise<void> {
    await Promise.all([...this.fetchers.values()].map(async (fetcher) => (await fetcher.catch(() => undefined))?.close()));
  }
}

interface SeriesJob {
  plan: FetchPlan;
  interval: string;
  intervalMs: number;
  fromMs: number;
  toMs: number;
  /** The lower folder's copy of a file name, which a user's copy starts from when it has none. */
  seedOf?: (file: string) => string | undefined;
}

/** The bars the series already has: the user's copy, else the copy a lower folder holds that the fetch extends. */
async function heldCandles(plan: FetchPlan, job: SeriesJob, settings: FetchSettings): Promise<Candle[]> {
  const own = await readExistingCandles(path.join(settings.userDataDir, plan.file));
  const seed = own.length === 0 ? job.seedOf?.(plan.file) : undefined;
  return seed === undefined ? own : readExistingCandles(seed);
}

/** The plan's file named after the currency the source quotes in, when that is not the one expected. */
function refiled(plan: FetchPlan, currency: string | undefined, interval: string): FetchPlan {
  if (currency === undefined || currency === plan.quote) return plan;
  const symbol = plan.file.slice(0, -`-${plan.quote}-${interval}.csv`.length);
  return { ...plan, quote: currency, file: seriesFileName(symbol, currency, interval) };
}

async function fetchOne(job: SeriesJob, pool: FetcherPool, settings: FetchSettings, now: number): Promise<FetchedSeries> {
  const { interval, intervalMs } = job;
  let plan = job.plan;
  const window = `${formatBarTime(job.fromMs, intervalMs)}..${formatBarTime(Math.max(job.fromMs, job.toMs - 1), intervalMs)}`;
  if (settings.offline) throw unavailable(plan, interval, window, 'offline (BTP_OFFLINE=1 or --offline forbids network access)', settings);
  const fetcher = await pool.get(plan.source);
  // Adjusted prices are re-based at every dividend: bars held from an earlier fetch are fetched again
  // with the new ones (an update too), never mixed in on an older adjustment.
  const fetchFrom = (held: readonly Candle[]) => (fetcher.adjusted && held.length > 0 ? Math.min(job.fromMs, held[0]![0]) : job.fromMs);
  const fetchWindow = async (fromMs: number): Promise<FetchedCandles> => {
    try {
      return await fetcher.fetchCandles({ market: plan.market, interval, intervalMs, fromMs, toMs: job.toMs });
    } catch (error) {
      if (isBacktestPilotError(error)) throw error;
      throw unavailable(plan, interval, window, describeFetchError(error), settings);
    }
  };
  let existing = await heldCandles(plan, job, settings);
  let fromMs = fetchFrom(existing);
  settings.onProgress?.(`fetching ${plan.market} ${interval} ${window} from ${plan.source}…`);
  let fetched = await fetchWindow(fromMs);
  const quoted = refiled(plan, fetched.currency, interval);
  if (quoted !== plan) {
    // Quoted in another currency than its exchange suffix suggested: filed under that currency, with the bars held there.
    plan = quoted;
    existing = await heldCandles(plan, job, settings);
    if (fetchFrom(existing) < fromMs) fetched = await fetchWindow((fromMs = fetchFrom(existing)));
  }
  // The last bar of a live market is still moving: only closed bars are written.
  const closed = closedCandles(fetched.candles, intervalMs, now);
  const known = new Set(existing.map((candle) => candle[0]));
  const newBars = closed.filter((candle) => !known.has(candle[0])).length;
  const merged = mergeCandles(existing, closed);
  if (merged.length === 0) throw unavailable(plan, interval, window, `${plan.source} returned no closed bars for that window`, settings);
  const csv = formatSeriesCsv(merged, intervalMs);
  const sha256 = sha256Hex(Buffer.from(csv, 'utf8'));
  const fetchedAt = new Date(now).toISOString();
  const target = path.join(settings.userDataDir, plan.file);
  await mkdir(settings.userDataDir, { recursive: true });
  await writeFileAtomically(target, csv);
  const record: FetchRecord = { source: plan.source, market: plan.market, interval, fetched_at: fetchedAt, sha256, ...(fetcher.adjusted ? { adjusted: true } : {}) };
  await writeFetchRecord(target, record);
  const assetClass = plan.source === YAHOO_SOURCE ? 'equity' : 'crypto';
  const missingBars = findGaps(Float64Array.from(merged, (candle) => candle[0]), intervalMs, assetClass).gaps.reduce((sum, gap) => sum + gap.missingBars, 0);
  settings.onProgress?.(`${plan.file}: ${newBars} new bar(s), ${merged.length} in all${missingBars > 0 ? `, ${missingBars} missing bar(s) in gaps` : ''}`);
  return {
    symbol: plan.requested, source: plan.source, market: plan.market, interval, file: plan.file, sha256,
    first: formatBarTime(merged[0]![0], intervalMs), last: formatBarTime(merged[merged.length - 1]![0], intervalMs),
    bars: merged.length, new_bars: newBars, missing_bars: missingBars, fetched_at: fetchedAt, adjusted: fetcher.adjusted,
  };
}

async function runJobs(jobs: readonly (SeriesJob | FetchFailure)[], settings: FetchSettings): Promise<FetchOutcome> {
  const pool = new FetcherPool(settings);
  const now = (settings.now ?? Date.now)();
  try {
    // All symbols at once: each source's own limiter (ccxt's throttle, Yahoo's queue) paces the calls.
    const results = await Promise.all(jobs.map(async (job): Promise<FetchedSeries | FetchFailure> => {
      if (!('plan' in job)) return job;
      try {
        return await fetchOne(job, pool, settings, now);
      } catch (error) {
        const failure = isBacktestPilotError(error) ? error : new BacktestPilotError('data_unavailable', error instanceof Error ? error.message : String(error));
        return { symbol: job.plan.requested, code: failure.code, message: failure.message };
      }
    }));
    return {
      fetched: results.filter((result): result is FetchedSeries => 'sha256' in result),
      errors: results.filter((result): result is FetchFailure => !('sha256' in result)),
    };
  } finally {
    await pool.closeAll();
  }
}

function failureOf(symbol: string, error: unknown): FetchFailure {
  const failure = isBacktestPilotError(error) ? error : new BacktestPilotError('data_unavailable', String(error));
  return { symbol, code: failure.code, message: failure.message };
}

/**
 * `btp data fetch`: each symbol from its source (in parallel), closed bars only, merged with the
 * user's copy and written atomically with a provenance record beside it.
 */
export async function fetchSeries(request: FetchRequest, settings: FetchSettings): Promise<FetchOutcome> {
  const { interval, intervalMs } = parseInterval(request.interval ?? '1d');
  const now = (settings.now ?? Date.now)();
  const toMs = request.to === undefined ? now : parseIsoDate(request.to, 'to') + DAY_MS;
  const fromMs = request.from === undefined ? toMs - (intervalMs >= DAY_MS ? 5 : 1) * YEAR_MS : parseIsoDate(request.from, 'from');
  if (toMs <= fromMs) throw new BacktestPilotError('end_before_start', `--to ${request.to} is before --from ${request.from}`, { from: request.from, to: request.to });
  const jobs = request.symbols.map((symbol): SeriesJob | FetchFailure => {
    try {
      return {
        plan: planFetch(symbol, interval, request.source), interval, intervalMs, fromMs: Math.floor(fromMs / intervalMs) * intervalMs, toMs,
        ...(request.seedOf === undefined ? {} : { seedOf: (file: string) => request.seedOf?.(file, interval) }),
      };
    } catch (error) {
      return failureOf(symbol, error);
    }
  });
  return runJobs(jobs, settings);
}

/** The fetch records of the user's folder: every series `btp data fetch` wrote there. */
export async function listFetchRecords(userDataDir: string): Promise<{ file: string; record: FetchRecord }[]> {
  let names: string[];
  try {
    names = await readdir(userDataDir);
  } catch {
    return [];
  }
  const records = await Promise.all(names.filter((name) => name.endsWith('.provenance.json')).map(async (name) => {
    try {
      const record = JSON.parse(await readFile(path.join(userDataDir, name), 'utf8')) as FetchRecord;
      const file = name.replace(/\.provenance\.json$/, '.csv');
      return fetchRecordPath(path.join(userDataDir, file)) === path.join(userDataDir, name) ? [{ file, record }] : [];
    } catch {
      return [];
    }
  }));
  return records.flat().sort((a, b) => compareNames(a.file, b.file));
}

/** `btp data update`: every fetched series, from just after its last bar to now, appended. */
export async function updateSeries(settings: FetchSettings): Promise<FetchOutcome> {
  const now = (settings.now ?? Date.now)();
  const records = await listFetchRecords(settings.userDataDir);
  const jobs = await Promise.all(records.map(async ({ file, record }): Promise<SeriesJob | FetchFailure> => {
    try {
      const { interval, intervalMs } = parseInterval(record.interval);
      const existing = await readExistingCandles(path.join(settings.userDataDir, file));
      const last = existing[existing.length - 1];
      if (!last) throw new BacktestPilotError('bad_data_file', `${file} holds no bars to update; fetch it again with btp data fetch`, { file });
      const quote = /-([A-Za-z]{2,5})-[^-]+\.csv$/.exec(file)?.[1]?.toUpperCase() ?? '';
      const plan: FetchPlan = { requested: record.market, source: record.source, market: record.market, file, quote };
      return { plan, interval, intervalMs, fromMs: last[0] + intervalMs, toMs: now };
    } catch (error) {
      return failureOf(record.market, error);
    }
  }));
  return runJobs(jobs, settings);
}
