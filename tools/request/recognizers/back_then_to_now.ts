import type { Token } from '../tokenizer.js';
import { isWord, matchLongest, phrases } from '../token_matchers.js';

/** Words that set the question at the time of writing: "how much would I have today", "what's it worth by now". */
// "...in January 2021 and (just) never sold": still held, so the question runs to now as well.
const NOW_WORDS = phrases('today', 'now', 'nowadays', 'these days', 'at present', 'currently', 'to this day', 'never sold', 'just|simply never sold');
/** Money going in: "If I'd put 10k in bitcoin in 2012", "had I invested 5k in spy in 2010", "if I bought eth in 2018". */
const MONEY_IN_VERBS = ['put', 'invested', 'invest', 'bought', 'buy', 'threw', 'thrown', 'dumped', 'parked', 'stuck', 'sunk', 'plowed', 'ploughed'];

/**
 * "If I'd put 10k into apple back in 2012, how much would I have today?": a period "back in" the
 * past, in a sentence that also asks about now, is where the money went in, and the run goes from
 * it to today. A plain "in" does the same after money put in ("If I'd put 10k in spy in 2012, how
 * much today?"). "back in 2012" with no word of now keeps its reading as that period alone, as does
 * "sma on spy in 2020, how is it doing now" with no money put in.
 * `prefixAt` is the "in", `pointAt`..`pointEnd` the period it dates.
 */
export function asksFromThenUntilNow(tokens: readonly Token[], prefixAt: number, pointAt: number, pointEnd: number): boolean {
  if (!isWord(tokens[prefixAt], 'in')) return false;
  const sentence = tokens[prefixAt]!.sentence;
  const inSentence = (token: Token) => token.sentence === sentence;
  const moneyIn = tokens.slice(0, prefixAt).some((token) => inSentence(token) && isWord(token, ...MONEY_IN_VERBS));
  if (!isWord(tokens[prefixAt - 1], 'back') && !moneyIn) return false;
  return tokens.some((token, at) => inSentence(token) && (at < pointAt || at >= pointEnd) && matchLongest(tokens, at, NOW_WORDS) !== undefined);
}
