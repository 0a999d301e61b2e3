import type { Token } from '../tokenizer.js';
import { isNumber, isPunct, isWord, matchLongest, phrases } from '../token_matchers.js';
import type { UnsupportedRule } from './trade_rules.js';

/**
 * Pyramiding told without a sized move after an adding verb (those are scaled_positions.ts): by its
 * name ("pyramid into the position", "with pyramiding"), as adding to winners ("add to winners every
 * 5% up") or as scaling in on a rise ("scale in as it goes up"). A strategy buys once with its whole
 * capital, so it is refused; before, the run went ahead without it. "a pyramid scheme" is no rule.
 */

// Never "pyramids" or "pyramid in|on": "the pyramids in Egypt", "the pyramid on the dollar bill".
const PYRAMID_WORDS = phrases('pyramid|pyramiding into|up', 'pyramid|pyramiding the|my|our|your|his|her|their|a position|positions|winners|trades|stake',
  'pyramid|pyramiding winners|gains', 'pyramiding');
/** "a pyramid scheme", "pyramiding scheme": the fraud, not a trading rule. */
const SCHEMES = ['scheme', 'schemes', 'scam', 'scams'];
const ADD_TO_WINNERS = phrases('add|adds|adding|buy|buys|buying more to|into|of the|my|our|your|his|her|their winners|winning',
  'add|adds|adding to|into winners|winning', 'add|adds|adding to|into the|my|our|your|his|her|their winners|winning',
  'add|adds|adding more to|into winners|winning', 'double|doubles|doubling down on winners',
  'double|doubles|doubling down on the|my|our|your|his|her|their winners');
/** After "winning": what wins. */
const WINNING_NOUNS = ['trade', 'trades', 'position', 'positions', 'bets', 'stocks', 'coins'];
const SCALE_IN = phrases('scale|scales|scaling in|into|up', 'scale|scales|scaling into the|my|a position', 'build|builds|building the|my|a position|stake');
const WHILE = 'as|when|while|whenever';
const AS_IT_RISES = phrases(`${WHILE} it|price goes|moves|trends up|higher`, `${WHILE} the price goes|moves|trends up|higher`,
  `${WHILE} it|price keeps going|moving|trending up|higher`, `${WHILE} it|price rises|climbs|rallies|gains|runs`, `${WHILE} the price rises|climbs|rallies|gains|runs`,
  `${WHILE} it's|its going|moving|trending up|higher`, `${WHILE} it's|its rising|climbing|rallying|working`, 'on|into strength', 'on the way up', 'into rallies|rises');
/** What may tell the step after the rule: "every 5% up", "each 10% rise", "on every 10% gain". */
const STEPS = phrases('every|each', 'on|at every|each', 'every|each time it is|goes up', "every|each time it's|its up", 'for every|each');

/** Past "every 5% up", "each 10% rise" after the rule, if written; else `index`. */
function pastStep(tokens: readonly Token[], index: number): number {
  const lead = matchLongest(tokens, index, STEPS);
  const at = lead?.end ?? index;
  const sized = isNumber(tokens[at]) && (isPunct(tokens[at + 1], '%') || isWord(tokens[at + 1], 'percent', 'pct'));
  if (!lead || !sized) return index;
  return isWord(tokens[at + 2], 'up', 'rise', 'gain', 'higher', 'move', 'increase', 'jump', 'more') ? at + 3 : at + 2;
}

export function readPyramiding(tokens: readonly Token[], index: number): { end: number; rule: UnsupportedRule } | undefined {
  const named = matchLongest(tokens, index, PYRAMID_WORDS);
  if (named && !isWord(tokens[named.end], ...SCHEMES)) return { end: pastStep(tokens, named.end), rule: 'add_on_rise' };
  const winners = matchLongest(tokens, index, ADD_TO_WINNERS);
  if (winners) {
    const end = tokens[winners.end - 1]!.norm === 'winning' ? (isWord(tokens[winners.end], ...WINNING_NOUNS) ? winners.end + 1 : undefined) : winners.end;
    if (end !== undefined) return { end: pastStep(tokens, end), rule: 'add_on_rise' };
  }
  const scale = matchLongest(tokens, index, SCALE_IN);
  const rising = scale && matchLongest(tokens, scale.end, AS_IT_RISES);
  return rising ? { end: rising.end, rule: 'add_on_rise' } : undefined;
}
