import type { Recognizer } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isNumber, isPunct, isWord, isYearNumber, matchLongest, phrases, writtenText, type Phrase } from '../token_matchers.js';
import { matchSymbolAt } from './symbols.js';
import { readConditionThenExit, readExitThenMove } from './position_exits.js';
import { readGainExit } from './gain_exits.js';
import { readLossExit } from './loss_exits.js';
import { readClippedLeverage } from './leverage_shorthand.js';
import { readScaledPosition } from './scaled_positions.js';

/** Exit, sizing and calendar rules traders add to a strategy that no strategy here can follow (calendar ones: calendar_rules.ts). */
export type UnsupportedRule = 'stop_loss' | 'take_profit' | 'trailing_stop' | 'leverage' | 'position_size' | 'options' | 'day_of_week' | 'seasonal' | 'pairs_trading'
  | 'partial_exit' | 'add_on_fall' | 'add_on_rise' | 'combined_signals';

const RULE_WORDS: ReadonlyArray<{ rule: UnsupportedRule; words: readonly Phrase[] }> = [
  { rule: 'trailing_stop', words: phrases('trailing stop|stops', 'trailing stop loss|losses', 'trailing sl', 'trail stop') },
  { rule: 'stop_loss', words: phrases('stop loss|losses', 'stoploss|stoplosses', 'stop out|outs', 'hard stop|stops', 'protective stop|stops') },
  { rule: 'take_profit', words: phrases('take profit|profits', 'takeprofit', 'profit taking|take', 'tp at|of') },
  { rule: 'leverage', words: phrases('leverage', 'leveraged', 'levered', 'with|on|using margin', 'margin trading') },
  { rule: 'position_size', words: phrases('position size|sizing|sizes', 'bet size|sizing', 'risk per trade', 'kelly', 'kelly criterion|sizing', 'fixed fractional') },
  // "selling 30-delta puts", "a covered call strategy": options are instruments the data does not hold.
  {
    rule: 'options',
    words: phrases('put|puts|call|calls option|options', 'option|options strategy|strategies|selling|writing|trading|chain|chains|spread|spreads|premium',
      'sell|sells|selling|sold|write|writes|writing|buy|buys|buying|short|shorting puts|calls', 'covered call|calls', 'cash secured|cash-secured put|puts',
      'naked put|puts|call|calls', 'iron condor|condors', 'straddle', 'straddles', 'strangle', 'strangles', 'wheel strategy', 'the wheel', 'delta put|puts|call|calls',
      'credit|debit|vertical|calendar spread|spreads'),
  },
  // "pairs trade: long eth short btc when the ratio z-score > 2": one symbol traded against another.
  {
    rule: 'pairs_trading',
    words: phrases('pairs|pair trade|trades|trading|strategy|strategies', 'stat|statistical arb|arbitrage', 'stat-arb', 'cointegration|cointegrated',
      'spread|ratio z score|zscore', 'relative value trade|trades|trading'),
  },
];
const ALL_WORDS = RULE_WORDS.flatMap((entry) => entry.words);

/** Words before "the wheel" that make it the steering wheel of an everyday phrase: "behind the wheel", "reinvent the wheel". */
const WHEEL_IDIOM_LEADS = ['behind', 'at', 'reinvent', 'reinvents', 'reinvented', 'reinventing', 'take', 'took', 'taking', 'grab', 'grabbed', 'grip', 'gripping'];

/** "2.3 million miles behind the wheel", "asleep at the wheel": the wheel of a car, not the options strategy. */
function isWheelIdiom(tokens: readonly Token[], index: number, found: { end: number }): boolean {
  return found.end === index + 2 && isWord(tokens[index], 'the') && isWord(tokens[index + 1], 'wheel') && isWord(tokens[index - 1], ...WHEEL_IDIOM_LEADS);
}
const RULE_OF = RULE_WORDS.flatMap((entry) => entry.words.map(() => entry.rule));

