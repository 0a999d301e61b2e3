import type { Token } from '../tokenizer.js';
import { isWord } from '../token_matchers.js';

/**
 * "find the best EMA crossover settings", "the optimal RSI thresholds": a search for parameters with
 * the strategy named between the quality word and the settings noun, which a fixed phrase cannot
 * span. Only words may stand between them (no number, no punctuation), at most four.
 */
const QUALITY_WORDS = ['best', 'optimal', 'optimum', 'ideal', 'optimised', 'optimized'];
const SETTINGS_NOUNS = ['settings', 'setting', 'parameters', 'params', 'windows', 'lengths', 'thresholds', 'lookbacks', 'combination', 'combinations', 'periods', 'levels',
  'combo', 'combos', 'config', 'configs', 'configuration', 'configurations', 'lookback', 'window', 'values', 'numbers', 'inputs'];
const MOST_BETWEEN = 4;

function wordsOnlyBetween(tokens: readonly Token[], from: number, to: number): boolean {
  return to - from <= MOST_BETWEEN && tokens.slice(from, to).every((token) => isWord(token) && !isWord(token, ...QUALITY_WORDS, ...SETTINGS_NOUNS));
}

/** Verbs of searching before the quality word: "find the best …", "pick the optimal …". */
const SEARCH_VERBS = ['find', 'finding', 'get', 'pick', 'choose', 'determine', 'identify', 'discover', 'locate', "what's", 'whats', 'what'];

/** The end of a quality word that a settings noun a few words on completes ("best … settings"), with its verb. */
export function readBestBeforeSettings(tokens: readonly Token[], index: number): number | undefined {
  const verb = isWord(tokens[index], ...SEARCH_VERBS);
  const qualityAt = verb ? (isWord(tokens[index + 1], 'the', 'an', 'a') ? index + 2 : index + 1) : index;
  if (!isWord(tokens[qualityAt], ...QUALITY_WORDS)) return undefined;
  for (let at = qualityAt + 2; at <= qualityAt + 1 + MOST_BETWEEN && at < tokens.length; at++) {
    if (isWord(tokens[at], ...SETTINGS_NOUNS) && wordsOnlyBetween(tokens, qualityAt + 1, at)) return qualityAt + 1;
  }
  return undefined;
}

/** The end of a settings noun that a quality word a few words back began ("… EMA crossover settings"). */
export function readSettingsAfterBest(tokens: readonly Token[], index: number): number | undefined {
  if (!isWord(tokens[index], ...SETTINGS_NOUNS)) return undefined;
  for (let at = index - 2; at >= Math.max(0, index - 1 - MOST_BETWEEN); at--) {
    if (isWord(tokens[at], ...QUALITY_WORDS) && wordsOnlyBetween(tokens, at + 1, index)) return index + 1;
  }
  return undefined;
}
