import type { Clause, Recognizer, RecognizerContext } from '../clauses.js';
import { readNumberGroup, VERSUS_WORDS, type NumberGroup } from '../number_groups.js';
import { assignUnnamedNumbers } from '../parameter_slots.js';
import { STRATEGY_WORDS, type StrategyWords } from '../strategy_vocabulary.js';
import type { Token } from '../tokenizer.js';
import { isPunct, isWord, matchLongest, phrases } from '../token_matchers.js';
import { recognizeParameter } from './parameters.js';
import { splitOfSymbolsAt } from './portfolio.js';

/** "…, namely the conventional (12, 26, 9) and a slower (19, 39, 9) variant": words that open a list of settings. */
const LIST_LEADS = phrases('namely', 'viz', 'i.e.', 'ie', 'that is');
const ARTICLES = ['a', 'an', 'the'];
const JOINERS = ['and', 'or', ...VERSUS_WORDS];
const SETTING_NOUNS = ['variant', 'variants', 'version', 'versions', 'one', 'ones', 'setting', 'settings', 'specification', 'specifications', 'configuration', 'configurations'];

/** The longest strategy name at `at`: "moving average convergence divergence" is MACD, not a moving average. */
function longestNameAt(tokens: readonly Token[], at: number): { entry: StrategyWords | undefined; end: number } {
  return STRATEGY_WORDS.map((entry) => ({ entry, end: matchLongest(tokens, at, entry.names)?.end ?? at }))
    .reduce((best, candidate) => (candidate.end > best.end ? candidate : best), { entry: undefined as StrategyWords | undefined, end: at });
}

/** The one strategy the message names before `index`, or none when it names none or several. */
export function onlyStrategyBefore(tokens: readonly Token[], index: number): StrategyWords | undefined {
  const named = new Set<StrategyWords>();
  for (let at = 0; at < index; at++) {
    const found = longestNameAt(tokens, at);
    if (!found.entry) continue;
    if (found.entry.id !== 'buy_and_hold') named.add(found.entry);
    at = found.end - 1;
  }
  return named.size === 1 ? [...named][0] : undefined;
}

/**
 * Past an article and one describing word to the setting's numbers: "the conventional (12, 26, 9)",
 * "a slower 19/39/9". Never past another strategy's name: "sma 20/50 and ema 12/26" are two strategies.
 * Right after the name (not `described`) the numbers stand bare: in "momentum lb 60, h2 2021" no word describes one.
 */
function describedGroup(tokens: readonly Token[], index: number, entry: StrategyWords, described: boolean): NumberGroup | undefined {
  const at = described && isWord(tokens[index], ...ARTICLES) ? index + 1 : index;
  const numbersAt = described && isWord(tokens[at]) && !longestNameAt(tokens, at).entry ? at + 1 : at;
  const group = readNumberGroup(tokens, numbersAt);
  // "10/30, 20/50 and 50/200": read whole, the list is one group of six; a slashed setting is read alone.
  return group?.numbers.length === entry.params.length ? group : readNumberGroup(tokens, numbersAt, { slashed: true }) ?? group;
}

/** "two versions of the channel breakout …:", "three variants of rsi:": a count of settings before the colon that lists them. */
const VERSIONS_OF = phrases('two|three|four|both|2|3|4 versions|variants|flavours|flavors|configurations|setups|specifications|takes of');
const SENTENCE_ENDS = ['.', '!', '?'];

/**
 * A colon (or dash) after "two versions of <strategy>" in the same sentence opens the list of those
 * versions: the strategy named right after "of" (whatever else the message names, "a lecture on trend following").
 */
function strategyOfListedVersions(tokens: readonly Token[], index: number): StrategyWords | undefined {
  if (!isPunct(tokens[index], ':', '-')) return undefined;
  for (let at = index - 1; at >= 0 && !isPunct(tokens[at], ...SENTENCE_ENDS); at--) {
    const versions = matchLongest(tokens, at, VERSIONS_OF);
    if (versions) return longestNameAt(tokens, isWord(tokens[versions.end], 'the') ? versions.end + 1 : versions.end).entry;
  }
  return undefined;
}

/** Past the strategy's own name after a setting's numbers: "the classic 55/20 turtle system", "a 20/50 sma crossover". */
function pastStrategyWords(tokens: readonly Token[], index: number, entry: StrategyWords): number {
  const presetNames = (entry.presets ?? []).flatMap((preset) => preset.names);
  const name = matchLongest(tokens, index, [...entry.names, ...presetNames])?.end ?? index;
  return matchLongest(tokens, name, entry.tails)?.end ?? name;
}

