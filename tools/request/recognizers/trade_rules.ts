import type { Recognizer } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isNumber, isPunct, isWord, matchLongest, phrases, writtenText, type Phrase } from '../token_matchers.js';

/** Exit and sizing rules traders add to a strategy that no strategy here can follow. */
export type UnsupportedRule = 'stop_loss' | 'take_profit' | 'trailing_stop' | 'leverage' | 'position_size';

const RULE_WORDS: ReadonlyArray<{ rule: UnsupportedRule; words: readonly Phrase[] }> = [
  { rule: 'trailing_stop', words: phrases('trailing stop|stops', 'trailing stop loss|losses', 'trailing sl', 'trail stop') },
  { rule: 'stop_loss', words: phrases('stop loss|losses', 'stoploss|stoplosses', 'stop out|outs', 'hard stop|stops', 'protective stop|stops') },
  { rule: 'take_profit', words: phrases('take profit|profits', 'takeprofit', 'profit taking|take', 'tp at|of') },
  { rule: 'leverage', words: phrases('leverage', 'leveraged', 'with|on|using margin', 'margin trading') },
  { rule: 'position_size', words: phrases('position size|sizing|sizes', 'bet size|sizing', 'risk per trade', 'kelly', 'kelly criterion|sizing', 'fixed fractional') },
];
const ALL_WORDS = RULE_WORDS.flatMap((entry) => entry.words);
const RULE_OF = RULE_WORDS.flatMap((entry) => entry.words.map(() => entry.rule));

/** Index past an amount written after the rule ("at 5%", "of 2x", "= 3"), if there is one. */
function pastAmount(tokens: readonly Token[], index: number): number {
  const at = isWord(tokens[index], 'at', 'of', 'to') || isPunct(tokens[index], ':', '=') ? index + 1 : index;
  if (!isNumber(tokens[at])) return index;
  return isPunct(tokens[at + 1], '%') || isWord(tokens[at + 1], 'x', 'percent', 'pct') ? at + 2 : at + 1;
}

/**
 * "a 5% stop loss", "take profit at 10%", "3x leverage", "position size 50%": rules the strategies
 * cannot follow (they exit on their own signals and trade the whole capital once). Read whole, so
 * that "profit at 10%" never becomes a return target, and refused (trade_rules check in
 * parse_request.ts) rather than run without them.
 */
export const recognizeUnsupportedRule: Recognizer = (tokens, index) => {
  const found = matchLongest(tokens, index, ALL_WORDS);
  if (!found) return undefined;
  const end = pastAmount(tokens, found.end);
  const written = writtenText(tokens.slice(index, end));
  return { end, clauses: [{ kind: 'unsupported_rule', rule: RULE_OF[found.which]!, written }] };
};
