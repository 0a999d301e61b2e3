import type { Token } from '../tokenizer.js';
import { isWord } from '../token_matchers.js';
import { readDatePoint } from './date_points.js';
import { shortsBefore } from './shorted_symbols.js';

const HOLDING_VERBS = ['hold', 'holds', 'held', 'holding', 'kept', 'keep', 'keeping'];
const HELD_OBJECTS = ['it', 'them', 'on'];

/** "just hold them through": a holding verb right before, which a strategy's name ("just hold") may have read already. */
function heldRightBefore(tokens: readonly Token[], index: number): boolean {
  const verbAt = isWord(tokens[index - 1], ...HELD_OBJECTS) ? index - 2 : index - 1;
  return isWord(tokens[verbAt], ...HOLDING_VERBS);
}

/**
 * "short ETH on momentum signals through 2022", "just hold them through 2022": a position kept
 * through a period is kept across all of it, as "held through 2023" is; a bare "through 2022" after
 * a strategy is only where the run ends. After a date earlier in the sentence it is where the range ends.
 */
export function isKeptThrough(tokens: readonly Token[], index: number, prefixEnd: number | undefined): boolean {
  if (!isWord(tokens[index], 'through', 'thru') || prefixEnd !== index + 1) return false;
  if (!heldRightBefore(tokens, index) && !shortsBefore(tokens, index)) return false;
  const sentence = tokens[index]!.sentence;
  return !tokens.slice(0, index).some((token, at) => token.sentence === sentence && readDatePoint(tokens, at)?.point.unmistakable === true);
}
