import type { Token } from '../tokenizer.js';
import { matchMetricAt } from '../metric_vocabulary.js';
import { isNumber, isPunct, isWord, matchLongest, percentSignEnd, phrases } from '../token_matchers.js';
import { asksInStory } from './story_clauses.js';

/**
 * Sentences set beside the request, asking for nothing: past results pasted from a log, a line or a
 * table row each ("BTC momentum(20): +38%, Sharpe 1.4", "| COIN | donchian 20 | -12% | -81% |"), and
 * asides for the record ("(For the record DOGE and SHIB did the same thing that year.)"). What they
 * name yields to what the rest of the message names, even in a story (story_mentions.ts).
 */

/** "For the record", "FWIW": what follows is said by the way. */
const ASIDE_OPENERS = phrases('for the record', 'fwiw', "for what it's|its worth", 'side note', 'as an aside');

/** "+38%", "rsi 14 -8%": a per cent written with its sign, as a result is; "20-25%" is a range. */
function signedPercentEnd(tokens: readonly Token[], at: number): number | undefined {
  const range = isNumber(tokens[at - 1]) && tokens[at]!.joined;
  if (!isPunct(tokens[at], '+', '-') || range || !isNumber(tokens[at + 1]) || !tokens[at + 1]!.joined) return undefined;
  return percentSignEnd(tokens, at + 2);
}

/** "Sharpe 1.4", "CAGR 41%": a metric and its value. */
function metricValueEnd(tokens: readonly Token[], at: number): number | undefined {
  const metric = matchMetricAt(tokens, at);
  return metric && isNumber(tokens[metric.end]) ? metric.end + 1 : undefined;
}

/** A result figure at `at` that no recognizer read: one read ("-5% stop", "Sharpe above 1.5") is part of the request. */
function isUnreadResult(tokens: readonly Token[], at: number, isUnread: (at: number) => boolean): boolean {
  const end = signedPercentEnd(tokens, at) ?? metricValueEnd(tokens, at);
  return end !== undefined && Array.from({ length: end - at }, (_, step) => at + step).every(isUnread);
}

/** "too", "as well": a sentence that adds to the run ("Side note, BTC as well.") asks, whatever it opens with. */
const ADDING = phrases('too', 'as well', 'also', 'include', 'including', 'add', 'plus');

function opensAside(tokens: readonly Token[], indexes: readonly number[]): boolean {
  const first = indexes.find((at) => isWord(tokens[at]));
  const adds = indexes.some((at) => matchLongest(tokens, at, ADDING) !== undefined);
  return first !== undefined && !adds && matchLongest(tokens, first, ASIDE_OPENERS) !== undefined;
}

/** The sentences that are asides; `isUnread` tells the token indexes no recognizer read. */
export function asideSentences(tokens: readonly Token[], isUnread: (at: number) => boolean): Set<number> {
  const bySentence = new Map<number, number[]>();
  tokens.forEach((token, at) => {
    const indexes = bySentence.get(token.sentence);
    if (indexes) indexes.push(at);
    else bySentence.set(token.sentence, [at]);
  });
  const asides = new Set<number>();
  for (const [sentence, indexes] of bySentence) {
    if (indexes.some((at) => isPunct(tokens[at], '?') || asksInStory(tokens, at))) continue;
    if (opensAside(tokens, indexes) || indexes.some((at) => isUnreadResult(tokens, at, isUnread))) asides.add(sentence);
  }
  return asides;
}
