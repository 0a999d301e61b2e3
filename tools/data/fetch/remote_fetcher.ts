import type { Candle } from './candles.js';
import type { RetryPolicy } from './retry.js';

/** What is asked of a remote source: one market, one interval, bars with open time in [fromMs, toMs). */
export interface CandleRequest {
  market: string;
  interval: string;
  intervalMs: number;
  fromMs: number;
  toMs: number;
}

/** Bars fetched, and the currency the source says they are quoted in when it says (Yahoo does). */
export interface FetchedCandles {
  candles: Candle[];
  currency?: string;
}

/** A network source of bars (an exchange through ccxt, Yahoo through yahoo-finance2). */
export interface RemoteFetcher {
  /** `binance`, any ccxt exchange id, or `yahoo`: what provenance records as the source. */
  readonly id: string;
  /** Whether its prices are split- and dividend-adjusted (Yahoo equities); crypto is raw. */
  readonly adjusted: boolean;
  /** Every closed and open bar it has in the window; paging, retries and timeouts are its own. */
  fetchCandles(request: CandleRequest): Promise<FetchedCandles>;
  close(): Promise<void>;
}

export interface FetcherOptions {
  /** A mirror or a test server standing in for the source's own host (BTP_<SOURCE>_URL). */
  baseUrl?: string;
  /** Bound of every HTTP call. */
  timeoutMs: number;
  retry: RetryPolicy;
  /** Largest page asked for; exchanges cap it anyway (Binance at 1000). */
  pageLimit?: number;
}

export const DEFAULT_FETCH_TIMEOUT_MS = 10_000;
