import type { Clause, Recognizer } from '../clauses.js';
import { readNumberGroup, VERSUS_WORDS, type NumberGroup } from '../number_groups.js';
import { assignUnnamedNumbers } from '../parameter_slots.js';
import { STRATEGY_WORDS, type StrategyWords } from '../strategy_vocabulary.js';
import type { Token } from '../tokenizer.js';
import { isPunct, isWord, matchLongest, phrases } from '../token_matchers.js';

/** "…, namely the conventional (12, 26, 9) and a slower (19, 39, 9) variant": words that open a list of settings. */
const LIST_LEADS = phrases('namely', 'viz', 'i.e.', 'ie', 'that is');
const ARTICLES = ['a', 'an', 'the'];
const JOINERS = ['and', 'or', ...VERSUS_WORDS];
const SETTING_NOUNS = ['variant', 'variants', 'version', 'versions', 'one', 'ones', 'setting', 'settings', 'specification', 'specifications', 'configuration', 'configurations'];

/** The one strategy the message names before `index`, or none when it names none or several. */
export function onlyStrategyBefore(tokens: readonly Token[], index: number): StrategyWords | undefined {
  const named = new Set<StrategyWords>();
  for (let at = 0; at < index; at++) {
    // The longest name at each place: "moving average convergence divergence" is MACD, not a moving average.
    const found = STRATEGY_WORDS.map((entry) => ({ entry, end: matchLongest(tokens, at, entry.names)?.end ?? at }))
      .reduce((best, candidate) => (candidate.end > best.end ? candidate : best), { entry: undefined as StrategyWords | undefined, end: at });
    if (!found.entry) continue;
    if (found.entry.id !== 'buy_and_hold') named.add(found.entry);
    at = found.end - 1;
  }
  return named.size === 1 ? [...named][0] : undefined;
}

/** Past an article and one describing word to the setting's numbers: "the conventional (12, 26, 9)", "a slower 19/39/9". */
function describedGroup(tokens: readonly Token[], index: number): NumberGroup | undefined {
  const at = isWord(tokens[index], ...ARTICLES) ? index + 1 : index;
  return readNumberGroup(tokens, at) ?? (isWord(tokens[at]) ? readNumberGroup(tokens, at + 1) : undefined);
}

/**
 * "two specifications of the MACD …, namely the conventional (12, 26, 9) and a slower (19, 39, 9)
 * variant": after a list lead, two or more full settings of the one strategy the message named
 * before, one run each. Only complete settings (a number for every parameter) are read, so a loose
 * "namely 20 and 50" stays for the other readers.
 */
export const recognizeListedSettings: Recognizer = (tokens, index) => {
  const lead = matchLongest(tokens, index, LIST_LEADS);
  const entry = lead && onlyStrategyBefore(tokens, index);
  if (!lead || !entry) return undefined;
  const settings: Array<Record<string, number>> = [];
  let end = lead.end;
  for (let position = lead.end; ; position = end + 1) {
    const group = describedGroup(tokens, position);
    const params = group?.numbers.length === entry.params.length ? assignUnnamedNumbers(entry.id, {}, group.numbers) : undefined;
    if (!group || !params) break;
    settings.push(params);
    end = isWord(tokens[group.end], ...SETTING_NOUNS) ? group.end + 1 : group.end;
    if (!isWord(tokens[end], ...JOINERS) && !isPunct(tokens[end], ',')) break;
  }
  if (settings.length < 2) return undefined;
  const clauses: Clause[] = settings.map((params) => ({ kind: 'strategy', name: entry.id, params }));
  return { end, clauses };
};