/** Index past an amount written after the rule ("at 5%", "of 2x", "= 3"), if there is one. */
function pastAmount(tokens: readonly Token[], index: number): number {
  const at = isWord(tokens[index], 'at', 'of', 'to') || isPunct(tokens[index], ':', '=') ? index + 1 : index;
  // "2x levered 2021": a year after the rule is the window, not its amount.
  if (!isNumber(tokens[at]) || isYearNumber(tokens[at])) return index;
  return isPunct(tokens[at + 1], '%') || isWord(tokens[at + 1], 'x', 'percent', 'pct') ? at + 2 : at + 1;
}

/** How traders qualify a stop: "a hard 7% stop", "a tight 3% stop". */
const STOP_QUALIFIERS = ['hard', 'tight', 'fixed', 'wide', 'protective', 'mental', 'strict'];

function isPercentAt(tokens: readonly Token[], index: number): boolean {
  return isNumber(tokens[index]) && (isPunct(tokens[index + 1], '%') || isWord(tokens[index + 1], 'percent', 'pct'));
}

/**
 * The amount before the rule: "a 7% stop", "hard 7% stop", "5% trailing stop", "a 10% take profit".
 * "stop" alone is a rule only right after a percentage; elsewhere it is a verb ("stop when RSI…").
 */
function readAmountFirst(tokens: readonly Token[], index: number): { end: number; rule: UnsupportedRule } | undefined {
  const at = isWord(tokens[index], ...STOP_QUALIFIERS) ? index + 1 : index;
  if (!isPercentAt(tokens, at)) return undefined;
  const found = matchLongest(tokens, at + 2, ALL_WORDS);
  if (found) return { end: found.end, rule: RULE_OF[found.which]! };
  return isWord(tokens[at + 2], 'stop', 'stops', 'sl') ? { end: at + 3, rule: 'stop_loss' } : undefined;
}

/** "stop at 7%", "sl of 5%": a bare stop followed by its percentage. */
function readStopAtAmount(tokens: readonly Token[], index: number): { end: number; rule: UnsupportedRule } | undefined {
  if (!isWord(tokens[index], 'stop', 'sl') || !isWord(tokens[index + 1], 'at', 'of') || !isPercentAt(tokens, index + 2)) return undefined;
  return { end: index + 4, rule: 'stop_loss' };
}

/** "long ETH short BTC", "long eth / short btc": one symbol held against another, a pair. */
function readLongShortLegs(tokens: readonly Token[], index: number, shouting: boolean): { end: number; rule: UnsupportedRule } | undefined {
  if (!isWord(tokens[index], 'long')) return undefined;
  const held = matchSymbolAt(tokens, index + 1, { shouting });
  const shortAt = held && (isPunct(tokens[held.end], '/', ',') || isWord(tokens[held.end], 'and', 'vs') ? held.end + 1 : held.end);
  const against = shortAt !== undefined && isWord(tokens[shortAt], 'short') ? matchSymbolAt(tokens, shortAt + 1, { shouting }) : undefined;
  return against && { end: against.end, rule: 'pairs_trading' };
}

/**
 * "a 5% stop loss", "take profit at 10%", "3x leverage", "position size 50%": rules the strategies
 * cannot follow (they exit on their own signals and trade the whole capital once). Read whole, so
 * that "profit at 10%" never becomes a return target, and refused (trade_rules check in
 * parse_request.ts) rather than run without them.
 */
export const recognizeUnsupportedRule: Recognizer = (tokens, index, context) => {
  const matched = matchLongest(tokens, index, ALL_WORDS);
  const found = matched && !isWheelIdiom(tokens, index, matched) ? matched : undefined;
  const rule = found ? { end: pastAmount(tokens, found.end), rule: RULE_OF[found.which]! } : readAmountFirst(tokens, index) ?? readStopAtAmount(tokens, index)
    ?? readClippedLeverage(tokens, index) ?? readScaledPosition(tokens, index) ?? readExitThenMove(tokens, index) ?? readConditionThenExit(tokens, index) ?? readGainExit(tokens, index) ?? readLossExit(tokens, index) ?? readLongShortLegs(tokens, index, context.shouting);
  if (!rule) return undefined;
  return { end: rule.end, clauses: [{ kind: 'unsupported_rule', rule: rule.rule, written: writtenText(tokens.slice(index, rule.end)) }] };
};
