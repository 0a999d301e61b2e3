import type { Recognizer } from '../clauses.js';
import type { PlacedClause } from '../read_clauses.js';
import type { StrategyRequest } from '../request_spec.js';
import { isPunct, matchLongest, phrases } from '../token_matchers.js';
import { readValue, skipBarUnit } from './parameters.js';
import { settingsOf } from './scaled_parameters.js';

/**
 * "try it with 2.5 instead of 2", "use 30 rather than 20": a bare number said to replace another
 * names its parameter by the value replaced, so the setting whose value is the second number takes
 * the first. Without this both numbers were ignored. Percentages and years are left to their readers.
 */
const REPLACING = phrases('instead of', 'rather than', 'in place of');
/** Read with the number, so "try 8" is not taken first as a window of its own. */
const LEADS = phrases('try', 'try it with', 'use', 'with', 'make it', 'go with', 'set it to');

function bareValue(tokens: Parameters<Recognizer>[0], index: number): { value: number; end: number } | undefined {
  const value = readValue(tokens, index);
  if (!value || isPunct(tokens[value.end], '%')) return undefined;
  return { value: value.value, end: skipBarUnit(tokens, value.end) };
}

export const recognizeReplacedNumber: Recognizer = (tokens, index) => {
  const to = bareValue(tokens, matchLongest(tokens, index, LEADS)?.end ?? index);
  const lead = to && matchLongest(tokens, to.end, REPLACING);
  const from = lead && bareValue(tokens, lead.end);
  return from && { end: from.end, clauses: [{ kind: 'replace_value', from: from.value, to: to!.value }] };
};

/** The strategies with each replaced value set, on the latest strategy that has it; a note either way. */
export function replaceValues(strategies: readonly StrategyRequest[], placed: readonly PlacedClause[], notes: string[]): StrategyRequest[] {
  let result = [...strategies];
  for (const { clause } of placed) {
    if (clause.kind !== 'replace_value') continue;
    const { from, to } = clause;
    const owner = [...result].reverse().find((strategy) => Object.values(settingsOf(strategy) ?? {}).includes(from));
    if (!owner) {
      notes.push(`ignored "${to} instead of ${from}": no strategy has a setting of ${from}`);
      continue;
    }
    const parameter = Object.entries(settingsOf(owner)!).find(([, value]) => value === from)![0];
    notes.push(`${owner.name} ${parameter} ${to} in place of ${from}`);
    result = result.map((strategy) => (strategy === owner ? { ...strategy, params: { ...strategy.params, [parameter]: to } } : strategy));
  }
  return result;
}
