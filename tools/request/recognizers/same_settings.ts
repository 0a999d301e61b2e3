import type { Recognizer } from '../clauses.js';
import { isWord, skipWords } from '../token_matchers.js';

/** What "the same …" may name of a strategy's numbers: its levels, its windows, or all of them. */
const SETTINGS_NOUNS = ['bands', 'band', 'levels', 'level', 'thresholds', 'threshold', 'lines', 'bounds', 'limits', 'settings', 'setting', 'parameters',
  'params', 'numbers', 'values', 'windows', 'window', 'lengths', 'periods', 'lookbacks', 'exits', 'entries', 'config', 'configuration',
  // "same strikes": the numbers of a strategy the writer named in options words (options_metaphors.ts).
  'strikes'];
const LEADS: ReadonlySet<string> = new Set(['with', 'using', 'and', 'keep', 'keeping', 'the', 'those', 'these', 'its', 'their', 'my']);

/**
 * "a 7-day RSI with those same bands", "keeping the same thresholds": the strategy named again keeps
 * the numbers it had, beside the ones the message writes (apply_message.ts). Without "same", a
 * strategy written with some numbers starts from its defaults for the rest ("rsi 21 on ETH").
 */
export const recognizeSameSettings: Recognizer = (tokens, index) => {
  const sameAt = skipWords(tokens, index, LEADS);
  if (!isWord(tokens[sameAt], 'same')) return undefined;
  const nounAt = skipWords(tokens, sameAt + 1, new Set(['old', 'rsi', 'bollinger', 'channel', 'crossover']));
  return isWord(tokens[nounAt], ...SETTINGS_NOUNS) ? { end: nounAt + 1, clauses: [{ kind: 'keep_settings' }] } : undefined;
};
