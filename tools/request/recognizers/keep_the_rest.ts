import type { Recognizer } from '../clauses.js';
import { isWord, matchLongest, phrases } from '../token_matchers.js';

/**
 * "keep the rest", "keep everything else the same", "leave everything else as is": a follow-up
 * says the settings it does not change stay as they were, which is what every follow-up does. It is
 * read, so it is never listed as ignored, and changes nothing.
 */
const KEPT = ['everything', 'everything else', 'all else', 'the rest', 'the rest of it', 'all the rest', 'the other settings', 'all other settings', 'other settings'];
const AS_BEFORE = ['', ' the same', ' unchanged', ' as is', ' as it is', ' as they are', ' as before'];
const KEEP_THE_REST = phrases(...KEPT.flatMap((kept) => AS_BEFORE.map((asBefore) => `keep|keeping|leave|leaving ${kept}${asBefore}`)));

export const recognizeKeepTheRest: Recognizer = (tokens, index) => {
  const kept = matchLongest(tokens, index, KEEP_THE_REST);
  // "keep the rest in cash" is a portfolio's cash (portfolio.ts), not the settings.
  return kept && !isWord(tokens[kept.end], 'in') ? { end: kept.end, clauses: [] } : undefined;
};
