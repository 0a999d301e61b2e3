/**
 * When the saved runs asked about were made, written as a month or a period: "the runs I did in
 * October 2025", "what we tested during Q3", "what did I run in September?", "backtests saved in
 * August". The dates stand right after the deed of making them, so "my best sharpe on btc in 2022"
 * (the data's window, which no saved run is filtered by) names none. A recent window ("the runs I did
 * last week") is a rolling number of days, read by recencyDays, not a calendar window.
 */
import type { Token } from '../tokenizer.js';
import { isWord } from '../token_matchers.js';
import { recognizeDates } from './dates.js';
import { RECENCY_LEADS, RUNNERS } from './saved_run_words.js';

/** The calendar days the runs were saved on: best_experiment's and list_experiments' `start` and `end`. A type, as Filters is, so the arguments stay a Record. */
export type MadeWindow = {
  start?: string;
  end?: string;
};

/** What the user did to make the runs: "I ran", "we tested", "I did". */
const MAKING_ACTIONS = ['ran', 'run', 'did', 'done', 'tested', 'tried', 'backtested', 'made', 'saved'];
/** Participles after the runs' noun: "runs made in October", "backtests saved during Q3". */
const MADE_PARTICIPLES = ['made', 'saved', 'done', 'created', 'ran'];
const RUN_NOUNS = ['runs', 'run', 'experiments', 'experiment', 'backtests', 'backtest', 'tests', 'test', 'results', 'ones'];
/** Words between the deed and its dates: "I ran them back in August", "we tested those in Q3". */
const DEED_FILLERS = ['them', 'those', 'these', 'it', 'back', 'already', 'all'];
/** "I ran", "I've run", "did I run", "have we tested": where a deed of making runs ends, when one stands at `index`. */
function deedEnd(tokens: readonly Token[], index: number): number | undefined {
  if (!isWord(tokens[index], ...MAKING_ACTIONS)) return undefined;
  const before = tokens[index - 1];
  const byRunner = isWord(before, ...RUNNERS, "i've", 'ive', "we've", 'weve')
    || (isWord(before, 'have', "'ve") && isWord(tokens[index - 2], ...RUNNERS));
  const byNoun = isWord(tokens[index], ...MADE_PARTICIPLES) && isWord(before, ...RUN_NOUNS);
  return byRunner || byNoun ? index + 1 : undefined;
}

/** The window of the dates starting at `index`, unless they are a recent span ("last month"), which recencyDays reads. */
function calendarWindowAt(tokens: readonly Token[], index: number, today: string): MadeWindow | undefined {
  if (isWord(tokens[index], ...RECENCY_LEADS)) return undefined;
  const dates = recognizeDates(tokens, index, { today, shouting: false })?.clauses.find((clause) => clause.kind === 'dates');
  if (dates?.kind !== 'dates') return undefined;
  return { ...(dates.start ? { start: dates.start } : {}), ...(dates.end ? { end: dates.end } : {}) };
}

/** The calendar window the runs were made in, from the dates right after the deed of making them; undefined when none is written. */
export function madeWindow(tokens: readonly Token[], today: string): MadeWindow | undefined {
  for (let index = 0; index < tokens.length; index++) {
    const end = deedEnd(tokens, index);
    if (end === undefined) continue;
    let at = end;
    while (isWord(tokens[at], ...DEED_FILLERS)) at++;
    const window = calendarWindowAt(tokens, at, today);
    if (window) return window;
  }
  return undefined;
}
