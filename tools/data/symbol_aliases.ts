/**
 * Names people use for instruments, mapped to the base symbol our data files use. Lookup is
 * case-insensitive; pair notations (BTC/USDT, BTC-USD, BTCUSDT, btc_usd) reduce to the base.
 * Instruments we hold no data for are listed too, so "avalanche" is recognised as a symbol and
 * answered with a clear "no data for AVAX" instead of being ignored.
 */
export const SYMBOL_ALIASES: Readonly<Record<string, string>> = Object.freeze({
  bitcoin: 'BTC', btc: 'BTC', xbt: 'BTC',
  ethereum: 'ETH', ether: 'ETH', eth: 'ETH',
  litecoin: 'LTC', ltc: 'LTC',
  ripple: 'XRP', xrp: 'XRP',
  solana: 'SOL', sol: 'SOL',
  cardano: 'ADA', ada: 'ADA',
  dogecoin: 'DOGE', doge: 'DOGE',
  'binance coin': 'BNB', bnb: 'BNB',
  avalanche: 'AVAX', avax: 'AVAX',
  polkadot: 'DOT', dot: 'DOT',
  chainlink: 'LINK', link: 'LINK',
  polygon: 'MATIC', matic: 'MATIC',
  tron: 'TRX', trx: 'TRX',
  'shiba inu': 'SHIB', shib: 'SHIB',
  's&p 500': 'SPY', 's&p500': 'SPY', 's&p': 'SPY', 'sp500': 'SPY', 'sp 500': 'SPY', spy: 'SPY',
  // The funds' own names: "SPDR" alone names both SPY and GLD, so it is no alias by itself.
  'spdr s&p 500': 'SPY', 'spdr s&p': 'SPY',
  nasdaq: 'QQQ', 'nasdaq 100': 'QQQ', 'nasdaq-100': 'QQQ', qqq: 'QQQ', 'invesco qqq': 'QQQ',
  gold: 'GLD', gld: 'GLD', 'spdr gold': 'GLD', 'spdr gold shares': 'GLD',
  // Gold in Portuguese ("ouro"), Spanish and Italian ("oro"); French "or" only as "l'or" (tokenizer.ts).
  ouro: 'GLD', oro: 'GLD',
  apple: 'AAPL', aapl: 'AAPL',
  microsoft: 'MSFT', msft: 'MSFT',
  tesla: 'TSLA', tsla: 'TSLA',
  amazon: 'AMZN', amzn: 'AMZN',
  google: 'GOOGL', alphabet: 'GOOGL', googl: 'GOOGL',
  nvidia: 'NVDA', nvda: 'NVDA',
  meta: 'META', facebook: 'META',
});

/** The base symbol a lower-case alias names; own entries only, so "__proto__" or "constructor" name nothing. */
export function aliasOf(text: string): string | undefined {
  return Object.hasOwn(SYMBOL_ALIASES, text) ? SYMBOL_ALIASES[text] : undefined;
}

/** Quote currencies stripped from pair notations, longest first so USDT wins over USD. */
export const QUOTE_CURRENCIES: readonly string[] = ['USDT', 'USDC', 'BUSD', 'USD', 'EUR', 'GBP'];

const PAIR_SEPARATOR = /[\s/_:-]+/;
/**
 * A share class or an exchange listing: one or two letters after one dot or dash (`BRK.B`, `brk-b`,
 * `VOD.L`, `7203.T`). Quote currencies are three letters or more, so `BTC-USD` stays a pair.
 */
const SUFFIXED_TICKER = /^([a-z0-9]{1,6})[.-]([a-z]{1,2})$/;

/**
 * Reduces any user spelling of an instrument to an upper-case base symbol, without checking that
 * data exists for it: `bitcoin` → `BTC`, `BTC/USDT` → `BTC`, `ethusdt` → `ETH`, `Apple` → `AAPL`,
 * `brk-b` → `BRK.B` (the dot form of share classes and exchange suffixes, as files name them),
 * `^GSPC` → `GSPC`. Returns the upper-cased input when it is no known alias or pair.
 */
export function normalizeSymbol(raw: string): string {
  const text = raw.trim().toLowerCase().replace(/\s+/g, ' ').replace(/^\^/, '');
  const alias = aliasOf(text);
  if (alias) return alias;
  const suffixed = SUFFIXED_TICKER.exec(text);
  if (suffixed) return `${suffixed[1]!.toUpperCase()}.${suffixed[2]!.toUpperCase()}`;
  const parts = text.split(PAIR_SEPARATOR).filter(Boolean);
  if (parts.length === 2 && QUOTE_CURRENCIES.includes(parts[1]!.toUpperCase())) {
    return aliasOf(parts[0]!) ?? parts[0]!.toUpperCase();
  }
  const compact = text.replace(/[^a-z0-9&]/g, '').toUpperCase();
  for (const quote of QUOTE_CURRENCIES) {
    if (compact.length > quote.length + 1 && compact.endsWith(quote)) {
      const base = compact.slice(0, -quote.length);
      return aliasOf(base.toLowerCase()) ?? base;
    }
  }
  return compact;
}

/** Base symbols among the aliases that are crypto assets: they trade every day, weekends included. */
export const CRYPTO_SYMBOLS: ReadonlySet<string> = new Set([
  'BTC', 'ETH', 'LTC', 'XRP', 'SOL', 'ADA', 'DOGE', 'BNB', 'AVAX', 'DOT', 'LINK', 'MATIC', 'TRX', 'SHIB',
]);
