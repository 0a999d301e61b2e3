import type { Clause, Recognizer, RecognizerContext } from '../clauses.js';
import type { PlacedClause } from '../read_clauses.js';
import type { StrategyRequest } from '../request_spec.js';
import { getStrategy, listStrategyIds } from '../../strategy/registry.js';
import { isNumber, isPunct, isWord, matchLongest, phrases, writtenText, type Phrase } from '../token_matchers.js';
import { matchParameterName } from './parameters.js';
import { COST_WORDS, type CostKind } from './money.js';

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

/**
 * "triple the costs": every cost is multiplied, which is the total multiplied whatever its parts are,
 * so the words that name costs as a whole scale the fees and the slippage alike.
 */
const ALL_COSTS = phrases('costs', 'cost', 'trading|transaction costs', 'all costs');
const COST_KINDS: readonly CostKind[] = ['fees', 'slippage'];

interface ScaledObject {
  end: number;
  candidates?: readonly string[];
  costs?: readonly CostKind[];
}

/** "the fees", "both costs", "the slippage": the costs the verb multiplies. */
function readCosts(tokens: Parameters<Recognizer>[0], index: number): ScaledObject | undefined {
  const start = matchLongest(tokens, index, DETERMINER_PHRASES)?.end ?? index;
  const all = matchLongest(tokens, start, ALL_COSTS);
  if (all) return { end: all.end, costs: COST_KINDS };
  for (const kind of COST_KINDS) {
    const named = matchLongest(tokens, start, COST_WORDS[kind]);
    if (named) return { end: named.end, costs: [kind] };
  }
  return undefined;
}

/** The object of the verb at `index`: a parameter's name, every window, or costs. */
function readObject(tokens: Parameters<Recognizer>[0], index: number): ScaledObject | undefined {
  const costs = readCosts(tokens, index);
  if (costs) return costs;
  const all = matchLongest(tokens, index, EVERY_WINDOW);
  const determiner = matchLongest(tokens, index, DETERMINER_PHRASES);
  const named = matchParameterName(tokens, determiner?.end ?? index) ?? matchParameterName(tokens, index);
  if (named && (!all || named.end >= all.end)) return { end: named.end, candidates: named.candidates };
  return all && { end: all.end };
}

/** The clause for `factor` applied to what `object` names, as written from `index` to `end`. */
function scaledClause(tokens: Parameters<Recognizer>[0], index: number, end: number, factor: number, object: ScaledObject): Clause {
  const written = writtenText(tokens.slice(index, end));
  if (object.costs) return { kind: 'scale_costs', factor, costs: object.costs, written };
  return { kind: 'scale_params', factor, ...(object.candidates ? { candidates: object.candidates } : {}), written };
}

/**
 * "make the lookback more short, the half of before", "set the period twice what it was", "make the
 * fees half as big": a multiple of the value it had. A comparative written beside it must agree
 * ("make the lookback longer, half of before" is left unread).
 */
const MAKE_VERBS = phrases('make|set|put|change|turn');
const MULTIPLES: ReadonlyArray<{ factor: number; words: readonly Phrase[] }> = [
  { factor: 0.5, words: phrases('half', 'the|a half') },
  // Spoken numbers reach here as digits ("three times" is "3 times").
  { factor: 2, words: phrases('double', 'twice', '2 times', 'the double') },
  { factor: 3, words: phrases('triple', 'thrice', '3 times', 'the triple') },
];
const EARLIER_VALUE = phrases('of before', 'of what it|they was|is|were|are', 'what it|they was|is|were|are', 'of the current|previous|old|earlier one|value', 'the current|previous|old|earlier one|value',
  'as long|big|large|much|high', 'of it', 'its current|previous|old value', 'of its current|previous|old value');
const SMALLER = phrases('shorter', 'smaller', 'lower', 'more short|small|low', 'less long|big|high');
const LARGER = phrases('longer', 'bigger', 'larger', 'higher', 'more long|big|large|high', 'less short|small|low');

/** The multiple written at `index` with its reference to the earlier value ("the half of before"). */
function readMultiple(tokens: Parameters<Recognizer>[0], index: number): { end: number; factor: number } | undefined {
  const start = isPunct(tokens[index], ',') ? index + 1 : index;
  const at = isWord(tokens[start], 'to') ? start + 1 : start;
  for (const { factor, words } of MULTIPLES) {
    const multiple = matchLongest(tokens, at, words);
    const earlier = multiple && matchLongest(tokens, multiple.end, EARLIER_VALUE);
    if (earlier) return { end: earlier.end, factor };
  }
  return undefined;
}

