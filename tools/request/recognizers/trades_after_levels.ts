import type { Token } from '../tokenizer.js';
import { isPunct, isWord, matchLongest, phrases, skipWords } from '../token_matchers.js';

/** "…under 25, I buy", "…above 75 I get out", "…below 20 -> buy": the trade told right after an oscillator's level, its subject aside. */
const BUY_AFTER = phrases('buy|buys|buying', 'get|go in');
const SELL_AFTER = phrases('sell|sells|selling', 'get out', 'exit|exits');
const PRONOUNS = ['i', 'we', 'you', "i'll", "i'd"];
const SUBJECTS: ReadonlySet<string> = new Set([...PRONOUNS, 'then', 'and']);
/** "-> buy", "=> sell": an arrow pointing from the level to its trade. */
const ARROWS = phrases('- >', '=>', '->');

/** An oscillator's reading runs from 0 to 100; other numbers are not its level. */
export const MAX_OSCILLATOR_LEVEL = 100;

export interface TradeAfterLevel {
  side: 'buy' | 'sell';
  end: number;
}

/** Whether nothing of the rule follows the trade: "…over 80, sell." ends there, "…, sell when overbought" tells a rule of its own. */
function closesRule(tokens: readonly Token[], tradeEnd: number, sentence: number): boolean {
  const next = tokens[tradeEnd];
  return next === undefined || next.sentence !== sentence || isPunct(next) || isWord(next, 'and', 'then');
}

/** The trade written just after the level ending at `index`, with where its words end; undefined when none follows it. */
export function tradeAfterLevel(tokens: readonly Token[], index: number): TradeAfterLevel | undefined {
  const comma = isPunct(tokens[index], ',');
  const start = comma ? index + 1 : matchLongest(tokens, index, ARROWS)?.end ?? index;
  const at = skipWords(tokens, start, SUBJECTS);
  const buy = matchLongest(tokens, at, BUY_AFTER);
  const found = buy ?? matchLongest(tokens, at, SELL_AFTER);
  if (!found) return undefined;
  // After a comma only with its subject ("under 25, I buy") or closing the rule ("over 80, sell"): ", sell when overbought" begins the other half.
  if (comma && !isWord(tokens[index + 1], ...PRONOUNS) && !closesRule(tokens, found.end, tokens[index]!.sentence)) return undefined;
  return { side: buy ? 'buy' : 'sell', end: found.end };
}
