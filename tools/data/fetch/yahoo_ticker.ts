/**
 * Yahoo's spelling of equity tickers. Share classes take a dash (`BRK-B`), listings outside the US
 * a dot and the exchange's suffix (`VOD.L`, `7203.T`), indices a caret (`^GSPC`). Users write share
 * classes either way (`BRK.B` is the SEC's and most brokers' form), so a dot before anything but
 * a known exchange suffix is a share class.
 */

/** Yahoo's exchange suffixes and the currency its quotes there are in (GBX: London quotes in pence). */
const EXCHANGE_CURRENCIES: Readonly<Record<string, string>> = {
  L: 'GBX', IL: 'USD', T: 'JPY', TO: 'CAD', V: 'CAD', NE: 'CAD', CN: 'CAD', DE: 'EUR', F: 'EUR', BE: 'EUR', DU: 'EUR',
  HM: 'EUR', MU: 'EUR', SG: 'EUR', PA: 'EUR', AS: 'EUR', BR: 'EUR', MI: 'EUR', MC: 'EUR', LS: 'EUR', IR: 'EUR',
  HE: 'EUR', VI: 'EUR', AT: 'EUR', SW: 'CHF', ST: 'SEK', OL: 'NOK', CO: 'DKK', IC: 'ISK', WA: 'PLN', PR: 'CZK',
  BD: 'HUF', IS: 'TRY', HK: 'HKD', SS: 'CNY', SZ: 'CNY', KS: 'KRW', KQ: 'KRW', TW: 'TWD', TWO: 'TWD', SI: 'SGD',
  KL: 'MYR', BK: 'THB', JK: 'IDR', NS: 'INR', BO: 'INR', AX: 'AUD', NZ: 'NZD', SA: 'BRL', MX: 'MXN', BA: 'ARS',
  SN: 'CLP', JO: 'ZAC', TA: 'ILA', SR: 'SAR', QA: 'QAR', CA: 'EGP',
};

const DEFAULT_CURRENCY = 'USD';
const SUFFIXED = /^([A-Z0-9^][A-Z0-9-]*)\.([A-Z]{1,3})$/;
export const YAHOO_TICKER = /^\^?[A-Z0-9][A-Z0-9.\-=]{0,14}$/;

/**
 * Indices Yahoo writes with a caret, by the name files and requests give them without it: a request
 * for "^GSPC" reaches the fetch as `GSPC` (normalizeSymbol), and Yahoo's `GSPC` is no index.
 */
const CARET_INDICES: ReadonlySet<string> = new Set([
  'GSPC', 'DJI', 'IXIC', 'NDX', 'RUT', 'VIX', 'NYA', 'SOX', 'TNX', 'FTSE', 'FTMC', 'GDAXI', 'FCHI', 'STOXX50E', 'N225', 'HSI', 'AXJO', 'GSPTSE', 'BVSP', 'MXX', 'KS11', 'NSEI', 'BSESN',
]);

/** `brk.b` → `BRK-B`, `vod.l` → `VOD.L`, `^gspc` and `GSPC` → `^GSPC`: the ticker Yahoo's chart API knows. */
export function yahooTicker(text: string): string {
  const upper = text.trim().toUpperCase();
  if (CARET_INDICES.has(upper)) return `^${upper}`;
  const suffixed = SUFFIXED.exec(upper);
  if (suffixed && Object.hasOwn(EXCHANGE_CURRENCIES, suffixed[2]!)) return upper;
  return upper.replace(/\./g, '-');
}

/** The currency a ticker's quotes are expected in, from its exchange suffix; the chart's own `currency` has the last word. */
export function expectedCurrency(ticker: string): string {
  const suffix = SUFFIXED.exec(ticker)?.[2];
  return suffix !== undefined && Object.hasOwn(EXCHANGE_CURRENCIES, suffix) ? EXCHANGE_CURRENCIES[suffix]! : DEFAULT_CURRENCY;
}

/** Yahoo writes minor units in mixed case (`GBp` pence, `ZAc` cents); file names use upper-case codes. */
export function currencyCode(yahooCurrency: string): string {
  const minor: Readonly<Record<string, string>> = { GBp: 'GBX', ZAc: 'ZAC', ILA: 'ILA' };
  return minor[yahooCurrency] ?? yahooCurrency.toUpperCase();
}

/** The symbol part of our file name: the dot form of share classes and suffixes, no caret or `=`. */
export function fileSymbolOf(ticker: string): string {
  return ticker.replace(/-/g, '.').replace(/[\^=]/g, '');
}
