import type { Token } from '../tokenizer.js';
import { isPunct, isWord, matchLongest, phrases } from '../token_matchers.js';
import { NOT_A_BALANCE } from './story_money.js';

/**
 * How often the writer buys, said before the buying: "Every payday I put $200 into ethereum", "each
 * month I add 100 quid to my eth", "whenever I get paid I buy some bitcoin". The schedule leads the
 * clause; only the buyer (and how usually they do it) stands between it and the verb.
 */
const LEADING_SCHEDULES = [...NOT_A_BALANCE, ...phrases('on payday|paydays', 'whenever|when i|we get|got paid', 'every|each time i|we get|got paid',
  'once a|every week|month|fortnight')];
const BUYERS: ReadonlySet<string> = new Set(['i', 'we', 'usually', 'always', 'just', 'normally', 'typically', 'still', 'then', 'basically',
  'would', "i'd", "we'd", 'used', 'to']);
/** How far before the verb a schedule may end: "Every payday, I usually put…". */
const SCHEDULE_REACH = 5;

/** Whether a schedule ends just before the buying verb at `verbAt`, in its sentence, with only the buyer between. */
export function followsSchedule(tokens: readonly Token[], verbAt: number): boolean {
  const sentence = tokens[verbAt]?.sentence;
  let at = verbAt;
  while (at > 0 && verbAt - at < SCHEDULE_REACH && tokens[at - 1]!.sentence === sentence
    && (isPunct(tokens[at - 1], ',') || (isWord(tokens[at - 1]) && BUYERS.has(tokens[at - 1]!.norm)))) at--;
  for (let from = at - 1; from >= 0 && at - from <= SCHEDULE_REACH && tokens[from]!.sentence === sentence; from--) {
    if (matchLongest(tokens, from, LEADING_SCHEDULES)?.end === at) return true;
  }
  return false;
}
