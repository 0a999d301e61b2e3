import type { Token } from '../tokenizer.js';
import { isPunct, isWord } from '../token_matchers.js';

/**
 * Whether the words around a date tell the writer's (or someone's) own story rather than ask for
 * the run: "I've traded BNB since 2019", "our quant left in September", "75 was my old setting from
 * last year", "my retirement in 2030". Such a clause names a person as subject or owner and holds
 * no word that asks for something, so "I want to test 2022", "could you run 2019" and "my test
 * period is 2020" stay requests. A clause runs between commas, colons, dashes, sentence ends and a
 * conjunction before a new subject ("…in a book from 1987 and I'd like to…"); a parenthesis reads
 * with the clause it interrupts ("My grandfather (92 this year!)") unless it has a subject of its own.
 */
const PERSONS: ReadonlySet<string> = new Set([
  'i', "i'm", 'im', "i've", 'ive', "i'd", "i'll", 'me', 'my', 'mine', 'myself', 'we', "we're", "we've", "we'd", "we'll", 'our', 'ours',
  'he', "he's", 'hes', 'him', 'his', 'she', "she's", 'shes', 'her', 'they', "they're", 'theyre', "they've", 'their',
]);

/** The window's own names: "change the dates to 2018 through 2022", "my test period is 2020". */
const WINDOW_NAMES: ReadonlySet<string> = new Set(['period', 'periods', 'window', 'range', 'dates', 'timeframe', 'span', 'sample']);

/**
 * Words that ask for the run, in any clause: verbs of testing and looking, the window's own names,
 * addressing the assistant ("you", "please"), opinions on what to run ("I think 2019 is better") and
 * corrections ("actually 2020"). A clause holding one is never set aside, whoever it speaks of.
 */
const REQUEST_WORDS: ReadonlySet<string> = new Set([
  'test', 'tests', 'testing', 'backtest', 'backtests', 'backtesting', 'run', 'runs', 'running', 'rerun', 'see', 'show', 'compare', 'comparing',
  'check', 'checking', 'try', 'trying', 'use', 'using', 'simulate', 'simulating', 'optimise', 'optimize', 'optimising', 'optimizing', 'tune',
  'tuning', 'evaluate', 'analyse', 'analyze', 'look', 'looking', 'plot', 'chart', 'give', 'repeat', 'redo', 'measure', 'examine', 'study',
  'know', 'find', 'learn', 'understand', 'figure', 'explore', 'investigate', 'interested', 'curious',
  ...WINDOW_NAMES,
  'you', 'please', 'think', 'thinking', 'mean', 'meant', 'guess', 'suppose', 'reckon', 'actually', 'instead', 'rather',
]);

/** "I want 2022", "we need 2019 to 2021": a wish asks for the run unless it is for something else ("I want to be careful"). */
const WISHES: ReadonlySet<string> = new Set(['want', 'wants', 'need', 'needs', 'like', 'prefer', 'prefers', 'wish', 'love']);

const CLAUSE_ENDS = [',', ';', ':', '.', '!', '?'];

/** A dash between clauses ("75 — sorry, I mean 80"), not one inside a range or word ("2016-2020", "mid-2021"). */
export function isClauseDash(token: Token | undefined, next: Token | undefined): boolean {
  return isPunct(token, '-') && (token!.text === '—' || (!token!.joined && next?.joined !== true));
}

/**
 * "and I'd like…", "but she says…", "told me in 2019 that I'd need…", "asking me since 2019 whether he
 * should have…": a conjunction before a new subject starts a clause of its own.
 */
const JOINING_WORDS: ReadonlySet<string> = new Set(['and', 'but', 'so', 'that', 'because', 'whether']);

function startsOwnClause(tokens: readonly Token[], at: number): boolean {
  return isWord(tokens[at]) && JOINING_WORDS.has(tokens[at]!.norm) && isPerson(tokens[at + 1]);
}

function endsClause(tokens: readonly Token[], at: number): boolean {
  return isPunct(tokens[at], ...CLAUSE_ENDS) || isClauseDash(tokens[at], tokens[at + 1]) || startsOwnClause(tokens, at);
}

/**
 * Token indexes from `from` stepping by `step` up to the clause's end. A parenthesis is stepped
 * through, never an end; inside the one holding the date (`inside`), commas end nothing either, so
 * an aside reads with the clause it interrupts ("my brother (hes 42, at the bank since 2009) says…").
 */
