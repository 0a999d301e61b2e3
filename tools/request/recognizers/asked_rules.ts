/**
 * Whether a message asks for a trading rule ("add a stop loss at 8%", "with a trailing stop"). Such a
 * message changes a run, so it is never a question about saved runs: read as one, "go back to the
 * bnb test and add a stop loss" ranked runs by drawdown and dropped the stop without a word. As a
 * request the rule is refused (unsupported_rules.ts). A rule turned down ("without a stop") asks for nothing.
 */
import type { Token } from '../tokenizer.js';
import { decliningRules } from './declined_rules.js';
import { recognizeUnsupportedRule } from './trade_rules.js';

const recognizeRule = decliningRules(recognizeUnsupportedRule);

export function asksForRule(tokens: readonly Token[], today: string, shouting: boolean): boolean {
  for (let index = 0; index < tokens.length; index++) {
    const found = recognizeRule(tokens, index, { today, shouting });
    if (found?.clauses.some((clause) => clause.kind === 'unsupported_rule' && clause.declined !== true)) return true;
    // A rule turned down is read whole, so its own words are not read again as one asked for.
    if (found) index = found.end - 1;
  }
  return false;
}
