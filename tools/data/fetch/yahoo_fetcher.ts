import { BacktestPilotError } from '../../errors.js';
import { DAY_MS } from '../timestamps.js';
import { type Candle } from './candles.js';
import type { CandleRequest, FetchedCandles, FetcherOptions, RemoteFetcher } from './remote_fetcher.js';
import { withRetries } from './retry.js';
import { currencyCode } from './yahoo_ticker.js';

// The intervals Yahoo's chart API serves that we use; it has no 4h bars.
const YAHOO_INTERVALS: Readonly<Record<string, string>> = { '1m': '1m', '5m': '5m', '15m': '15m', '30m': '30m', '1h': '1h', '1d': '1d', '1w': '1wk' };

interface ChartQuote {
  date: Date;
  open: number | null;
  high: number | null;
  low: number | null;
  close: number | null;
  adjclose?: number | null;
  volume: number | null;
}

/** fetch, bounded by a timeout, sent to a mirror or test server instead of Yahoo's host when one is set. */
function boundedFetch(options: FetcherOptions): typeof fetch {
  return (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const target = options.baseUrl ? url.replace(/^https?:\/\/[^/]+/, options.baseUrl.replace(/\/+$/, '')) : url;
    return fetch(target, { ...init, signal: AbortSignal.timeout(options.timeoutMs) });
  };
}

function statusOf(error: unknown): number | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? code : undefined;
}

/** A 429 or a 5xx is worth another try, and so is a timeout; anything else is the answer. */
function isRetryable(error: unknown): boolean {
  const status = statusOf(error);
  if (status !== undefined) return status === 429 || status >= 500;
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

/**
 * Split- and dividend-adjusted bars (Yahoo's adjclose / close applied to open, high, low and
 * close), daily bars stamped at the exchange's calendar date, 00:00 UTC, like the bundled sample.
 * Days Yahoo lists without a quote are left out, not filled.
 */
function toCandles(quotes: readonly ChartQuote[], gmtOffsetSeconds: number, intervalMs: number): Candle[] {
  return quotes.flatMap((quote): Candle[] => {
    const { open, high, low, close, volume } = quote;
    if (open === null || high === null || low === null || close === null || close === 0) return [];
    const factor = typeof quote.adjclose === 'number' && quote.adjclose > 0 ? quote.adjclose / close : 1;
    const ms = quote.date.getTime();
    const time = intervalMs >= DAY_MS ? Math.floor((ms + gmtOffsetSeconds * 1000) / DAY_MS) * DAY_MS : ms;
    // Ten significant digits: the adjustment's float noise is not a price anyone quoted.
    const adjust = (price: number) => (factor === 1 ? price : Number((price * factor).toPrecision(10)));
    return [[time, adjust(open), adjust(high), adjust(low), adjust(close), volume ?? 0]];
  });
}

const ignore = (): void => {};

/**
 * yahoo-finance2 3.x says it wants Node 22 at start-up, though its chart path (all we use) runs on
 * Node 20 and is tested here; that warning, its notices and debug chatter would only clutter a
 * command's output. Real warnings and errors still reach stderr.
 */
const quietLogger = {
  info: ignore,
  debug: ignore,
  dir: ignore,
  warn: (...args: unknown[]) => {
    if (!String(args[0]).includes('Unsupported environment')) process.stderr.write(`${args.map(String).join(' ')}\n`);
  },
  error: (...args: unknown[]) => process.stderr.write(`${args.map(String).join(' ')}\n`),
};

/** Equities, ETFs and indices through yahoo-finance2's chart module (one call covers any window). */
export async function createYahooFetcher(options: FetcherOptions): Promise<RemoteFetcher> {
  const { default: YahooFinance } = await import('yahoo-finance2');
  const yahoo = new YahooFinance({
    fetch: boundedFetch(options),
    versionCheck: false,
    logger: quietLogger,
    suppressNotices: ['yahooSurvey'],
    validation: { logErrors: false, logOptionsErrors: false },
  });

  async function fetchCandles(request: CandleRequest): Promise<FetchedCandles> {
    const interval = YAHOO_INTERVALS[request.interval];
    if (!interval) {
      throw new BacktestPilotError('interval_unavailable', `Yahoo has no ${request.interval} bars; it offers ${Object.keys(YAHOO_INTERVALS).join(', ')}`, { source: 'yahoo', interval: request.interval });
    }
    const chart = await withRetries(() => yahoo.chart(request.market, {
      period1: new Date(request.fromMs), period2: new Date(request.toMs), interval: interval as '1d', return: 'array',
    }), isRetryable, options.retry);
    const candles = toCandles(chart.quotes as ChartQuote[], chart.meta.gmtoffset ?? 0, request.intervalMs);
    const inWindow = candles.filter((candle) => candle[0] >= request.fromMs && candle[0] < request.toMs);
    return { candles: inWindow, ...(chart.meta.currency ? { currency: currencyCode(chart.meta.currency) } : {}) };
  }

  return { id: 'yahoo', adjusted: true, fetchCandles, close: async () => {} };
}

/** Whether an error from the Yahoo path means Yahoo could not be reached at all. */
export function isYahooUnreachable(error: unknown): boolean {
  return error instanceof TypeError && /fetch failed/i.test(error.message);
}
