import type { Token } from '../tokenizer.js';
import { isNumber, isPunct, isWord, matchLongest, phrases } from '../token_matchers.js';
import { sideBefore } from './rule_leads.js';
import { MAX_OSCILLATOR_LEVEL, tradeAfterLevel } from './trades_after_levels.js';

/**
 * "RSI under 25, I buy", "the 0-100 gauge drops below 20 buy, above 80 sell", "when RSI is over 80, sell":
 * an oscillator's level told after its subject, then the trade made beyond it (or, with none after it,
 * the trade that leads the rule). Only the side that agrees reads, buying below a level and selling above
 * it; "RSI above 70 I buy" is another rule and stays unread. A second level told the same way after a
 * comma ("…, above 80 sell") needs its own trade after it, for a bare level says nothing alone.
 */
const MOVES = phrases('is|goes|gets|drops|falls|dips|moves|crosses|rises|climbs|trades|closes|go|get|drop|fall|dip|move|cross|rise|climb',
  'is|goes|gets|drops|falls|dips|moves|crosses|rises|climbs|go|get|drop|fall|dip|move|cross|rise|climb back');
const HALF_JOINERS = [',', ';', 'and', 'then'];

export interface TradedLevels {
  params: Record<string, number>;
  end: number;
}

interface TradedLevel {
  name: 'lower' | 'upper';
  value: number;
  end: number;
}

function levelNameAt(token: Token | undefined): TradedLevel['name'] | undefined {
  if (isWord(token, 'below', 'under') || isPunct(token, '<', '<=')) return 'lower';
  return isWord(token, 'above', 'over') || isPunct(token, '>', '>=') ? 'upper' : undefined;
}

/** "drops below 20 buy", "under 25, I buy": a level and the trade that agrees with it; `ownTrade` asks for the trade after the level. */
function readTradedLevel(tokens: readonly Token[], index: number, ownTrade: boolean): TradedLevel | undefined {
  const at = matchLongest(tokens, index, MOVES)?.end ?? index;
  const name = levelNameAt(tokens[at]);
  const level = tokens[at + 1];
  if (!name || !isNumber(level) || level.value <= 0 || level.value >= MAX_OSCILLATOR_LEVEL) return undefined;
  const trade = tradeAfterLevel(tokens, at + 2);
  const side = trade?.side ?? (ownTrade ? undefined : sideBefore(tokens, index));
  return side === (name === 'lower' ? 'buy' : 'sell') ? { name, value: level.value, end: trade?.end ?? at + 2 } : undefined;
}

/** The levels told from `index`, right after the oscillator they belong to, and where their words end. */
export function readTradedLevels(tokens: readonly Token[], index: number): TradedLevels | undefined {
  const first = readTradedLevel(tokens, index, false);
  if (!first) return undefined;
  const joined = isPunct(tokens[first.end], ...HALF_JOINERS) || isWord(tokens[first.end], ...HALF_JOINERS) ? first.end + 1 : first.end;
  const second = readTradedLevel(tokens, joined, true);
  const other = second && second.name !== first.name ? second : undefined;
  return { params: { [first.name]: first.value, ...(other ? { [other.name]: other.value } : {}) }, end: other?.end ?? first.end };
}
