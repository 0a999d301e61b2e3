import type { Token } from '../tokenizer.js';
import { isWord, matchLongest, phrases } from '../token_matchers.js';
import { BASELINE_STRATEGY } from '../conversation_state.js';
import { strategiesNamed } from '../written_strategy_names.js';

/**
 * Words for how someone trades rather than for a rule to test: "scalping eth on the 4h",
 * "swing trading", "day trading", "position trading". Only "scalping" is also listed among the
 * strategies we lack, so alone ("scalping eth since 2024") it still asks for one.
 */
const TRADING_STYLES = phrases('scalping', 'scalp|swing|day|position|trend trading');

/**
 * "scalping eth on the 4h, ema 9/21 since march 2024": a style word beside a strategy we have
 * describes the trader; the strategy named is what to test, and the style word is left unread.
 */
export function isStyleBesideKnownStrategy(tokens: readonly Token[], index: number): boolean {
  const style = matchLongest(tokens, index, TRADING_STYLES);
  // "a scalping strategy" names a strategy of its own.
  if (!style || isWord(tokens[style.end], 'strategy', 'strategies', 'strat', 'system', 'bot')) return false;
  return [...strategiesNamed(tokens)].some((id) => id !== BASELINE_STRATEGY);
}
