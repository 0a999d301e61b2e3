import type { Token } from '../tokenizer.js';
import { isPunct, isWord, skipWords } from '../token_matchers.js';
import { matchParameterName } from './parameters.js';
import { strategyNameAt } from '../written_strategy_names.js';

/**
 * "find the best EMA crossover settings", "the optimal RSI thresholds": a search for parameters with
 * the strategy named between the quality word and the settings noun, which a fixed phrase cannot
 * span. Only words may stand between them (no number, no punctuation), at most four.
 */
const QUALITY_WORDS = ['best', 'optimal', 'optimum', 'ideal', 'optimised', 'optimized'];
const SETTINGS_NOUNS = ['settings', 'setting', 'parameters', 'params', 'windows', 'lengths', 'thresholds', 'lookbacks', 'combination', 'combinations', 'periods', 'levels',
  'combo', 'combos', 'config', 'configs', 'configuration', 'configurations', 'lookback', 'window', 'values', 'numbers', 'inputs',
  'period', 'deviation', 'deviations', 'threshold', 'length'];
const MOST_BETWEEN = 4;

function wordsOnlyBetween(tokens: readonly Token[], from: number, to: number): boolean {
  return to - from <= MOST_BETWEEN && tokens.slice(from, to).every((token) => isWord(token) && !isWord(token, ...QUALITY_WORDS, ...SETTINGS_NOUNS));
}

/** Verbs of searching before the quality word: "find the best …", "pick the optimal …". */
const SEARCH_VERBS = ['find', 'finding', 'get', 'pick', 'choose', 'determine', 'identify', 'discover', 'locate', "what's", 'whats', 'what'];

/** Words between a verb of searching and what it seeks: "find me the …", "find us a …". */
const OBJECT_WORDS: ReadonlySet<string> = new Set(['me', 'us', 'the', 'an', 'a']);

/** The end of a quality word that a settings noun a few words on completes ("best … settings"), with its verb. */
export function readBestBeforeSettings(tokens: readonly Token[], index: number): number | undefined {
  const verb = isWord(tokens[index], ...SEARCH_VERBS);
  // "find me the best period", "find us the optimal windows".
  const qualityAt = verb ? skipWords(tokens, index + 1, OBJECT_WORDS) : index;
  const asking = verb || isWord(tokens[index], ...SWEEP_VERBS, 'which');
  const combination = asking ? namedCombinationAt(tokens, skipWords(tokens, index + 1, OBJECT_WORDS)) : undefined;
  if (combination !== undefined) return combination;
  // "Search EMA crossover settings for 2022", "Which simple moving average crossover lengths would have
  // worked best": a verb of searching, or "which", needs no quality word.
  if (isWord(tokens[index], ...SWEEP_VERBS, 'which')) return settingsNounWithin(tokens, index) === undefined ? undefined : index + 1;
  // "find SMA settings that double my money", "find me sma windows for btc": settings sought are searched for,
  // as a command only ("I find SMA settings confusing" describes).
  if (commandsToFind(tokens, index) && seeksStrategySettings(tokens, index, settingsNounWithin(tokens, index))) return index + 1;
  // "find me the entry length that does that": the parameter that meets what was asked is searched for.
  const sought = verb ? parameterNamesAt(tokens, qualityAt) : undefined;
  if (sought !== undefined && isWord(tokens[sought], 'that', 'which')) return sought;
  if (!isWord(tokens[qualityAt], ...QUALITY_WORDS)) return undefined;
  const named = parameterNamesAt(tokens, qualityAt + 1);
  if (named !== undefined) return named;
  // "find me the best numbers": after a verb of searching the noun may follow the quality word directly.
  for (let at = verb ? qualityAt + 1 : qualityAt + 2; at <= qualityAt + 1 + MOST_BETWEEN && at < tokens.length; at++) {
    if (isWord(tokens[at], ...SETTINGS_NOUNS) && wordsOnlyBetween(tokens, qualityAt + 1, at)) return qualityAt + 1;
  }
  return undefined;
}

