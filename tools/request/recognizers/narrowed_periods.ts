import type { Clause, Recognizer, RecognizerContext } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isPunct, isWord, matchLongest, phrases, writtenText } from '../token_matchers.js';
import { recognizeDates } from './dates.js';

type WholeDates = Extract<Clause, { kind: 'dates' }> & { start: string; end: string };

/** Words that say the range after them is the part of the period before it that is meant: "in 2022 — specifically march to june". */
const NARROWING_WORDS = phrases('specifically', 'namely', 'precisely', 'exactly', 'i . e .', 'i . e', 'ie', 'that is', "that's", 'i mean', 'meaning',
  'basically', 'just', 'only', 'more specifically', 'to be precise|exact|specific');
/** A pause before the narrower range: "2021, jan to may", "2022 — march to june", "2020: feb-apr", "2020 (feb-apr 2020)". */
const PAUSES = [',', '-', ':', '('];
/** "i.e. the covid months feb-apr 2020": a name for the narrower range, said before it. */
const DESCRIBED = ['months', 'weeks', 'days', 'period', 'stretch', 'part', 'phase', 'bit', 'window', 'leg'];

/** A whole window (both ends, no open end, not one edge) and nothing else, which a narrower range may lie in. */
export function wholeDates(tokens: readonly Token[], index: number, context: RecognizerContext): { dates: WholeDates; end: number } | undefined {
  const match = recognizeDates(tokens, index, context);
  const clause = match?.clauses.length === 1 ? match.clauses[0] : undefined;
  if (clause?.kind !== 'dates' || clause.start === undefined || clause.end === undefined || clause.openEnd || clause.edge || clause.context !== undefined) return undefined;
  return { dates: { ...clause, start: clause.start, end: clause.end }, end: match!.end };
}

/** Past a pause and narrowing words ("— specifically", ", i.e.", ": namely,"); whether a narrowing word was among them, and a bracket opened. */
export function pastNarrowingLink(tokens: readonly Token[], index: number): { end: number; worded: boolean; bracket: boolean } | undefined {
  let at = index;
  while (at < index + 2 && PAUSES.some((pause) => isPunct(tokens[at], pause))) at++;
  const bracket = tokens.slice(index, at).some((token) => isPunct(token, '('));
  const word = matchLongest(tokens, at, NARROWING_WORDS);
  if (!word && at === index) return undefined;
  const end = word && isPunct(tokens[word.end], ',', ':') ? word.end + 1 : word?.end ?? at;
  return { end, worded: word !== undefined, bracket };
}

/** Past "the covid months", "the pump phase": "the", at most two words, and a noun of a stretch of time. */
function pastDescription(tokens: readonly Token[], index: number): number {
  if (!isWord(tokens[index], 'the')) return index;
  for (let at = index + 1; at <= index + 3; at++) {
    if (!isWord(tokens[at])) return index;
    if (isWord(tokens[at], ...DESCRIBED)) return at + 1;
  }
  return index;
}

/**
 * "for 2021, jan to may 2021", "in 2022 — specifically march to june 2022", "2020, i.e. the covid months
 * feb-apr 2020": a period, then a narrower range inside it said right after to explain it, is that
 * range, with a note (it was refused as two periods). After a bare pause the period must be one
 * calendar year's or part of one; two periods that do not nest, or joined by "and", "vs", "then",
 * stay two, refused as several (several_periods.ts).
 */
export const recognizeNarrowedPeriod: Recognizer = (tokens, index, context) => {
  const outer = wholeDates(tokens, index, context);
  const link = outer && pastNarrowingLink(tokens, outer.end);
  if (!outer || !link) return undefined;
  const inner = wholeDates(tokens, pastDescription(tokens, link.end), context);
  if (!inner) return undefined;
  const { dates } = inner;
  const nested = outer.dates.start <= dates.start && dates.end <= outer.dates.end && (outer.dates.start < dates.start || dates.end < outer.dates.end);
  const oneYear = outer.dates.start.slice(0, 4) === outer.dates.end.slice(0, 4);
  if (!nested || (!link.worded && !oneYear)) return undefined;
  const end = link.bracket && isPunct(tokens[inner.end], ')') ? inner.end + 1 : inner.end;
  const written = writtenText(tokens.slice(index, outer.end));
  return { end, clauses: [dates, { kind: 'note', text: `read '${written}' as the period the range after it narrows: ${dates.start} to ${dates.end}` }] };
};