/** "make the lookback more short, the half of before": the verb, the setting, then its multiple. */
function readMadeMultiple(tokens: Parameters<Recognizer>[0], index: number): { end: number; factor: number; object: ScaledObject } | undefined {
  const verb = matchLongest(tokens, index, MAKE_VERBS);
  const object = verb && readObject(tokens, verb.end);
  if (!object) return undefined;
  const smaller = matchLongest(tokens, object.end, SMALLER);
  const larger = matchLongest(tokens, object.end, LARGER);
  const multiple = readMultiple(tokens, smaller?.end ?? larger?.end ?? object.end);
  if (!multiple || (smaller && multiple.factor > 1) || (larger && multiple.factor < 1)) return undefined;
  return { end: multiple.end, factor: multiple.factor, object };
}

/**
 * "double the lookback pls, 90 days feels twitchy", "halve the period - 14 is too slow": a remark on
 * the value being changed. Read only when its number is the value the setting has now, so a number
 * that could be a new value ("double the lookback, 60 feels right") is left to the other readers.
 */
const REMARK_LEADS = new Set([',', '-', '–', '—', ':', '(', 'pls', 'please', 'plz', 'since', 'because', 'cause', 'cos', 'as']);
const REMARK_VERBS = phrases('feels|seems|looks|is|was|felt|seemed|looked', "'s");
const INTENSIFIERS = phrases('too', 'way|far|much|just|so|really too', 'a bit|little|tad too', 'a bit|little|tad', 'kind|sort of', 'kinda|sorta|so|very|really|pretty|rather|quite');
const BAR_UNITS = phrases('days|day|bars|bar|periods|period|d');

export function currentValue(candidates: readonly string[], strategies: readonly StrategyRequest[]): number | undefined {
  const owner = [...strategies].reverse().find((strategy) => candidates.some((candidate) => settingsOf(strategy)?.[candidate] !== undefined));
  const settings = owner && settingsOf(owner);
  return settings && candidates.map((candidate) => settings[candidate]).find((value) => value !== undefined);
}

/** Where the remark after `index` ends, if there is one on the current value of `candidates`. */
function remarkEnd(tokens: Parameters<Recognizer>[0], index: number, candidates: readonly string[] | undefined, context: RecognizerContext): number | undefined {
  let at = index;
  while (at < tokens.length && REMARK_LEADS.has(tokens[at]!.norm) && tokens[at]!.sentence === tokens[index - 1]?.sentence) at++;
  const value = tokens[at];
  const current = candidates && currentValue(candidates, context.conversation?.strategies ?? []);
  if (at === index || !isNumber(value) || value.value !== current) return undefined;
  const unitEnd = matchLongest(tokens, at + 1, BAR_UNITS)?.end ?? at + 1;
  const verb = matchLongest(tokens, unitEnd, REMARK_VERBS);
  if (!verb) return undefined;
  const wordAt = matchLongest(tokens, verb.end, INTENSIFIERS)?.end ?? verb.end;
  const judgement = tokens[wordAt];
  return judgement?.kind === 'word' && judgement.sentence === value.sentence ? wordAt + 1 : undefined;
}

/** The scaling at `index` and where it ends: "double the lookback", "cut the period in half", "make the fees half of before". */
function readScaling(tokens: Parameters<Recognizer>[0], index: number): { end: number; factor: number; object: ScaledObject } | undefined {
  const made = readMadeMultiple(tokens, index);
  if (made) return made;
  for (const { factor, verbs } of FACTORS) {
    const verb = matchLongest(tokens, index, phrases(verbs));
    const object = verb && readObject(tokens, verb.end);
    if (object) return { end: object.end, factor, object };
  }
  const cut = matchLongest(tokens, index, phrases(HALVING_VERBS));
  const object = cut && readObject(tokens, cut.end);
  const inHalf = object && matchLongest(tokens, object.end, phrases('in half', 'by half'));
  return object && inHalf && { end: inHalf.end, factor: 0.5, object };
}

export const recognizeScaledParameters: Recognizer = (tokens, index, context) => {
  const scaling = readScaling(tokens, index);
  if (!scaling) return undefined;
  const { end, factor, object } = scaling;
  return { end: remarkEnd(tokens, end, object.candidates, context) ?? end, clauses: [scaledClause(tokens, index, end, factor, object)] };
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
