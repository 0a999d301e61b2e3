import type { Token } from '../tokenizer.js';
import { isPunct, isWord, matchLongest, phrases } from '../token_matchers.js';
import { UNSUPPORTED_STRATEGY_NAMES } from '../strategy_vocabulary.js';
import { isStopWord } from '../unread_words.js';
import { strategyNameAt } from '../written_strategy_names.js';
import { matchSymbolAt } from './symbols.js';
import { startsDate } from './dates.js';

/**
 * "I work 12-hour shifts", "on my 15-minute breaks", "a 45-minute commute": a length written as an
 * adjective describes the noun after it. Bars are what it describes only when that noun is about
 * the market: a symbol ("15-minute ETH"), a strategy ("4h macd"), bars themselves ("4-hour
 * candles", checked by the caller), the way bars are set ("on a 4-hour basis") or a date ("btc 4h
 * ytd", the next part of a terse request); a word of grammar
 * after it ("on the 1h from April") leaves it standing alone, as shorthand for bars.
 */
const FRAME_NOUNS: ReadonlySet<string> = new Set([
  'basis', 'resolution', 'resolutions', 'granularity', 'frequency', 'level', 'levels', 'setting', 'settings', 'view', 'views',
  'version', 'versions', 'scale', 'close', 'open', 'high', 'low', 'trend', 'signal', 'signals', 'entries', 'exits',
]);

/** Words that say how a follow-up changes the request ("4h instead", "1h then"): adverbs, never a noun the length describes. */
const EDIT_ADVERBS: ReadonlySet<string> = new Set(['instead', 'then', 'now', 'too', 'also', 'again', 'rather', 'please', 'pls', 'plz', 'thanks', 'maybe', 'perhaps']);

/** Bar words a second word may lead into: "5m scalping bars", "4-hour heikin ashi candles". */
const BAR_NOUNS = phrases('bar|bars|candle|candles|candlestick|candlesticks|chart|charts|timeframe|timeframes|tf|klines|data|closes');

function isMarketWord(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at]!;
  return isStopWord(token.norm) || EDIT_ADVERBS.has(token.norm) || FRAME_NOUNS.has(token.norm) || !/^[a-z]/.test(token.norm)
    || strategyNameAt(tokens, at) !== undefined || matchLongest(tokens, at, UNSUPPORTED_STRATEGY_NAMES) !== undefined
    || matchSymbolAt(tokens, at, { strong: true, shouting: false }) !== undefined || startsDate(tokens, at);
}

/** Whether the word at `at`, right after a written length, is a noun of something other than the market. */
export function namesOtherThing(tokens: readonly Token[], at: number): boolean {
  // "tf=12h start=2024-03-01": a word with "=" after it is the next setting's key, not a noun.
  if (!isWord(tokens[at]) || isMarketWord(tokens, at) || isPunct(tokens[at + 1], '=')) return false;
  // "5m scalping bars": a word between the length and its bars describes the bars too.
  return matchLongest(tokens, at + 1, BAR_NOUNS) === undefined;
}
