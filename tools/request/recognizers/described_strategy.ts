import type { Clause } from '../clauses.js';
import { STRATEGY_WORDS } from '../strategy_vocabulary.js';
import type { Token } from '../tokenizer.js';
import { matchLongest } from '../token_matchers.js';
import { presetNameAt, strategyNameAt } from '../written_strategy_names.js';

/** A strategy told by its rule ("buy new 20-day highs", "the 20 day average minus 2 sd"): the words' span, what they describe and the settings they give. */
export interface DescribedStrategy {
  start: number;
  end: number;
  name: string;
  params: Readonly<Record<string, number>>;
  /**
   * Whether these words can be the strategy on their own. An exit channel or a second level only
   * completes a rule told before it ("…and sell on a 10-day low"), so alone they give settings.
   */
  standsAlone: boolean;
}

/** "breakout", "trend following": a family's name, which a rule describing a concrete strategy outranks. */
function isFamilyNameAt(tokens: readonly Token[], at: number, end: number): boolean {
  return STRATEGY_WORDS.some((entry) => matchLongest(tokens, at, entry.families ?? [])?.end === end);
}

/** The strategies the message names outside the described words, the baseline aside; a family counts only for its own strategy. */
function namedOutside(tokens: readonly Token[], described: DescribedStrategy): Set<string> {
  const named = new Set<string>();
  tokens.forEach((_, at) => {
    if (at >= described.start && at < described.end) return;
    const name = strategyNameAt(tokens, at) ?? presetNameAt(tokens, at);
    if (!name || name.id === 'buy_and_hold') return;
    if (isFamilyNameAt(tokens, at, name.end) && name.id !== described.name) return;
    named.add(name.id);
  });
  return named;
}

/**
 * The one rule for what a strategy told by its rule is beside the strategies named by name: with none
 * named it is a strategy of its own; beside its own name (or family) its numbers are that strategy's
 * settings; beside another strategy it is a filter that strategy cannot take, left unread
 * (undefined). Words that cannot stand alone always give settings only.
 */
export function describedStrategyClauses(tokens: readonly Token[], described: DescribedStrategy): Clause[] | undefined {
  const named = namedOutside(tokens, described);
  const asSettings = Object.entries(described.params).map(([name, value]): Clause => ({ kind: 'param', candidates: [name], value }));
  if (named.size === 0) return described.standsAlone ? [{ kind: 'strategy', name: described.name, params: { ...described.params } }] : asSettings;
  return named.has(described.name) ? asSettings : undefined;
}
