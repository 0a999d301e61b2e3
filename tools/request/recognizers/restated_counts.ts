/**
 * A follow-up to a question about saved runs that says its number anew: "make it 20", "gimme 10", "show 3",
 * "10 instead", "just the btc ones, 20 of them", "only the btc ones, and just 5", "show all of them", or a span ("make it 2 wks"),
 * which is a window, not a count.
 * memory_question.ts decides what the number counts (listed lines, ranked results or newest runs).
 */
import { isNumber, isWord, matchLongest, phrases } from '../token_matchers.js';
import type { Token } from '../tokenizer.js';
import { readMarkers } from '../self_corrections.js';
import { countsTime, DAYS_PER_UNIT } from './saved_run_words.js';

/**
 * Words before the number said anew: "make it 20", "gimme 10", "bump it to 15", "show 3" after a ranking
 * (after a listing or a run shown "show 3" shows experiment 3, which memory_question.ts reads first).
 */
const RESTATING = phrases('make it|that', 'gimme', 'give me', 'bump it|that to', 'bump it|that up to', 'up it|that to', 'go with', 'show|list', 'show|list me');
/**
 * Narrowing words before it: "and just 5", "only 3", "just 10 please". The count must close its clause
 * ("just 5 of them", "only 3 runs"), so "only 3 were winners" tells rather than asks.
 */
const NARROWING = phrases('just|only');
const RUN_NOUNS = ['runs', 'ones', 'results', 'experiments', 'backtests', 'tests'];
/** Words after it: "10 instead", "10 then". */
const AFTER_RESTATED = ['instead', 'then'];
/** After it, the runs it counts: "the btc ones, 20 of them", "5 of those please". */
const OF_THEM = phrases('of them|those|these|em');
/** What may close "20 of them" for it to restate the count; "3 of them were losers" tells, not asks. */
const CLOSING_WORDS = ['please', 'pls', 'plz', 'instead', 'then', 'thanks', 'thx'];
/** "show all of them", "list them all", "everything": every run a listing may show. */
const ALL_OF_THEM = phrases('all of them|those|these|em|it', 'them|those|these|em all', 'everything', 'every one', 'the whole lot', 'all please|pls');

/** The count at `index`: a whole number, or "a" before a unit of time ("make it a week"). */
function countAt(tokens: readonly Token[], index: number): number | undefined {
  const token = tokens[index];
  if (isNumber(token)) return Number.isInteger(token.value) && token.value >= 1 ? token.value : undefined;
  return isWord(token, 'a', 'an') && countsTime(tokens, index) ? 1 : undefined;
}

/** Index of the count said anew (after a restating lead or before "instead"), time spans included, else undefined. */
function restatedAt(tokens: readonly Token[]): number | undefined {
  for (let index = 0; index < tokens.length; index++) {
    const narrowed = matchLongest(tokens, index, NARROWING);
    if (narrowed && countAt(tokens, narrowed.end) !== undefined && closesNarrowing(tokens, narrowed.end + 1)) return narrowed.end;
    const lead = matchLongest(tokens, index, RESTATING);
    const at = lead ? lead.end : index;
    if (countAt(tokens, at) === undefined) continue;
    const after = countsTime(tokens, at) ? at + 2 : at + 1;
    if (lead || isWord(tokens[after], ...AFTER_RESTATED) || closesOnThem(tokens, after)) return at;
  }
  return undefined;
}

/** "just 5", "only 3 of them", "just 10 runs please": the narrowed count ends its clause. */
function closesNarrowing(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index];
  const after = isWord(next, ...RUN_NOUNS) ? tokens[index + 1] : next;
  return after === undefined || after.kind === 'punct' || isWord(after, ...CLOSING_WORDS, ...AFTER_RESTATED) || closesOnThem(tokens, index);
}

/** "20 of them", "5 of those please": the count said of the runs at the end of its clause. */
function closesOnThem(tokens: readonly Token[], index: number): boolean {
  const them = matchLongest(tokens, index, OF_THEM);
  const next = them && tokens[them.end];
  return them !== undefined && (next === undefined || next.kind === 'punct' || isWord(next, ...CLOSING_WORDS));
}

/** The count a follow-up restates the question's own with ("make it 20", "gimme 10", "10 instead"), else undefined; a span is no count. */
export function restatedNumber(tokens: readonly Token[]): number | undefined {
  const at = restatedAt(tokens);
  return at === undefined || countsTime(tokens, at) ? undefined : countAt(tokens, at);
}

/** The window in days a follow-up restates ("make it 2 wks" → 14, "30 days instead" → 30), else undefined. */
export function restatedSpanDays(tokens: readonly Token[]): number | undefined {
  const at = restatedAt(tokens);
  const count = at === undefined ? undefined : countAt(tokens, at);
  return at === undefined || count === undefined || !countsTime(tokens, at) ? undefined : count * DAYS_PER_UNIT[tokens[at + 1]!.norm]!;
}

/** Whether a follow-up asks for all the runs ("show all of them", "list them all"). */
export function asksForAll(tokens: readonly Token[]): boolean {
  return tokens.some((_, index) => matchLongest(tokens, index, ALL_OF_THEM) !== undefined);
}

/**
 * "what were my last 5 runs — actually make it 8", "show my last 5 experiments, sorry, 10", "last 3
 * runs, I mean 6": a count after a correction marker takes back the one the question wrote. The last one said wins.
 */
export function correctedCount(tokens: readonly Token[]): number | undefined {
  let found: number | undefined;
  tokens.forEach((_, index) => {
    const end = readMarkers(tokens, index);
    const at = end === undefined ? undefined : matchLongest(tokens, end, RESTATING)?.end ?? end;
    const count = at === undefined || countsTime(tokens, at) ? undefined : countAt(tokens, at);
    if (count !== undefined) found = count;
  });
  return found;
}
