import { BacktestPilotError } from '../../errors.js';
import { splitPair } from '../file_name_identity.js';
import { aliasOf, CRYPTO_SYMBOLS, normalizeSymbol } from '../symbol_aliases.js';

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
}

const TICKER = /^[A-Z0-9][A-Z0-9.\-^=]{0,14}$/;

/** Crypto symbols and pairs go to an exchange (Binance unless told), anything else to Yahoo. */
export function planFetch(raw: string, interval: string, source: string | undefined): FetchPlan {
  const text = raw.trim();
  if (text === '') throw new BacktestPilotError('no_symbol', 'no symbol given; name an instrument such as BTC, ETH/USDT or SPY', { symbol: raw });
  const pair = text.includes('/') || /[-_](USDT|USDC|BUSD)$/i.test(text) ? splitPair(text) : undefined;
  const base = pair?.symbol ?? normalizeSymbol(text);
  const isCrypto = pair !== undefined || CRYPTO_SYMBOLS.has(base);
  const chosen = (source ?? (isCrypto ? DEFAULT_EXCHANGE : YAHOO_SOURCE)).toLowerCase();
  if (chosen === YAHOO_SOURCE) {
    // Yahoo writes share classes with a dash (BRK-B); our file names keep the dash for the quote.
    const ticker = aliasOf(text.toLowerCase()) ?? text.toUpperCase().replace(/\./g, '-');
    if (!TICKER.test(ticker)) throw new BacktestPilotError('bad_symbol', `"${raw}" is not a Yahoo ticker; use one such as SPY, AAPL, BRK-B or ^GSPC`, { symbol: raw });
    const fileSymbol = ticker.replace(/-/g, '.').replace(/[\^=]/g, '');
    return { requested: raw, source: chosen, market: ticker, file: `${fileSymbol}-USD-${interval}.csv` };
  }
  const quote = pair?.quote ?? DEFAULT_CRYPTO_QUOTE;
  if (!/^[A-Z0-9]{1,15}$/.test(base) || !(CRYPTO_QUOTES.has(quote) || quote === 'USD' || quote === 'EUR')) {
    throw new BacktestPilotError('bad_symbol', `"${raw}" is not a crypto pair; use one such as BTC, ETH/USDT or SOL-USDC`, { symbol: raw });
  }
  return { requested: raw, source: chosen, market: `${base}/${quote}`, file: `${base}-${quote}-${interval}.csv` };
}
