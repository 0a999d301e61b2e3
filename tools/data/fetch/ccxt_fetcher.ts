import type { Exchange } from 'ccxt';
import { BacktestPilotError } from '../../errors.js';
import type { Candle } from './candles.js';
import { mergeCandles } from './candles.js';
import type { CandleRequest, FetchedCandles, FetcherOptions, RemoteFetcher } from './remote_fetcher.js';
import { withRetries } from './retry.js';

type CcxtModule = typeof import('ccxt');

// Binance's own cap per klines call; other exchanges cap lower and say so by returning less.
const DEFAULT_PAGE_LIMIT = 1000;

/** Points every REST endpoint of an exchange at another origin (a mirror or a test server), keeping each path. */
function redirectUrls(value: unknown, origin: string): unknown {
  if (typeof value === 'string') return value.replace(/^https?:\/\/[^/]+/, origin.replace(/\/+$/, ''));
  if (Array.isArray(value)) return value.map((item) => redirectUrls(item, origin));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redirectUrls(item, origin)]));
  return value;
}

async function createExchange(ccxt: CcxtModule, id: string, options: FetcherOptions): Promise<Exchange> {
  const constructors = ccxt as unknown as Record<string, (new (config: object) => Exchange) | undefined>;
  const Constructor = Object.hasOwn(ccxt.exchanges, id) ? constructors[id] : undefined;
  if (!Constructor) {
    throw new BacktestPilotError('unknown_source', `unknown exchange "${id}"; use binance, yahoo or a ccxt exchange id such as kraken, coinbase, okx, bybit`, { source: id });
  }
  // Public market data only: no key, the library's own rate limiter on, every call bounded.
  const exchange = new Constructor({ enableRateLimit: true, timeout: options.timeoutMs });
  // Spot markets only: listing futures and options would cost calls and hosts we never use.
  if (id === 'binance') exchange.options['fetchMarkets'] = { types: ['spot'] };
  if (options.baseUrl) exchange.urls['api'] = redirectUrls(exchange.urls['api'], options.baseUrl) as typeof exchange.urls['api'];
  return exchange;
}

/** 429/418 (rate limits), 5xx (ExchangeNotAvailable) and timeouts are worth another try; a refused connection is not. */
function isRetryable(ccxt: CcxtModule, error: unknown): boolean {
  return error instanceof ccxt.RateLimitExceeded || error instanceof ccxt.DDoSProtection
    || error instanceof ccxt.ExchangeNotAvailable || error instanceof ccxt.RequestTimeout;
}

function asCandle(row: readonly unknown[]): Candle[] {
  const values = row.slice(0, 6);
  return values.length === 6 && values.every((value) => typeof value === 'number' && Number.isFinite(value)) ? [values as unknown as Candle] : [];
}

/** Any crypto exchange ccxt knows, through its public OHLCV endpoint (Binance by default); no API key. */
export async function createCcxtFetcher(id: string, options: FetcherOptions): Promise<RemoteFetcher> {
  const ccxt = await import('ccxt');
  const exchange = await createExchange(ccxt, id, options);
  const pageLimit = options.pageLimit ?? DEFAULT_PAGE_LIMIT;
  const call = <T>(attempt: () => Promise<T>) => withRetries(attempt, (error) => isRetryable(ccxt, error), options.retry);

  async function fetchCandles(request: CandleRequest): Promise<FetchedCandles> {
    await call(() => exchange.loadMarkets());
    if (!exchange.has['fetchOHLCV']) throw new BacktestPilotError('unknown_source', `${id} has no public OHLCV endpoint; choose another --source`, { source: id });
    if (!(request.interval in (exchange.timeframes ?? {}))) {
      throw new BacktestPilotError('interval_unavailable', `${id} has no ${request.interval} candles; it offers ${Object.keys(exchange.timeframes ?? {}).join(', ')}`, { source: id, interval: request.interval });
    }
    if (!(request.market in (exchange.markets ?? {}))) {
      throw new BacktestPilotError('unknown_symbol', `${id} lists no market ${request.market}`, { source: id, symbol: request.market });
    }
    const pages: Candle[][] = [];
    // Exchanges cap candles per call: ask again from just after the last bar until the window is covered.
    for (let since = request.fromMs; since < request.toMs;) {
      const limit = Math.min(pageLimit, Math.ceil((request.toMs - since) / request.intervalMs));
      const from = since;
      const page = (await call(() => exchange.fetchOHLCV(request.market, request.interval, from, limit))).flatMap(asCandle);
      const fresh = page.filter((candle) => candle[0] >= since);
      if (fresh.length === 0) break;
      pages.push(fresh);
      since = fresh[fresh.length - 1]![0] + request.intervalMs;
    }
    return { candles: mergeCandles(...pages).filter((candle) => candle[0] < request.toMs) };
  }

  return { id, adjusted: false, fetchCandles, close: async () => { await exchange.close(); } };
}

/** Whether an error from ccxt means the exchange could not be reached at all (no network, DNS, refused). */
export async function isCcxtUnreachable(error: unknown): Promise<boolean> {
  const ccxt = await import('ccxt');
  return error instanceof ccxt.NetworkError;
}
