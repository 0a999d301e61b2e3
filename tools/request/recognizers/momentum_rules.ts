import type { Recognizer } from '../clauses.js';
import { isWord, matchLongest, phrases, skipWords } from '../token_matchers.js';
import { readValue, skipBarUnit } from './parameters.js';
import { strategiesNamed } from '../written_strategy_names.js';
import { sideBefore } from './rule_leads.js';

/** What the rule compares, before the comparison: "it closes", "today's close is", "the price is". */
const SUBJECT_WORDS: ReadonlySet<string> = new Set(["today's", 'todays', 'the', 'its', 'it', 'price', 'close', 'closes', 'closing', 'current', 'is', 'has', 'was']);
/** Only an upward comparison is momentum: "lower than 60 bars ago" is a bet against the trend, left unread. */
const HIGHER_THAN = phrases('higher|greater|more than', 'above|over', 'exceeds|exceeding|exceeded|beats|tops', 'is|are up from|on|versus|vs', 'up from|on|versus|vs');
const THEN_WORDS: ReadonlySet<string> = new Set(['the', 'its', 'it', 'did', 'was', 'were', 'had', 'been', 'close', 'closed', 'closing', 'price', 'level', 'of', 'where',
  'at', 'from', 'as', 'that', 'stood', 'one']);
const AGO_WORDS = ['ago', 'back', 'before', 'earlier', 'prior', 'previously'];

/**
 * "Go long whenever it closes higher than it did 60 bars ago", "long when today's close is above the
 * close 120 days back": momentum named by its rule, the window being its lookback. On the selling
 * side ("sell when it closes above…") it is no momentum rule and is left unread; beside another
 * named strategy it is a filter that strategy cannot take, also left unread.
 */
export const recognizeMomentumRule: Recognizer = (tokens, index) => {
  const comparison = matchLongest(tokens, skipWords(tokens, index, SUBJECT_WORDS), HIGHER_THAN);
  const value = comparison && readValue(tokens, skipWords(tokens, comparison.end, THEN_WORDS));
  const unitEnd = value && skipBarUnit(tokens, value.end);
  if (!value || unitEnd === value.end || !isWord(tokens[unitEnd!], ...AGO_WORDS) || sideBefore(tokens, index) === 'sell') return undefined;
  const end = unitEnd! + 1;
  const named = strategiesNamed(tokens);
  if (named.size === 0) return { end, clauses: [{ kind: 'strategy', name: 'momentum', params: { lookback: value.value } }] };
  return named.has('momentum') ? { end, clauses: [{ kind: 'param', candidates: ['lookback'], value: value.value }] } : undefined;
};