/**
 * "a 20-day entry with a 10-day exit": a setting written as its parameters by name, joined by "with"
 * or "and". A parameter named twice starts the next setting, so only the first of them is read here.
 */
function namedSetting(tokens: readonly Token[], index: number, entry: StrategyWords, context: RecognizerContext): { params: Record<string, number>; end: number } | undefined {
  const params: Record<string, number> = {};
  let end = index;
  for (let at = index; ;) {
    const start = isWord(tokens[at], ...ARTICLES) ? at + 1 : at;
    const found = recognizeParameter(tokens, start, context);
    const clause = found?.clauses.length === 1 ? found.clauses[0] : undefined;
    const parameter = clause?.kind === 'param' ? clause.candidates.find((candidate) => entry.params.includes(candidate)) : undefined;
    if (clause?.kind !== 'param' || !parameter || parameter in params) break;
    params[parameter] = clause.value;
    end = found!.end;
    if (!isWord(tokens[end], 'with', 'and', 'plus')) break;
    at = end + 1;
  }
  return Object.keys(params).length > 1 ? { params, end } : undefined;
}

/** One listed setting: its numbers in a group ("the conventional (12, 26, 9)") or its parameters by name. */
function listedSetting(tokens: readonly Token[], index: number, entry: StrategyWords, context: RecognizerContext, described: boolean): { params: Record<string, number>; end: number } | undefined {
  // "sma 20/50, 60/40 spy/gld": a split before symbols weighs them.
  if (splitOfSymbolsAt(tokens, index, context)) return undefined;
  const group = describedGroup(tokens, index, entry, described);
  const params = group?.numbers.length === entry.params.length ? assignUnnamedNumbers(entry.id, {}, group.numbers) : undefined;
  if (group && params) {
    const end = isWord(tokens[group.end], ...SETTING_NOUNS) ? group.end + 1 : pastStrategyWords(tokens, group.end, entry);
    return { params, end };
  }
  return namedSetting(tokens, index, entry, context);
}

/**
 * "sma 10/30, 20/50 and 50/200", "ema crossover 12/26 and 5/20": a strategy's name, then its
 * settings listed one after another. Where its numbers start, past the name, its tails and a colon.
 */
export function strategyNumbersStart(tokens: readonly Token[], index: number): { entry: StrategyWords; end: number } | undefined {
  const { entry, end } = longestNameAt(tokens, index);
  if (!entry || entry.id === 'buy_and_hold') return undefined;
  const tail = matchLongest(tokens, end, entry.tails)?.end ?? end;
  return { entry, end: isPunct(tokens[tail], ':') ? tail + 1 : tail };
}

/**
 * "two specifications of the MACD …, namely the conventional (12, 26, 9) and a slower (19, 39, 9)
 * variant", "two versions of the channel breakout …: a 20-day entry with a 10-day exit, and the
 * classic 55/20 turtle system": after a list lead, two or more settings of the one strategy the
 * message named before, one run each. Only complete groups (a number for every parameter), or two
 * or more parameters by name, are read, so a loose "namely 20 and 50" stays for the other readers.
 * "sma 10/30, 20/50 and 50/200" lists them right after the name.
 */
export const recognizeListedSettings: Recognizer = (tokens, index, context) => {
  const lead = matchLongest(tokens, index, LIST_LEADS);
  const versionsOf = lead ? undefined : strategyOfListedVersions(tokens, index);
  const named = lead || versionsOf ? undefined : strategyNumbersStart(tokens, index);
  const entry = lead ? onlyStrategyBefore(tokens, index) : versionsOf ?? named?.entry;
  if (!entry) return undefined;
  const settings: Array<Record<string, number>> = [];
  let end = lead?.end ?? named?.end ?? index + 1;
  for (let position = end; ;) {
    const setting = listedSetting(tokens, position, entry, context, named === undefined);
    if (!setting) break;
    settings.push(setting.params);
    end = setting.end;
    // "…, and the classic 55/20": a comma and a joiner (an Oxford comma) between two settings.
    position = end;
    while (isWord(tokens[position], ...JOINERS) || isPunct(tokens[position], ',')) position++;
    if (position === end) break;
  }
  if (settings.length < 2) return undefined;
  const clauses: Clause[] = settings.map((params) => ({ kind: 'strategy', name: entry.id, params }));
  return { end, clauses };
};
