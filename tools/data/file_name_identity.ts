import { normalizeSymbol, QUOTE_CURRENCIES } from './symbol_aliases.js';

/** What a file name says about its content; `complete` when it follows `<SYMBOL>-<QUOTE>-<interval>.csv`. */
export interface FileNameIdentity {
  complete: boolean;
  symbol?: string;
  quote?: string;
  interval?: string;
}

const STANDARD_NAME = /^([a-z0-9.]+)-([a-z]{2,5})-([1-9]\d{0,3}[smhdw])\.csv$/i;
// data.binance.vision: BTCUSDT-1d-2024-01.csv (monthly) or BTCUSDT-1h-2024-01-31.csv (daily).
const BINANCE_NAME = /^([a-z0-9]+)-([1-9]\d{0,3}[smhdw])-\d{4}-\d{2}(?:-\d{2})?\.csv$/i;
// Yahoo Finance: BTC-USD.csv, or just the ticker: AAPL.csv.
const YAHOO_PAIR_NAME = /^([a-z0-9.]+)-([a-z]{3,4})\.csv$/i;
const TICKER_NAME = /^[a-z0-9.-]+\.csv$/i;

/** `BTCUSDT`, `BTC/USDT`, `btc-usd` → base and quote; undefined when no known quote ends it. */
export function splitPair(pair: string): { symbol: string; quote: string } | undefined {
  const compact = pair.trim().toUpperCase().replace(/[\s/_:-]+/g, '');
  const quote = QUOTE_CURRENCIES.find((candidate) => compact.length > candidate.length && compact.endsWith(candidate));
  return quote ? { symbol: normalizeSymbol(compact.slice(0, -quote.length)), quote } : undefined;
}

export function identityFromFileName(fileName: string): FileNameIdentity {
  const standard = STANDARD_NAME.exec(fileName);
  if (standard) {
    return { complete: true, symbol: normalizeSymbol(standard[1]!), quote: standard[2]!.toUpperCase(), interval: standard[3]!.toLowerCase() };
  }
  const binance = BINANCE_NAME.exec(fileName);
  const binancePair = binance ? splitPair(binance[1]!) : undefined;
  if (binance && binancePair) return { complete: false, ...binancePair, interval: binance[2]!.toLowerCase() };
  const yahoo = YAHOO_PAIR_NAME.exec(fileName);
  const yahooPair = yahoo ? splitPair(`${yahoo[1]}/${yahoo[2]}`) : undefined;
  if (yahooPair) return { complete: false, ...yahooPair };
  return TICKER_NAME.test(fileName) ? { complete: false, symbol: normalizeSymbol(fileName.slice(0, -'.csv'.length)) } : { complete: false };
}
