import type { Recognizer } from '../clauses.js';
import type { PlacedClause } from '../read_clauses.js';
import type { StrategyRequest } from '../request_spec.js';
import { getStrategy, listStrategyIds } from '../../strategy/registry.js';
import { matchLongest, phrases, writtenText } from '../token_matchers.js';
import { matchParameterName } from './parameters.js';

/**
 * "double the lookback", "halve both of those", "cut the short window in half", "triple the
 * period": a follow-up that multiplies settings without writing them. Without this nothing reads the
 * verb, and the follow-up is refused as not understood. A parameter named is scaled on the latest
 * strategy that has it; "both of those", "them", "the windows" scale every window of every strategy.
 */
const FACTORS: ReadonlyArray<{ factor: number; verbs: string }> = [
  { factor: 2, verbs: 'double' },
  { factor: 3, verbs: 'triple' },
  { factor: 4, verbs: 'quadruple' },
  { factor: 0.5, verbs: 'halve|half' },
];
const HALVING_VERBS = 'cut|chop|slash';
const DETERMINERS = new Set(['the', 'my', 'its', 'both', 'all', 'both of the', 'all of the', 'both the', 'all the']);
const EVERY_WINDOW = phrases('both of those|them|these', 'all of those|them|these', 'both', 'them', 'those', 'these', 'everything', 'all the|my|its windows|periods|lengths|lookbacks|parameters|params|numbers',
  'the|my|its|both|all windows|periods|lengths|lookbacks|parameters|params|numbers', 'windows|periods|lengths|lookbacks');
const DETERMINER_PHRASES = phrases(...DETERMINERS);
/** Parameters counted in bars; levels and band widths are not scaled unless named. */
const WINDOWS = new Set(['short', 'long', 'fast', 'slow', 'signal', 'period', 'exit_period', 'lookback']);

/** The object of the verb at `index`: a parameter's name, or every window. */
function readObject(tokens: Parameters<Recognizer>[0], index: number): { end: number; candidates?: readonly string[] } | undefined {
  const all = matchLongest(tokens, index, EVERY_WINDOW);
  const determiner = matchLongest(tokens, index, DETERMINER_PHRASES);
  const named = matchParameterName(tokens, determiner?.end ?? index) ?? matchParameterName(tokens, index);
  if (named && (!all || named.end >= all.end)) return { end: named.end, candidates: named.candidates };
  return all && { end: all.end };
}

export const recognizeScaledParameters: Recognizer = (tokens, index) => {
  for (const { factor, verbs } of FACTORS) {
    const verb = matchLongest(tokens, index, phrases(verbs));
    const object = verb && readObject(tokens, verb.end);
    if (object) return { end: object.end, clauses: [{ kind: 'scale_params', factor, ...(object.candidates ? { candidates: object.candidates } : {}), written: writtenText(tokens.slice(index, object.end)) }] };
  }
  const cut = matchLongest(tokens, index, phrases(HALVING_VERBS));
  const object = cut && readObject(tokens, cut.end);
  const inHalf = object && matchLongest(tokens, object.end, phrases('in half', 'by half'));
  if (!object || !inHalf) return undefined;
  return { end: inHalf.end, clauses: [{ kind: 'scale_params', factor: 0.5, ...(object.candidates ? { candidates: object.candidates } : {}), written: writtenText(tokens.slice(index, inHalf.end)) }] };
};

/** A strategy's settings as they run: its own values over the defaults. */
export function settingsOf(strategy: StrategyRequest): Record<string, number> | undefined {
  if (!listStrategyIds().includes(strategy.name)) return undefined;
  const defaults = getStrategy(strategy.name).paramsSchema.safeParse({});
  return defaults.success ? { ...defaults.data, ...strategy.params } : undefined;
}

function scaled(value: number, parameter: string, factor: number): number {
  return WINDOWS.has(parameter) ? Math.max(1, Math.round(value * factor)) : Math.round(value * factor * 100) / 100;
}

/** The strategies with the message's scalings applied, and a note for each. */
export function scaleParameters(strategies: readonly StrategyRequest[], placed: readonly PlacedClause[], notes: string[]): StrategyRequest[] {
  let result = [...strategies];
  for (const { clause } of placed) {
    if (clause.kind !== 'scale_params') continue;
    const { factor, candidates, written } = clause;
    const owner = candidates && [...result].reverse().find((strategy) => candidates.some((candidate) => settingsOf(strategy)?.[candidate] !== undefined));
    const targets = candidates ? (owner ? [owner] : []) : result.filter((strategy) => Object.keys(settingsOf(strategy) ?? {}).some((name) => WINDOWS.has(name)));
    if (targets.length === 0) {
      notes.push(`ignored "${written}": no strategy has ${candidates ? `a ${candidates.join(' or ')} parameter` : 'windows to scale'}`);
      continue;
    }
    result = result.map((strategy) => {
      if (!targets.includes(strategy)) return strategy;
      const settings = settingsOf(strategy)!;
      const names = candidates ? [candidates.find((candidate) => settings[candidate] !== undefined)!] : Object.keys(settings).filter((name) => WINDOWS.has(name));
      const params = { ...strategy.params, ...Object.fromEntries(names.map((name) => [name, scaled(settings[name]!, name, factor)])) };
      notes.push(`read "${written}" as ${strategy.name} ${names.map((name) => `${name} ${settings[name]} → ${params[name]}`).join(', ')}`);
      return { ...strategy, params };
    });
  }
  return result;
}
