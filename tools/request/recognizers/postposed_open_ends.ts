import type { Token } from '../tokenizer.js';
import { isPunct, isWord, matchLongest, phrases } from '../token_matchers.js';
import { HINDI_DO } from '../hindi_english_words.js';
import { POSTPOSED_FROMS } from './foreign_range_words.js';

/**
 * Words of the same languages said after the postposed "from": Hindi "(ab|aaj) tak" (till now), "lekar",
 * verbs of running or showing ("chalao", "dekho", "karo"), Bengali "chalao" / "koro" / "korun".
 */
const CLOSERS = [...phrases('ab|aaj|abhi tak', 'tak', 'lekar', 'chalao|chala|chalana|chalaiye|dekho|dikhao|batao|koro|korun|shuru'), ...HINDI_DO];

/**
 * "2015 se", "2015 theke", "2015 kara", "2015 buteo": the postposed "from" with no second date after it
 * leaves the range open, as "onwards" does, when it closes the clause (at a mark or the message's end)
 * or one of its own language's words follows, at once or after one word ("2015 se backtest karo").
 * Their look-alikes before an ordinary word ("2021 se puede", "2022 kara said") leave the year whole.
 */
export function postposedOpenEnd(tokens: readonly Token[], index: number): { end: number } | undefined {
  const from = tokens[index];
  if (!isWord(from, ...POSTPOSED_FROMS)) return undefined;
  const next = tokens[index + 1];
  const closes = next === undefined || isPunct(next) || next.sentence !== from!.sentence
    || matchLongest(tokens, index + 1, CLOSERS) !== undefined || matchLongest(tokens, index + 2, CLOSERS) !== undefined;
  return closes ? { end: index + 1 } : undefined;
}
