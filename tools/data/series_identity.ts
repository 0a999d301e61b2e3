import { BacktestPilotError } from '../errors.js';
import { identityFromFileName, splitPair } from './file_name_identity.js';
import { intervalFromMs, medianSpacingMs, parseInterval } from './intervals.js';
import { CRYPTO_SYMBOLS } from './symbol_aliases.js';
import { DAY_MS } from './timestamps.js';
import type { AssetClass } from './types.js';

export interface SeriesIdentity {
  symbol: string;
  quote: string;
  interval: string;
  intervalMs: number;
  assetClass: AssetClass;
}

const STABLECOIN_QUOTES: ReadonlySet<string> = new Set(['USDT', 'USDC', 'BUSD']);
// A Yahoo-style `AAPL.csv` names no quote; US dollars is what such exports are priced in.
const DEFAULT_QUOTE = 'USD';
const SATURDAY = 6;
const SUNDAY = 0;
/** 1970-01-01, day 0 of epoch time, was a Thursday. */
const EPOCH_WEEKDAY = 4;

/** The UTC weekday (0 = Sunday) of an epoch-ms time, by arithmetic: a Date per bar made every listing scan slow. */
export function utcWeekday(ms: number): number {
  return (((Math.floor(ms / DAY_MS) + EPOCH_WEEKDAY) % 7) + 7) % 7;
}

function hasWeekendBars(time: Float64Array): boolean {
  for (const ms of time) {
    const weekday = utcWeekday(ms);
    if (weekday === SATURDAY || weekday === SUNDAY) return true;
  }
  return false;
}

function classifyAssetClass(symbol: string, quote: string, time: Float64Array, intervalMs: number): AssetClass {
  if (STABLECOIN_QUOTES.has(quote) || CRYPTO_SYMBOLS.has(symbol)) return 'crypto';
  // Weekly bars of any market may be stamped on a weekend day; only daily and shorter bars tell.
  return intervalMs <= DAY_MS && hasWeekendBars(time) ? 'crypto' : 'equity';
}

function inferInterval(time: Float64Array, fileName: string): { interval: string; intervalMs: number } {
  if (time.length < 2) {
    throw new BacktestPilotError('bad_data_file', `${fileName}: one bar is not enough to infer the interval; name the file <SYMBOL>-<QUOTE>-<interval>.csv, e.g. BTC-USDT-1d.csv`, { file: fileName });
  }
  return parseInterval(intervalFromMs(medianSpacingMs(time)));
}

/**
 * Symbol, quote, interval and asset class of a file: from a `<SYMBOL>-<QUOTE>-<interval>.csv` name
 * when it has one; otherwise from the pair its rows name, then from other name styles (Binance,
 * Yahoo), with the interval inferred from the median bar spacing when no name gives it.
 */
export function identifySeries(fileName: string, time: Float64Array, contentPair: string | undefined): SeriesIdentity {
  const fromName = identityFromFileName(fileName);
  const fromContent = contentPair === undefined ? undefined : splitPair(contentPair);
  const pair = fromName.complete ? fromName : (fromContent ?? fromName);
  if (pair.symbol === undefined || pair.symbol === '') {
    throw new BacktestPilotError('bad_data_file', `${fileName}: cannot tell which instrument it holds; name it <SYMBOL>-<QUOTE>-<interval>.csv, e.g. BTC-USDT-1d.csv`, { file: fileName });
  }
  const quote = pair.quote ?? DEFAULT_QUOTE;
  const { interval, intervalMs } = fromName.interval === undefined ? inferInterval(time, fileName) : parseInterval(fromName.interval);
  return { symbol: pair.symbol, quote, interval, intervalMs, assetClass: classifyAssetClass(pair.symbol, quote, time, intervalMs) };
}
