import type { Token } from '../tokenizer.js';
import { isWord, matchLongest, phrases } from '../token_matchers.js';

/** Words that set the question at the time of writing: "how much would I have today", "what's it worth by now". */
const NOW_WORDS = phrases('today', 'now', 'nowadays', 'these days', 'at present', 'currently', 'to this day');

/**
 * "If I'd put 10k into apple back in 2012, how much would I have today?": a period "back in" the
 * past, in a sentence that also asks about now, is where the money went in, and the run goes from
 * it to today. "back in 2012" with no word of now keeps its reading as that period alone.
 * `prefixAt` is the "in", `pointAt`..`pointEnd` the period it dates.
 */
export function asksFromThenUntilNow(tokens: readonly Token[], prefixAt: number, pointAt: number, pointEnd: number): boolean {
  if (!isWord(tokens[prefixAt - 1], 'back') || !isWord(tokens[prefixAt], 'in')) return false;
  const sentence = tokens[prefixAt]!.sentence;
  return tokens.some((token, at) => token.sentence === sentence && (at < pointAt || at >= pointEnd) && matchLongest(tokens, at, NOW_WORDS) !== undefined);
}
