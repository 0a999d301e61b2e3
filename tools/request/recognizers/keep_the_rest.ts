import type { Recognizer } from '../clauses.js';
import { isWord, matchLongest, phrases } from '../token_matchers.js';

/**
 * "keep the rest", "keep everything else the same", "leave everything else as is", and told of the
 * settings themselves, "the rest stays equal", "everything else as before", "rest as is": a follow-up
 * says the settings it does not change stay as they were, which is what every follow-up does. It is
 * read, so it is never listed as ignored, and changes nothing.
 */
const KEPT = ['everything', 'everything else', 'all else', 'the rest', 'the rest of it', 'all the rest', 'the other settings', 'all other settings', 'other settings'];
const AS_BEFORE = ['', ' the same', ' unchanged', ' as is', ' as it is', ' as they are', ' as before'];
const KEEP_THE_REST = phrases(...KEPT.flatMap((kept) => AS_BEFORE.map((asBefore) => `keep|keeping|leave|leaving ${kept}${asBefore}`)));
// With the settings as subject a state must follow: "the rest" alone says nothing.
// "rest all same": Indian English for "all the rest the same".
const RESTING = ['rest', 'rest all', 'the rest', 'all the rest', 'everything else', 'all else', 'the other settings', 'all other settings', 'other settings', 'the others', 'all the others'];
const STAYING = ['', ' stays|stay|remains|remain|is|are', ' can|should|will|must stay|remain|be'];
const STATES = [' equal|unchanged|same|identical', ' the same', ' as is', ' as it is', ' as they are', ' as before', ' as it was', ' as they were'];
const REST_STAYS = phrases(...RESTING.flatMap((rest) => STAYING.flatMap((staying) => STATES.map((state) => `${rest}${staying}${state}`))));

export const recognizeKeepTheRest: Recognizer = (tokens, index) => {
  const kept = matchLongest(tokens, index, KEEP_THE_REST) ?? matchLongest(tokens, index, REST_STAYS);
  // "keep the rest in cash" is a portfolio's cash (portfolio.ts), not the settings.
  return kept && !isWord(tokens[kept.end], 'in') ? { end: kept.end, clauses: [] } : undefined;
};
