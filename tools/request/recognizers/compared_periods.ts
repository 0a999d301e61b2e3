import type { Token } from '../tokenizer.js';
import { isWord, matchLongest, phrases } from '../token_matchers.js';

/** "which year is better", "which of the two years": the periods themselves are what is compared (not "which one", which may be a strategy). */
const WHICH_PERIOD = phrases('which year|period|window|half|quarter|month', 'which of the|these|those|both years|periods|windows|halves|quarters|months',
  'which of the two|2 years|periods|windows|halves|quarters|months', 'which was|is the better|best|worse|worst year|period|half|quarter');
const COMPARE_VERBS = ['compare', 'comparing', 'contrast', 'contrasting'];

/**
 * Periods joined by "and" that meet would run as one window ("2021 and 2022"); they are two to
 * compare instead when the message asks which is better ("in 2021 and in 2022, which year is
 * better?"), or when a compare verb before them writes each with its own preposition ("compare MACD
 * on BTC in 2021 and in 2022"). `andAt`: where the "and" stands; `repeated`: the preposition is said again after it.
 */
export function comparesPeriods(tokens: readonly Token[], andAt: number, repeated: boolean): boolean {
  if (tokens.some((_, at) => matchLongest(tokens, at, WHICH_PERIOD) !== undefined)) return true;
  const sentence = tokens[andAt]?.sentence;
  return repeated && tokens.slice(0, andAt).some((token) => token.sentence === sentence && isWord(token, ...COMPARE_VERBS));
}
