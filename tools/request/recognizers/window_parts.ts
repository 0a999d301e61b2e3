import type { Recognizer } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isWord, matchLongest, phrases, writtenText } from '../token_matchers.js';
import { readCount, UNIT_DAYS, UNIT_MONTHS } from './dates.js';

/**
 * "just the last 6 months of that", "only the first quarter of that", "the last 3 months of it": a
 * part of the window the conversation already has, not the months up to today. Without "of that"
 * ("only the last 6 months") the trailing months up to today are read, as before (dates.ts).
 */
const SIDES = phrases('first|opening|initial', 'last|final|closing|latter');
const OF_THE_WINDOW = phrases('of that|it|this|those|them', 'of that|this|the window|period|run|test|backtest|range|stretch');

function isDateUnit(token: Token | undefined): boolean {
  return isWord(token) && (Object.hasOwn(UNIT_MONTHS, token!.norm) || Object.hasOwn(UNIT_DAYS, token!.norm));
}

export const recognizeWindowPart: Recognizer = (tokens, index) => {
  const at = isWord(tokens[index], 'the') ? index + 1 : index;
  const side = matchLongest(tokens, at, SIDES);
  if (!side) return undefined;
  const count = readCount(tokens[side.end]);
  const unitAt = count === undefined ? side.end : side.end + 1;
  const unit = tokens[unitAt];
  if (!isWord(unit) || !Object.hasOwn(UNIT_MONTHS, unit!.norm)) return undefined;
  const of = matchLongest(tokens, unitAt + 1, OF_THE_WINDOW);
  // "the first three months of this year" names a year, not the window.
  if (!of || isDateUnit(tokens[of.end])) return undefined;
  const months = (count ?? 1) * UNIT_MONTHS[unit!.norm]!;
  return { end: of.end, clauses: [{ kind: 'window_part', side: side.which === 0 ? 'first' : 'last', months, written: writtenText(tokens.slice(index, of.end)) }] };
};
