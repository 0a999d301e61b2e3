/**
 * The dated window a re-run runs over: "rerun 7 for 2022", and after it "and now for 2023" or
 * "actually do q3 2024 instead", which re-run the same experiment over the new window.
 */
import type { Clause } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { recognizeDates } from './dates.js';

export interface RerunWindow {
  start?: string;
  end?: string;
}

type DatesClause = Extract<Clause, { kind: 'dates' }>;

function firstDates(tokens: readonly Token[], from: number, today: string): DatesClause | undefined {
  for (let index = from; index < tokens.length; index++) {
    const dates = recognizeDates(tokens, index, { today, shouting: false })?.clauses.find((clause) => clause.kind === 'dates');
    if (dates?.kind === 'dates') return dates;
  }
  return undefined;
}

function windowOf(dates: DatesClause): RerunWindow {
  return { ...(dates.start ? { start: dates.start } : {}), ...(dates.end ? { end: dates.end } : {}) };
}

/** The first dated window in `tokens` from `from` on, else undefined. */
export function datedWindowFrom(tokens: readonly Token[], from: number, today: string): RerunWindow | undefined {
  const dates = firstDates(tokens, from, today);
  return dates && windowOf(dates);
}

/**
 * The window of a follow-up to a re-run: one edge written ("end it mid-2023", "start it in 2020")
 * keeps the re-run's other edge, as a follow-up to a request keeps its window's.
 */
export function editedWindow(asked: RerunWindow, tokens: readonly Token[], today: string): RerunWindow | undefined {
  const dates = firstDates(tokens, 0, today);
  if (!dates) return undefined;
  const window = windowOf(dates);
  const keepsEnd = asked.end !== undefined && (window.end === undefined || (dates.openEnd === true && window.start !== undefined && window.start <= asked.end));
  const keepsStart = asked.start !== undefined && window.start === undefined && (window.end === undefined || asked.start <= window.end);
  return { ...(keepsStart ? { start: asked.start } : {}), ...window, ...(keepsEnd ? { end: asked.end } : {}) };
}