function clauseSide(tokens: readonly Token[], from: number, step: 1 | -1, inside: boolean): { indexes: number[]; boundary: number } {
  const [opens, closes] = step === 1 ? ['(', ')'] : [')', '('];
  const indexes: number[] = [];
  let depth = 0;
  let inAside = inside;
  let at = from;
  for (; at >= 0 && at < tokens.length; at += step) {
    if (isPunct(tokens[at], opens)) depth++;
    else if (isPunct(tokens[at], closes)) {
      if (depth === 0) inAside = false;
      depth = Math.max(0, depth - 1);
    } else if (depth === 0 && !inAside && endsClause(tokens, at)) break;
    indexes.push(at);
  }
  return { indexes, boundary: at };
}

/** The index of the parenthesis opened before `start` and not yet closed, or -1. */
function openingParenthesis(tokens: readonly Token[], start: number): number {
  let depth = 0;
  for (let at = start - 1; at >= 0; at--) {
    if (isPunct(tokens[at], ')')) depth++;
    else if (isPunct(tokens[at], '(')) {
      if (depth === 0) return at;
      depth--;
    }
  }
  return -1;
}

/** The index of the parenthesis closing the one opened before `end`, or the message's end. */
function closingParenthesis(tokens: readonly Token[], end: number): number {
  let depth = 0;
  for (let at = end; at < tokens.length; at++) {
    if (isPunct(tokens[at], '(')) depth++;
    else if (isPunct(tokens[at], ')')) {
      if (depth === 0) return at;
      depth--;
    }
  }
  return tokens.length;
}

/**
 * Token indexes inside the parenthesis around `start`–`end` when it has a subject of its own ("my
 * mentor (he's been at it since 1998) told me to try…"): then it is a clause by itself, not read
 * with the one it interrupts.
 */
function ownParenthesis(tokens: readonly Token[], start: number, end: number): number[] | undefined {
  const opening = openingParenthesis(tokens, start);
  if (opening === -1) return undefined;
  const closing = closingParenthesis(tokens, end);
  const inside: number[] = [];
  for (let at = opening + 1; at < closing; at++) if (at < start || at >= end) inside.push(at);
  return inside.some((at) => isPerson(tokens[at])) ? inside : undefined;
}

/**
 * Token indexes of the clause around `start`–`end`, the construct itself left out. A clause of the
 * date and nothing else, set off by commas ("he bought at the very beginning, in January 2019, and…"),
 * adds to the one before it, whose subject it belongs to.
 */
export function clauseAround(tokens: readonly Token[], start: number, end: number): number[] {
  const own = ownParenthesis(tokens, start, end);
  if (own) return own;
  const inside = openingParenthesis(tokens, start) !== -1;
  const before = clauseSide(tokens, start - 1, -1, inside);
  const after = clauseSide(tokens, end, 1, inside);
  const around = [...before.indexes, ...after.indexes];
  if (around.some((at) => isWord(tokens[at])) || !isPunct(tokens[before.boundary], ',')) return around;
  return [...around, ...clauseSide(tokens, before.boundary - 1, -1, false).indexes];
}

/**
 * Token indexes of a "when" clause set off after the construct ("…handled 2008, when his 401(k)
 * fell"): it says what happened then, so it belongs with the period it follows.
 */
export function whenClauseAfter(tokens: readonly Token[], end: number): number[] {
  const { boundary } = clauseSide(tokens, end, 1, openingParenthesis(tokens, end) !== -1);
  if (!isPunct(tokens[boundary], ',') || !isWord(tokens[boundary + 1], 'when')) return [];
  return clauseSide(tokens, boundary + 1, 1, false).indexes;
}

export function namesWindow(token: Token | undefined): boolean {
  return isWord(token) && WINDOW_NAMES.has(token!.norm);
}

export function isPerson(token: Token | undefined): boolean {
  return isWord(token) && PERSONS.has(token!.norm);
}

export function asksForRun(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (!isWord(token)) return false;
  if (REQUEST_WORDS.has(token!.norm)) return true;
  // "let's do 2021 through 2023" asks; "let's say I had bought in 2019" supposes.
  if (isWord(token, "let's", 'lets')) return !isWord(tokens[at + 1], 'say', 'assume', 'suppose', 'pretend', 'imagine');
  // "I want to test": the wish is for the test; "I want to be careful": for something else.
  return WISHES.has(token!.norm) && !(isWord(tokens[at + 1], 'to') && !REQUEST_WORDS.has(tokens[at + 2]?.norm ?? ''));
}

/** The construct at `start`–`end` sits in a clause about someone's own life, not about the run. */
export function isInLifeClause(tokens: readonly Token[], start: number, end: number): boolean {
  const around = clauseAround(tokens, start, end);
  return around.some((at) => isPerson(tokens[at])) && !around.some((at) => asksForRun(tokens, at));
}
