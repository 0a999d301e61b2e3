import type { Recognizer, RecognizerContext } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isPunct, isWord, matchLongest, phrases } from '../token_matchers.js';
import { COST_WORDS, recognizeMoney, type CostKind } from './money.js';

/**
 * Words about a cost that change nothing themselves, read so they do not sink the edit beside them
 * as not understood:
 * - "keep the slippage", "leave the fees as is": the cost stays, as every follow-up keeps it;
 * - "fees are too high for etfs, make fees 1bp": a complaint about a cost the same message sets.
 *   Without a new value for that cost the complaint asks for a change nobody wrote, so it stays unread.
 */
const COSTS: readonly CostKind[] = ['fees', 'slippage'];
const KEEP = phrases('keep|keeping|leave|leaving the|my', 'keep|keeping|leave|leaving');
const AS_BEFORE = phrases('as is', 'as it is', 'as they are', 'as before', 'the same', 'unchanged', 'where it is', 'where they are');
// Alternation is per word in phrases(): 'are|is way' is "are way" or "is way".
const BEING = phrases('are|is|seem|seems|feel|feels|look|looks', 'are|is|seem|seems|feel|feels|look|looks way|still|just|much|far', 'are|is|seem|seems|feel|feels|look|looks a bit', 'are|is|seem|seems|feel|feels|look|looks kind of');
const TOO = phrases('too high|low|steep|much|expensive|cheap|big|small|large');
const BREAKS = [',', ';', '-', '—', ':'];

function costAt(tokens: readonly Token[], index: number): { cost: CostKind; end: number } | undefined {
  for (const cost of COSTS) {
    const noun = matchLongest(tokens, index, COST_WORDS[cost]);
    if (noun) return { cost, end: noun.end };
  }
  return undefined;
}

/** "keep the slippage (as is)": nothing may follow that gives it a value ("keep the slippage at 3"). */
function keptCost(tokens: readonly Token[], index: number): number | undefined {
  const keep = matchLongest(tokens, index, KEEP);
  const noun = keep && costAt(tokens, keep.end);
  if (!noun) return undefined;
  const end = matchLongest(tokens, noun.end, AS_BEFORE)?.end ?? noun.end;
  const next = tokens[end];
  return next === undefined || isPunct(next, ...BREAKS, '.', '!', '?') || isWord(next, 'and', 'but', 'please', 'pls', 'too', 'then') ? end : undefined;
}

/** Whether the message gives `cost` a value somewhere after `from`. */
function setLater(tokens: readonly Token[], from: number, cost: CostKind, context: RecognizerContext): boolean {
  for (let at = from; at < tokens.length; at++) {
    if (recognizeMoney(tokens, at, context)?.clauses.some((clause) => clause.kind === cost)) return true;
  }
  return false;
}

/** "fees are too high for etfs,": the complaint, to the clause break, before a new value for that cost. */
function complaint(tokens: readonly Token[], index: number, context: RecognizerContext): number | undefined {
  const noun = costAt(tokens, index);
  const being = noun && matchLongest(tokens, noun.end, BEING);
  const too = being && matchLongest(tokens, being.end, TOO);
  if (!noun || !too) return undefined;
  let end = too.end;
  while (end < tokens.length && tokens[end]!.sentence === tokens[index]!.sentence && !isPunct(tokens[end], ...BREAKS) && !isWord(tokens[end], 'so')) end++;
  return setLater(tokens, end, noun.cost, context) ? end : undefined;
}

export const recognizeCostRemark: Recognizer = (tokens, index, context) => {
  const end = keptCost(tokens, index) ?? complaint(tokens, index, context);
  return end === undefined ? undefined : { end, clauses: [] };
};
