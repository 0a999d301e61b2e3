import { BacktestPilotError } from '../../errors.js';
import { splitPair } from '../file_name_identity.js';
import { aliasOf, CRYPTO_SYMBOLS, normalizeSymbol } from '../symbol_aliases.js';
import { expectedCurrency, fileSymbolOf, YAHOO_TICKER, yahooTicker } from './yahoo_ticker.js';

export const DEFAULT_EXCHANGE = 'binance';
export const YAHOO_SOURCE = 'yahoo';
const DEFAULT_CRYPTO_QUOTE = 'USDT';
const CRYPTO_QUOTES = new Set(['USDT', 'USDC', 'BUSD']);

/** What one symbol of `btp data fetch` turns into: which source, which market, which file. */
export interface FetchPlan {
  /** What the user typed. */
  requested: string;
  source: string;
  /** The source's own name for it: `BTC/USDT` on an exchange, `BRK-B` on Yahoo. */
  market: string;
  /** `<SYM>-<QUOTE>-<interval>.csv`, the loader's standard name. */
  file: string;
  /** The quote currency the file name states; a Yahoo chart in another currency renames the file. */
  quote: string;
}

/** The file a series of `symbol` quoted in `quote` is written to. */
export function seriesFileName(symbol: string, quote: string, interval: string): string {
  return `${symbol}-${quote}-${interval}.csv`;
}

/** Crypto symbols and pairs go to an exchange (Binance unless told), anything else to Yahoo. */
export function planFetch(raw: string, interval: string, source: string | undefined): FetchPlan {
  const text = raw.trim();
  if (text === '') throw new BacktestPilotError('no_symbol', 'no symbol given; name an instrument such as BTC, ETH/USDT or SPY', { symbol: raw });
  const pair = text.includes('/') || /[-_](USDT|USDC|BUSD)$/i.test(text) ? splitPair(text) : undefined;
  const base = pair?.symbol ?? normalizeSymbol(text);
  const isCrypto = pair !== undefined || CRYPTO_SYMBOLS.has(base);
  const chosen = (source ?? (isCrypto ? DEFAULT_EXCHANGE : YAHOO_SOURCE)).toLowerCase();
  if (chosen === YAHOO_SOURCE) {
    const ticker = aliasOf(text.toLowerCase()) ?? yahooTicker(text);
    if (!YAHOO_TICKER.test(ticker)) throw new BacktestPilotError('bad_symbol', `"${raw}" is not a Yahoo ticker; use one such as SPY, AAPL, BRK-B, VOD.L or ^GSPC`, { symbol: raw });
    const quote = expectedCurrency(ticker);
    return { requested: raw, source: chosen, market: ticker, quote, file: seriesFileName(fileSymbolOf(ticker), quote, interval) };
  }
  const quote = pair?.quote ?? DEFAULT_CRYPTO_QUOTE;
  if (!/^[A-Z0-9]{1,15}$/.test(base) || !(CRYPTO_QUOTES.has(quote) || quote === 'USD' || quote === 'EUR')) {
    throw new BacktestPilotError('bad_symbol', `"${raw}" is not a crypto pair; use one such as BTC, ETH/USDT or SOL-USDC`, { symbol: raw });
  }
  return { requested: raw, source: chosen, market: `${base}/${quote}`, quote, file: seriesFileName(base, quote, interval) };
}