const SWEEP_VERBS = ['search', 'searching', 'scan', 'scanning', 'explore', 'exploring', 'sweep', 'sweeping'];
const FINDING_VERBS = ['find', 'discover', 'identify', 'determine'];
/** A subject before "find" makes it a description: "I find", "people find". */
const SUBJECTS = ['i', 'we', 'you', 'they', 'he', 'she', 'people', 'traders', "don't", 'dont', 'never', 'always', 'usually'];

/** "find SMA settings": a strategy named between the verb and the noun; "find the short combo" names one parameter, so no search. */
function seeksStrategySettings(tokens: readonly Token[], verbAt: number, nounAt: number | undefined): boolean {
  if (nounAt === undefined) return false;
  for (let at = verbAt + 1; at < nounAt; at++) if (strategyNameAt(tokens, at) !== undefined) return true;
  return false;
}

/** "find …" as a command, not "I find …". */
function commandsToFind(tokens: readonly Token[], index: number): boolean {
  return isWord(tokens[index], ...FINDING_VERBS) && !isWord(tokens[index - 1], ...SUBJECTS);
}

/** The settings noun a few words after `index`, with only words between. */
function settingsNounWithin(tokens: readonly Token[], index: number): number | undefined {
  for (let at = index + 1; at <= index + 1 + MOST_BETWEEN && at < tokens.length; at++) {
    if (isWord(tokens[at], ...SETTINGS_NOUNS) && wordsOnlyBetween(tokens, index + 1, at)) return at;
  }
  return undefined;
}

/** "the best period and standard deviation", "the fast/slow": parameters named without values, joined by "and", commas or slashes. */
function parameterNamesAt(tokens: readonly Token[], index: number): number | undefined {
  return namesAt(tokens, index)?.end;
}

function namesAt(tokens: readonly Token[], index: number): { end: number; count: number } | undefined {
  let found: { end: number; count: number } | undefined;
  for (let at = index; ;) {
    const name = matchParameterName(tokens, at);
    if (!name) return found;
    found = { end: name.end, count: (found?.count ?? 0) + 1 };
    at = isWord(tokens[name.end], 'and') || isPunct(tokens[name.end], ',', '/') ? name.end + 1 : name.end;
    if (at === name.end) return found;
  }
}

/** Nouns for the values of several parameters taken together: "combo", "pair", "windows". */
const COMBINATION_NOUNS = [...SETTINGS_NOUNS, 'pair', 'pairs', 'pairing', 'pairings', 'set', 'sets', 'mix'];

/**
 * "find me the fast/slow combo that works", "which short/long pair works best", "find the entry/exit
 * lengths": two or more parameters named, then a noun for their values together, after a verb of
 * searching or "which", ask for the values, so a search. Without the parameters' names, "which pair"
 * is a market.
 */
function namedCombinationAt(tokens: readonly Token[], index: number): number | undefined {
  const names = namesAt(tokens, index);
  return names && names.count >= 2 && isWord(tokens[names.end], ...COMBINATION_NOUNS) ? names.end + 1 : undefined;
}

/** The end of a settings noun that a quality word a few words back began ("… EMA crossover settings"). */
export function readSettingsAfterBest(tokens: readonly Token[], index: number): number | undefined {
  if (!isWord(tokens[index], ...SETTINGS_NOUNS)) return undefined;
  for (let at = index - 2; at >= Math.max(0, index - 1 - MOST_BETWEEN); at--) {
    if (isWord(tokens[at], ...QUALITY_WORDS) && wordsOnlyBetween(tokens, at + 1, index)) return index + 1;
    if (commandsToFind(tokens, at) && wordsOnlyBetween(tokens, at + 1, index) && seeksStrategySettings(tokens, at, index)) return index + 1;
  }
  return undefined;
}
