import { STRATEGY_WORDS } from './strategy_vocabulary.js';
import type { Token } from './tokenizer.js';
import { matchLongest } from './token_matchers.js';

/**
 * Strategies' names as written, without their numbers: the one lookup the readers that only ask
 * "is a strategy named here?" share. recognizers/strategies.ts reads names with their presets,
 * numbers and slips.
 */
const NAMES = STRATEGY_WORDS.flatMap((entry) => entry.names);
const ID_OF_NAME = STRATEGY_WORDS.flatMap((entry) => entry.names.map(() => entry.id));
/** "golden cross" names the 50/200 SMA crossover, a preset of it, not the strategy by name. */
const PRESET_NAMES = STRATEGY_WORDS.flatMap((entry) => (entry.presets ?? []).flatMap((preset) => preset.names));
const ID_OF_PRESET = STRATEGY_WORDS.flatMap((entry) => (entry.presets ?? []).flatMap((preset) => preset.names.map(() => entry.id)));

/** The strategy a name at `index` names, the longest written there ("sma", "moving average crossover"); presets are not names. */
export function strategyNameAt(tokens: readonly Token[], index: number): { id: string; end: number } | undefined {
  const found = matchLongest(tokens, index, NAMES);
  return found && { id: ID_OF_NAME[found.which]!, end: found.end };
}

/** The strategy a preset's name at `index` names: "death cross" is the 50/200 SMA crossover. */
export function presetNameAt(tokens: readonly Token[], index: number): { id: string; end: number } | undefined {
  const found = matchLongest(tokens, index, PRESET_NAMES);
  return found && { id: ID_OF_PRESET[found.which]!, end: found.end };
}

/** The strategies the message names as written, presets included: a rule beside one describes its settings, not a strategy of its own. */
export function strategiesNamed(tokens: readonly Token[]): Set<string> {
  const named = new Set<string>();
  tokens.forEach((_, at) => {
    const name = strategyNameAt(tokens, at);
    if (name) named.add(name.id);
    const preset = presetNameAt(tokens, at);
    if (preset) named.add(preset.id);
  });
  return named;
}
