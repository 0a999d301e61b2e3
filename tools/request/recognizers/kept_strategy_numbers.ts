import type { Recognizer } from '../clauses.js';
import { isPunct, isWord, matchLongest, phrases } from '../token_matchers.js';

/**
 * "keep the channel, use 2021", "leave the bands as they are and try eth": a strategy's numbers
 * kept, which every follow-up does anyway, read so they do not sink the edit beside them as not
 * understood (kept_costs.ts does the same for costs). Nothing may follow that gives them a value
 * ("keep the channel at 40"), and "leave the channel how it was" takes a change back (reverts.ts).
 */
const KEEP = phrases('keep|keeping|leave|leaving the|my|those|these', 'keep|keeping|leave|leaving');
const NUMBER_NOUNS = phrases('channel|channels|bands|band|levels|thresholds|parameters|params|numbers|settings|windows|lookback|std|deviation|multiplier',
  'entry|exit channel|window|windows', 'moving averages', 'rsi|bollinger|channel|macd|sma|ema levels|bands|settings|numbers|windows|period');
const AS_IS = phrases('as is', 'as it is', 'as they are', 'the same', 'unchanged', 'where it is', 'where they are');
const BREAKS = [',', ';', '-', '—', ':', '.', '!', '?'];

export const recognizeKeptStrategyNumbers: Recognizer = (tokens, index) => {
  // "just keep the bands", "only keep the channel": keeping one strategy and dropping the rest, not its numbers.
  if (isWord(tokens[index - 1], 'just', 'only')) return undefined;
  const keep = matchLongest(tokens, index, KEEP);
  const noun = keep && matchLongest(tokens, keep.end, NUMBER_NOUNS);
  if (!noun) return undefined;
  const end = matchLongest(tokens, noun.end, AS_IS)?.end ?? noun.end;
  const next = tokens[end];
  const closed = next === undefined || isPunct(next, ...BREAKS) || isWord(next, 'and', 'but', 'please', 'pls', 'then');
  return closed ? { end, clauses: [] } : undefined;
};
