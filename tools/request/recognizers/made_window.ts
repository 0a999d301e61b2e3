/**
 * When the saved runs asked about were made, written as a month or a period: "the runs I did in
 * October 2025", "what we tested during Q3", "what did I run in September?", "backtests saved in
 * August". Dates right after the deed of making them are when the runs were made, with their year
 * or without. Elsewhere a month, day or quarter written without its year ("my best sortino in
 * october", "my july runs", "my btc tests from march"), or a period reaching today ("since
 * september", "since the start of the year", "ytd"), is when the runs were made, as a backtest's
 * window is never asked of saved runs without its year: it is the latest such period begun by today
 * (on 2025-11-20 "december" is December 2024), read in the part of the message that asks. So is a
 * range of days ("between 3/1/2025 and 6/30/2025"). Other dates with a year ("my best sharpe on btc
 * in 2022") are the data's window, which no saved run is filtered by: dataWindow finds them, so the
 * question is refused, never answered as if they were not written.
 * A recent window ("the runs I did last week") is a rolling number of days, read by recencyDays, not
 * a calendar window.
 */
import type { Token } from '../tokenizer.js';
import { isWord, writtenText } from '../token_matchers.js';
import { isBareYear, readDatePoint, readShortYear, resolveDatePoint, type DatePoint } from './date_points.js';
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
/** Words between the deed and its dates: "I ran them back in August", "we tested those in Q3", "I ran a lot of tests in October 2025". */
const DEED_FILLERS = [
  'them', 'those', 'these', 'it', 'back', 'already', 'all',
  'a', 'lot', 'lots', 'bunch', 'ton', 'tons', 'loads', 'plenty', 'of', 'some', 'many', 'several', 'few', 'stuff', 'things', ...RUN_NOUNS,
];
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

/** The dates right after the deed of making the runs: "the runs I did in October 2025". */
function deedWindow(tokens: readonly Token[], today: string): MadeWindow | undefined {
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

/** Periods that, written without their year, can only be when the runs were made. */
const YEARLESS_UNITS: ReadonlySet<DatePoint['unit']> = new Set(['month', 'day', 'quarter']);

/** "october", "last march", "the 3rd of june", "q3": a named period with no year written ("this month" names none, and is recent). */
function isYearless(point: DatePoint): boolean {
  return YEARLESS_UNITS.has(point.unit) && point.year === undefined && (point.month !== undefined || point.part !== undefined);
}

/** A year written in the tokens: "2022", "'23". */
function writesYear(tokens: readonly Token[]): boolean {
  return tokens.some((_, index) => isBareYear(tokens, index) || readShortYear(tokens, index) !== undefined);
}

/** The period at `index` when it is written without its year. */
function yearlessPointAt(tokens: readonly Token[], index: number): DatePoint | undefined {
  const read = readDatePoint(tokens, index);
  return read && isYearless(read.point) ? read.point : undefined;
}

/** The first period in the tokens written without its year. */
function yearlessPoint(tokens: readonly Token[]): DatePoint | undefined {
  return tokens.map((_, index) => yearlessPointAt(tokens, index)).find((point) => point !== undefined);
}

/** The days of a period without its year: the latest such period begun by today. */
function pointWindow(point: DatePoint, today: string): MadeWindow | undefined {
  const span = resolveDatePoint(point, today);
  return span && { start: span.start, end: span.end };
}

/** "between 3/1/2025 and 6/30/2025", "from 2025-03-01 to 2025-06-30": a range led by "between" or ending on written days names the days to look in, whatever the year. */
function namesDaysRange(written: readonly Token[]): boolean {
  if (isWord(written[0], 'between')) return true;
  let days = 0;
  for (let index = 0; index < written.length; index++) {
    const read = readDatePoint(written, index);
    if (read?.point.unit === 'day') days++;
    if (read) index = read.end - 1;
  }
  return days >= 2;
}

/** The dates of a saved-run question: when the runs were made, or, with a year outside a range of days, the data's window as written. */
interface WrittenWindows {
  made?: MadeWindow;
  data?: string;
}

/**
 * The window of the first dates that say when the runs were made: dates without a year, the range
 * they make ("from july to september", "since march" or "since the start of the year" to today,
 * "ytd"), but "runs from march" are the runs of March, and "my july runs" the month alone; and a
 * range of days (namesDaysRange). Other dates with a year ("in 2022", "in october 2023", "from march
 * to june 2022") are the data's window, which no saved run is filtered by: `data` keeps the first
 * as written, so the question is refused rather than answered without it.
 */
function writtenWindows(tokens: readonly Token[], today: string): WrittenWindows {
  let data: string | undefined;
  for (let index = 0; index < tokens.length; index++) {
    const dates = recognizeDates(tokens, index, { today, shouting: false });
    const written = dates?.clauses.some((clause) => clause.kind === 'dates') ? tokens.slice(index, dates.end) : [];
    if (written.length > 0 && writesYear(written) && !namesDaysRange(written)) {
      data ??= writtenText(written);
      index = dates!.end - 1;
      continue;
    }
    const point = written.length > 0 ? yearlessPoint(written) : yearlessPointAt(tokens, index);
    const fromAlone = isWord(tokens[index], 'from') && dates?.clauses.some((clause) => clause.kind === 'dates' && clause.openEnd === true);
    const range = written.length > 0 && !fromAlone ? calendarWindowAt(tokens, index, today) : undefined;
    const made = range ?? (point && pointWindow(point, today));
    if (made) return { made };
  }
  return data === undefined ? {} : { data };
}

/**
 * The calendar window the runs were made in, from the dates after the deed of making them or a
 * period without its year in the `asking` part ("I've been at this since about April. Which of my
 * runs was best?" tells a story, and asks of every run); undefined when none is written.
 */
export function madeWindow(tokens: readonly Token[], asking: readonly Token[], today: string): MadeWindow | undefined {
  return deedWindow(tokens, today) ?? writtenWindows(asking, today).made;
}

/** Dates with a year the `asking` part names beside no window of when the runs were made ("my best sharpe on btc in 2022"), as written. */
export function dataWindow(tokens: readonly Token[], asking: readonly Token[], today: string): string | undefined {
  return deedWindow(tokens, today) === undefined ? writtenWindows(asking, today).data : undefined;
}
