/** The words questions about saved experiments are made of, shared by the recognizers that read them (memory_question.ts). */
import { isNumber, isWord } from '../token_matchers.js';
import type { Token } from '../tokenizer.js';

/** Spanish and Portuguese "últimos|últimas", Italian "ultimi|ultime" (the last), accents taken off: "mis últimos 3 runs". */
const FOREIGN_LASTS = ['ultimos', 'ultimas', 'ultimi', 'ultime'];

export const EXPERIMENT_NOUNS = ['experiment', 'experiments', 'exp', 'expt', 'run', 'runs'];
// Spanish "pruebas" (tests) and "resultados" (results), as Spanglish writers name their runs.
export const LIST_NOUNS = ['runs', 'backtests', 'tests', 'results', 'pruebas', 'resultados'];
export const LIST_MARKERS = ['my', 'last', 'latest', 'recent', 'previous', 'past', 'saved', 'earlier', 'old', 'older', ...FOREIGN_LASTS];
export const PAST_ACTIONS = ['ran', 'run', 'tested', 'tried', 'backtested', 'did', 'had', 'got'];
/** Words around a count that make it the newest runs: "last 20", "15 most recent", "últimos 3". */
export const RECENT_LEADS = ['last', 'latest', 'recent', 'newest', ...FOREIGN_LASTS];
export const RECENT_FOLLOWERS = ['most', 'latest', 'recent', 'newest'];
export const LIMIT_LEADS = [...RECENT_LEADS, 'top', 'first'];
export const LIMIT_FOLLOWERS = ['experiments', 'experiment', 'runs', 'backtests', 'tests', 'results', ...RECENT_FOLLOWERS, 'saved'];
export const RECENCY_LEADS = ['last', 'past', 'previous', 'this', 'recent', ...FOREIGN_LASTS];
export const DAYS_PER_UNIT: Readonly<Record<string, number>> = {
  day: 1, days: 1, week: 7, weeks: 7, wk: 7, wks: 7, fortnight: 14, month: 30, months: 30, mo: 30, mos: 30, year: 365, years: 365, yr: 365, yrs: 365,
  // "past 30d", "last 2w": one letter is a unit only after a count.
  d: 1, w: 7, m: 30, y: 365,
  // Spanish and Portuguese: "de los últimos 7 días" (read "dias"), "las últimas 2 semanas", "los últimos 3 meses".
  dias: 1, semanas: 7, meses: 30,
};
/** Units that are a unit only after a count: "last 30d", never "last d". */
export const COUNTED_ONLY_UNITS = ['d', 'w', 'm', 'y'];

export const words = (tokens: readonly Token[]) => tokens.filter((token) => token.kind === 'word').map((token) => token.norm);

/** Who ran the runs asked about: "I ran", "did we", "have I". */
export const RUNNERS = ['i', 'we'];

/** Nouns that name the runs themselves: "my ETH runs", "the best MACD test", "my saved strategies". */
export const RUN_NAMES = [...EXPERIMENT_NOUNS, ...LIST_NOUNS, 'strategy', 'strategies', 'result', 'test', 'backtest'];

/**
 * Spanish "mis" (my) right before the runs, their count or "últimos": "mis últimos 3 runs", "mis pruebas",
 * "mis 5 backtests". Never the English "mis-" of "mis-read" or "mis typed", which a verb follows.
 */
export function isSpanishMyRuns(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  return isWord(tokens[index], 'mis') && (isNumber(next) || isWord(next, ...RUN_NAMES, ...FOREIGN_LASTS));
}

/** Words that ask for a run, so "pick the best out of the runs" after them is about runs still to make. */
export const RUN_REQUESTS = ['run', 'backtest', 'test', 'compare', 'optimise', 'optimize', 'tune'];

/** Whether the word after a count makes it a span of time ("last 30 days"), not a count of runs. */
export function countsTime(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  return isWord(next) && DAYS_PER_UNIT[next!.norm] !== undefined;
}
