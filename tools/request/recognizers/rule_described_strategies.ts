import type { Recognizer, RecognizerContext } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { recognizeBandsInWords } from './bands_in_words.js';
import { recognizeAveragesInWords } from './averages_in_words.js';
import { recognizeChannelRule } from './channel_rules.js';
import { recognizeCrossoverRule } from './crossover_rules.js';
import { recognizeMacdInWords } from './macd_in_words.js';
import { recognizeMomentumRule } from './momentum_rules.js';
import { recognizeOversoldLevel } from './oversold_levels.js';

const RULE_READERS: readonly Recognizer[] = [recognizeCrossoverRule, recognizeAveragesInWords, recognizeMomentumRule, recognizeChannelRule, recognizeBandsInWords, recognizeMacdInWords, recognizeOversoldLevel];

/**
 * Whether the message tells a strategy by its rule ("own QQQ only while it is above where it was 100
 * days back", "when the 50 day average goes above the 200 day, buy"): beside it another family's name
 * ("trend following") is background, as beside a strategy named, and so is the user's own holding
 * ("I've held Apple since 2009").
 * The family's own strategy told by its rule ("buy the 20-bar high breakout") is that family, not another.
 */
export function tellsOtherStrategyByRule(tokens: readonly Token[], context: RecognizerContext, familyStrategyId: string): boolean {
  return tokens.some((_, at) => RULE_READERS.some((read) => read(tokens, at, context)?.clauses.some((clause) => clause.kind === 'strategy' && clause.name !== familyStrategyId)));
}
