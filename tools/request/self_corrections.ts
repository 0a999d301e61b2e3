import type { Clause, Recognizer } from './clauses.js';
import type { PlacedClause } from './read_clauses.js';
import type { Token } from './tokenizer.js';
import { isPunct, isWord, matchLongest, phrases, writtenText } from './token_matchers.js';

/**
 * "make it 2024, sorry, no, keep 2023", "std dev 2.5 — no wait, 3", "from 2019, I mean 2020": the
 * user takes back what they just wrote. A correction marker is read as a `correction` clause; after
 * the message is read, `settleSelfCorrections` lets what follows a marker replace the nearest thing
 * of the same kind before it. With nothing of the same kind on both sides a marker changes nothing,
 * so "no" in "no fees" or "I mean it" is never a correction on its own.
 */

/** Words that take back what came before wherever they stand. */
const MARKERS = phrases('sorry', 'oops', 'whoops', 'nope', 'scratch that', 'i mean', 'i meant', 'or rather', 'no wait', 'wait no', 'no no',
  'my bad', 'my mistake');
/**
 * Words that are a correction only beside a marker or before a comma or dash: "2024, no, 2023",
 * "2024 — wait, 2023" ("no fees" is no correction). Hesitations ("um", "err") correct nothing.
 */
const WEAK_MARKERS = phrases('no', 'wait',
  // "my bad, meant QQQ": "meant" after a marker, without the "I".
  'meant');

function isPause(token: Token | undefined): boolean {
  return isPunct(token, ',', '-', ':');
}

/** One marker and the commas or dashes after it; a weak word counts only with a pause after it ("no," but not "no fees"). */
function readMarker(tokens: readonly Token[], at: number): { end: number; strong: boolean } | undefined {
  const strong = matchLongest(tokens, at, MARKERS);
  const found = strong ?? matchLongest(tokens, at, WEAK_MARKERS);
  if (!found) return undefined;
  let end = found.end;
  while (isPause(tokens[end])) end++;
  return { end, strong: strong !== undefined || end > found.end };
}

/** A run of markers at `index`: "sorry, no,", "no wait,", "sorry no"; the index past it. */
export function readMarkers(tokens: readonly Token[], index: number): number | undefined {
  let end: number | undefined;
  for (let marker = readMarker(tokens, index); marker && (marker.strong || end !== undefined); marker = readMarker(tokens, marker.end)) end = marker.end;
  return end;
}

/** After a marker these take away or add rather than replace: "2020-2022, no, not 2021", "sorry, also 2023". */
const NOT_REPLACING = ['not', 'except', 'excluding', 'without', 'minus', 'but', 'also', 'add', 'plus', 'and'];

/**
 * A marker between two things: one at the end of a message ("sorry, no") corrects nothing and stays
 * unread, and so does one before words that take away or add. One opening a message ("my bad, meant
 * QQQ") takes back the message before: what follows it replaces what it names, as any follow-up's
 * words do, so the marker is read and adds nothing.
 */
export const recognizeCorrection: Recognizer = (tokens, index) => {
  const end = readMarkers(tokens, index);
  if (end === undefined || end >= tokens.length || isWord(tokens[end], ...NOT_REPLACING)) return undefined;
  return { end, clauses: index === 0 ? [] : [{ kind: 'correction', written: writtenText(tokens.slice(index, end)) }] };
};

/**
 * One kind of thing a correction can replace. `corrects`: given a clause before a marker and one
 * after it, the clause that stands for both when the later corrects the earlier, else undefined.
 * `describe`: the clause as the note about the correction names it.
 */
export interface CorrectionRule {
  corrects(earlier: Clause, later: Clause): Clause | undefined;
  describe(clause: Clause): string;
  /** Whether `clause` names again what was taken back, as the reason for taking it back ("2015 was a weird year"). */
  restates?(takenBack: Clause, clause: Clause): boolean;
}

type DatesClause = Extract<Clause, { kind: 'dates' }>;

function datesClause(start: string | undefined, end: string | undefined, openEnd: boolean | undefined, edge?: 'start' | 'end'): DatesClause {
  return { kind: 'dates', ...(start === undefined ? {} : { start }), ...(end === undefined ? {} : { end }), ...(openEnd ? { openEnd } : {}), ...(edge ? { edge } : {}) };
}

/** A window written after a marker takes the role of what it corrects: "starting 2019 — sorry, 2020" starts in 2020. */
function correctWithWindow(earlier: DatesClause, later: DatesClause): DatesClause {
  if (earlier.edge === 'start') return datesClause(later.start, earlier.end, earlier.openEnd, 'start');
  if (earlier.edge === 'end') return datesClause(earlier.start, later.end, undefined, 'end');
  return later;
}

