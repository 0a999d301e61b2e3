import { readNumberGroup, VERSUS_WORDS, type NumberGroup } from './number_groups.js';
import { assignUnnamedNumbers } from './parameter_slots.js';
import type { Token } from './tokenizer.js';
import { isWord } from './token_matchers.js';

/**
 * "momentum 30 vs 90", "rsi 14 vs 21 vs 28", "sma 20/50 vs 10/30": after a strategy's name, groups
 * of the same length joined by "vs" are settings to compare, the strategy once per group. The
 * first group is read already; undefined when no "vs" and group of that length follow it.
 */
export function readComparedGroups(tokens: readonly Token[], first: NumberGroup): NumberGroup[] | undefined {
  const groups = [first];
  for (;;) {
    const versusAt = groups[groups.length - 1]!.end;
    const next = isWord(tokens[versusAt], ...VERSUS_WORDS) ? readNumberGroup(tokens, versusAt + 1) : undefined;
    if (!next || next.numbers.length !== first.numbers.length) break;
    groups.push(next);
  }
  return groups.length > 1 ? groups : undefined;
}

/**
 * One setting per group: its numbers on the strategy's free parameters (as a lone group after the
 * name would fill them), beside those `base` already has. Undefined unless every group fits and all
 * fill the same parameters, since "bollinger 20 vs 2.5" (a period, then a deviation) compares nothing.
 */
export function comparedSettings(strategyId: string, base: Readonly<Record<string, number>>, groups: readonly NumberGroup[]): Array<Record<string, number>> | undefined {
  const assigned = groups.map((group) => assignUnnamedNumbers(strategyId, base, group.numbers));
  if (assigned.some((setting) => setting === undefined)) return undefined;
  const filled = assigned.map((setting) => Object.keys(setting!).sort().join(','));
  if (filled.some((parameters) => parameters !== filled[0])) return undefined;
  return assigned.map((setting) => ({ ...base, ...setting }));
}
