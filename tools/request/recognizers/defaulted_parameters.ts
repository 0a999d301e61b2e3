import type { Recognizer } from '../clauses.js';
import { isNumber, isPunct, isWord, matchLongest, phrases, writtenText } from '../token_matchers.js';
import { matchParameterName } from './parameters.js';

/**
 * "keep the normal exit", "use the default period", "the exit back to its default": a strategy's
 * parameter taken back to the strategy's own value (defaulted_parameters.ts drops the value set).
 */
const LEADS = phrases('keep|use|leave|restore|want|with|take|bring|stick|stay|go|going|switch|revert|return', 'stick|stay|go|going|switch with|to|back',
  'go|going|switch|change|revert|get back to', 'back to', 'just');
const USUAL = 'normal|default|usual|standard|stock|regular|original';
const QUALIFIED = phrases(`the|its|a ${USUAL}`, USUAL);
/** "keep the exit at default", "set the exit back to its default": the parameter, then the default as its value. */
const SET_LEADS = phrases('keep|leave|set|put|reset|restore|change|switch|bring|take|return|revert|make|have', 'keep|leave|set|put|reset|restore|change|switch|bring|take|return|revert|make|have it|that');
const AT_DEFAULT = phrases(`at|to|on|as the|its ${USUAL}|defaults`, `at|to|on|as ${USUAL}|defaults`, `back at|to|on the|its ${USUAL}|defaults`, `back at|to|on ${USUAL}|defaults`);
/** "the standard deviation" is the bands' width named, not a width said to be standard. */
const DEVIATION_WORDS = ['dev', 'devs', 'deviation', 'deviations'];

function readQualifiedName(tokens: Parameters<Recognizer>[0], index: number): { end: number; candidates: readonly string[] } | undefined {
  const qualifier = matchLongest(tokens, index, QUALIFIED);
  if (!qualifier || (isWord(tokens[qualifier.end - 1], 'standard') && isWord(tokens[qualifier.end], ...DEVIATION_WORDS))) return undefined;
  const named = matchParameterName(tokens, qualifier.end);
  // "the usual exit 10" names its value: that is a setting (parameters.ts).
  return named && !isNumber(tokens[named.end]) ? named : undefined;
}

function readSetToDefault(tokens: Parameters<Recognizer>[0], index: number): { end: number; candidates: readonly string[] } | undefined {
  const lead = matchLongest(tokens, index, SET_LEADS);
  const article = lead && isWord(tokens[lead.end], 'the', 'its') ? lead.end + 1 : lead?.end;
  const named = article !== undefined ? matchParameterName(tokens, article) : undefined;
  const back = named && matchLongest(tokens, named.end, AT_DEFAULT);
  return back && named && { end: back.end, candidates: named.candidates };
}

export const recognizeDefaultedParameter: Recognizer = (tokens, index) => {
  const lead = matchLongest(tokens, index, LEADS);
  const found = readSetToDefault(tokens, index) ?? (lead && readQualifiedName(tokens, lead.end)) ?? readQualifiedName(tokens, index);
  // "Is 14 the normal period?": a question about the default, or a value said to be it, asks for no change.
  if (!found || isPunct(tokens[found.end], '?') || isNumber(tokens[index - 1])) return undefined;
  return { end: found.end, clauses: [{ kind: 'default_param', candidates: found.candidates, written: writtenText(tokens.slice(index, found.end)) }] };
};
