import type { Token } from '../tokenizer.js';
import { isWord } from '../token_matchers.js';
import { clauseAround } from './life_clauses.js';

/** Words singling a period out of the run: "especially 2020", "mostly curious how bad 2008 looked". */
const EMPHASIS: ReadonlySet<string> = new Set(['especially', 'particularly', 'notably', 'mostly', 'mainly', 'primarily', 'chiefly', 'specifically']);
/** After "how", words for getting through a bad time: "how it handled the 2022 crash", "how bad 2008 was". */
const WEATHERING: ReadonlySet<string> = new Set(['handled', 'handle', 'handles', 'weathered', 'weather', 'survived', 'survive', 'coped', 'cope',
  'bad', 'badly', 'rough', 'ugly', 'painful', 'hard', 'hit']);

/**
 * "…did from 2008 through 2018? Mostly curious how bad 2008 looked.", "from 2015 to 2023, especially
 * 2020", "I want to see how it handled the 2022 crash", "particularly March 2020", "2020 in
 * particular": a period singled out as what the writer wants to look at within the run, not a
 * second run; background_periods.ts sets it aside only when it lies inside the one window asked for.
 */
export function isPeriodOfInterest(tokens: readonly Token[], start: number, end: number): boolean {
  const clause = clauseAround(tokens, start, end);
  if (isWord(tokens[end], 'in') && isWord(tokens[end + 1], 'particular')) return true;
  return clause.some((at) => at < start && (isWord(tokens[at]) && EMPHASIS.has(tokens[at]!.norm)
    || (isWord(tokens[at], 'how') && clause.some((next) => next > at && next < start && isWord(tokens[next]) && WEATHERING.has(tokens[next]!.norm)))));
}