/** One edge written after a marker replaces that edge: "from 2019 to 2021, sorry, from 2020" is 2020 to 2021. */
function correctEdge(earlier: DatesClause, later: DatesClause): DatesClause | undefined {
  // "until 2022, sorry, from 2020" adds an edge rather than correcting one: both stand.
  if (earlier.edge !== undefined && earlier.edge !== later.edge) return undefined;
  if (earlier.edge === later.edge) return later;
  if (later.edge === 'end') return datesClause(earlier.start, later.end, undefined);
  // "from 2020" runs to today only when no end was written before it; "since 2020" always does.
  const keepsEnd = later.openEnd === true || later.end === undefined;
  return datesClause(later.start, keepsEnd ? earlier.end : later.end, undefined);
}

export const DATES_CORRECTION: CorrectionRule = {
  corrects(earlier, later) {
    if (earlier.kind !== 'dates' || later.kind !== 'dates') return undefined;
    return later.edge === undefined ? correctWithWindow(earlier, later) : correctEdge(earlier, later);
  },
  restates(takenBack, clause) {
    if (takenBack.kind !== 'dates' || clause.kind !== 'dates' || clause.edge !== undefined) return false;
    if (takenBack.edge === 'start') return clause.start === takenBack.start;
    if (takenBack.edge === 'end') return clause.end === takenBack.end;
    return clause.start === takenBack.start && clause.end === takenBack.end;
  },
  describe(clause) {
    if (clause.kind !== 'dates') return clause.kind;
    if (clause.edge === 'start' && clause.openEnd) return `from ${clause.start}`;
    return `${clause.start ?? 'the start'} to ${clause.end ?? 'the end'}`;
  },
};

/** Every kind of thing a correction replaces; add a rule here for more (parameters, symbols). */
const RULES: readonly CorrectionRule[] = [DATES_CORRECTION];

interface Correction {
  earlier: PlacedClause;
  later: PlacedClause;
  merged: Clause;
  rule: CorrectionRule;
}

/** The first clause after the marker that corrects one before it (the nearest such), and how. */
function findCorrection(before: readonly PlacedClause[], after: readonly PlacedClause[], rules: readonly CorrectionRule[]): Correction | undefined {
  for (const later of after) {
    for (const earlier of [...before].reverse()) {
      for (const rule of rules) {
        const merged = rule.corrects(earlier.clause, later.clause);
        if (merged) return { earlier, later, merged, rule };
      }
    }
  }
  return undefined;
}

/**
 * "from 2015 — no wait, from 2016, 2015 was a weird year — until 2020": what was taken back, named
 * again after the correction in its sentence, is the reason for it, not one more thing asked for.
 */
function isReasonFor(correction: Correction, item: PlacedClause): boolean {
  return item.position > correction.later.position && item.sentence === correction.later.sentence
    && correction.rule.restates?.(correction.earlier.clause, item.clause) === true;
}

/**
 * Applies each correction marker of a message: the nearest clause before it that something after
 * it corrects is dropped, the later clause stands for both, and a note says so. A marker that
 * corrects nothing says that too, as both sides were kept.
 */
export function settleSelfCorrections(placed: readonly PlacedClause[], rules: readonly CorrectionRule[] = RULES): PlacedClause[] {
  let result = [...placed];
  const markers = placed.filter(({ clause }) => clause.kind === 'correction');
  markers.forEach((marker, which) => {
    const next = markers[which + 1]?.position ?? Infinity;
    const before = result.filter((item) => item.position < marker.position && item.clause.kind !== 'correction');
    const after = result.filter((item) => item.position > marker.position && item.position < next);
    const found = findCorrection(before, after, rules);
    if (marker.clause.kind !== 'correction') return;
    if (!found) {
      const kept = `'${marker.clause.written}' reads as a correction, but nothing after it replaces anything before it, so both were kept`;
      result = result.map((item) => (item === marker ? { ...item, clause: { kind: 'note', text: kept } } : item));
      return;
    }
    const text = `read '${marker.clause.written}' as a correction: ${found.rule.describe(found.merged)} in place of ${found.rule.describe(found.earlier.clause)}`;
    const reasons = after.filter((item) => isReasonFor(found, item));
    result = result.flatMap((item) => {
      if (item === found.earlier) return [];
      if (item === marker) return [{ ...item, clause: { kind: 'note', text } }];
      if (reasons.includes(item)) return [{ ...item, clause: { kind: 'note', text: `read ${found.rule.describe(item.clause)} after the correction as the reason for it, not as another period` } }];
      return [item === found.later ? { ...item, clause: found.merged } : item];
    });
  });
  return result.filter(({ clause }) => clause.kind !== 'correction');
}
