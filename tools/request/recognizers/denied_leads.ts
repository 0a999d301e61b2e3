import type { TargetOperator } from '../request_spec.js';
import type { Token } from '../tokenizer.js';
import { matchLongest, phrases } from '../token_matchers.js';

/**
 * A denial before a limit turns its side: "I'd rather my money not be in the market more than half
 * the time" accepts at most half, "I don't want to be invested over 40% of the time" at most 40%.
 * Read before a place and its share, where a bare "not" is otherwise skipped and the side kept.
 */
const DENIALS = phrases('not', 'never', 'not to', 'never to',
  "don't|dont|doesn't|doesnt|won't|wont|shouldn't|shouldnt|wouldn't|wouldnt|mustn't|mustnt|can't|cant|cannot",
  'do|does|should|would|must|will not',
  "don't|dont|doesn't|doesnt|wouldn't|wouldnt want|like to", 'do|does|would not want|like to');

/** The end of a denial at `index`, or undefined. */
export function readDenial(tokens: readonly Token[], index: number): number | undefined {
  return matchLongest(tokens, index, DENIALS)?.end;
}

/** The side that a denied side accepts: "not more than" is "at most". */
export const DENIED_SIDE: Readonly<Record<TargetOperator, TargetOperator>> = { '<': '>=', '<=': '>', '>': '<=', '>=': '<' };
