/**
 * The dated window a re-run runs over: "rerun 7 for 2022", and after it "and now for 2023" or
 * "actually do q3 2024 instead", which re-run the same experiment over the new window.
 */
import type { Token } from '../tokenizer.js';
import { recognizeDates } from './dates.js';

export interface RerunWindow {
  start?: string;
  end?: string;
}

/** The first dated window in `tokens` from `from` on, else undefined. */
export function datedWindowFrom(tokens: readonly Token[], from: number, today: string): RerunWindow | undefined {
  for (let index = from; index < tokens.length; index++) {
    const dates = recognizeDates(tokens, index, { today, shouting: false })?.clauses.find((clause) => clause.kind === 'dates');
    if (dates?.kind === 'dates') return { ...(dates.start ? { start: dates.start } : {}), ...(dates.end ? { end: dates.end } : {}) };
  }
  return undefined;
}
