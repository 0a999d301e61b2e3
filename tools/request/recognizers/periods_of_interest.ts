import type { Token } from '../tokenizer.js';
import { isPunct, isWord, matchLongest, phrases } from '../token_matchers.js';
import { clauseAround } from './life_clauses.js';

/** Words singling a period out of the run: "especially 2020", "mostly curious how bad 2008 looked". */
const EMPHASIS: ReadonlySet<string> = new Set(['especially', 'particularly', 'notably', 'mostly', 'mainly', 'primarily', 'chiefly', 'specifically']);
/** After "how", words for getting through a bad time: "how it handled the 2022 crash", "how bad 2008 was". */
const WEATHERING: ReadonlySet<string> = new Set(['handled', 'handle', 'handles', 'weathered', 'weather', 'survived', 'survive', 'coped', 'cope',
  'bad', 'badly', 'rough', 'ugly', 'painful', 'hard', 'hit']);

/** Said in the clause after a period, asking that it stay in the run: "…in late 2022, leave it in". */
const KEPT_IN = phrases('leave|keep it|that|this|them in', 'leave|keep it|that|this|them in there');

/**
 * "I know about the FTX weirdness in late 2022, leave it in", "I know 2020 was a mess, keep it in":
 * the clause after the period's own keeps in the run a part the writer knows is odd.
 */
export function isKeptInRun(tokens: readonly Token[], end: number): boolean {
  const sentence = tokens[end - 1]!.sentence;
  let at = end;
  while (tokens[at]?.sentence === sentence && !isPunct(tokens[at], ',', ';', '-', ':')) at++;
  const kept = tokens[at]?.sentence === sentence ? matchLongest(tokens, at + 1, KEPT_IN) : undefined;
  if (!kept) return false;
  // "for 2019, keep it in 2023" moves the window: the words must end their clause.
  const next = tokens[kept.end];
  return next === undefined || isPunct(next) || isWord(next, 'please', 'pls', 'too', 'though');
}

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
