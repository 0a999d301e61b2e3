import type { Recognizer } from './clauses.js';
import type { CorrectionRule } from './correction_rule.js';
import { SETTINGS_CORRECTION } from './corrected_settings.js';
import { DATES_CORRECTION } from './date_corrections.js';
import { PARAMETERS_CORRECTION } from './parameter_corrections.js';
import { STRATEGY_CORRECTION } from './strategy_corrections.js';
import { SYMBOLS_CORRECTION } from './symbol_corrections.js';
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
const MARKERS = phrases('sorry', 'oops', 'whoops', 'nope', 'nah', 'scratch that', 'scrap that', 'i mean', 'i meant', 'i meant|mean to say|write|type', 'or rather', 'no wait', 'wait no', 'no no',
  'my bad', 'my mistake');
/**
 * Words that are a correction only beside a marker or before a comma or dash: "2024, no, 2023",
 * "2024 — wait, 2023" ("no fees" is no correction). Hesitations ("um", "err") correct nothing.
 */
const WEAK_MARKERS = phrases('no', 'wait',
  // "my bad, meant QQQ": "meant" after a marker, without the "I".
  'meant');

/**
 * "sma 20/50 on btc, actually 10/30", "slippage 5bps, make that 8": a correction after a pause or
 * before one ("I'd actually like…" is none; "make that 70/30 instead" opening a follow-up is an edit).
 */
const PAUSED_MARKERS = phrases('actually', 'make that');

function isPause(token: Token | undefined): boolean {
  return isPunct(token, ',', '-', ':');
}

/** One marker and the commas or dashes after it; a weak word counts only with a pause after it ("no," but not "no fees"). */
function readMarker(tokens: readonly Token[], at: number): { end: number; strong: boolean } | undefined {
  const strong = matchLongest(tokens, at, MARKERS);
  const paused = strong ? undefined : matchLongest(tokens, at, PAUSED_MARKERS);
  const found = strong ?? paused ?? matchLongest(tokens, at, WEAK_MARKERS);
  if (!found) return undefined;
  let end = found.end;
  while (isPause(tokens[end])) end++;
  const afterPause = paused !== undefined && isPunct(tokens[at - 1], ',', '-', ':', ';', '.', '..');
  return { end, strong: strong !== undefined || end > found.end || afterPause };
}

/** A run of markers at `index`: "sorry, no,", "no wait,", "sorry no"; the index past it. */
export function readMarkers(tokens: readonly Token[], index: number): number | undefined {
  let end: number | undefined;
  for (let marker = readMarker(tokens, index); marker && (marker.strong || end !== undefined); marker = readMarker(tokens, marker.end)) end = marker.end;
  return end;
}

const LONGEST_MARKER_RUN = 8;

/** Where the correction markers ending exactly at `index` start, if any do. */
export function markersEndingAt(tokens: readonly Token[], index: number): number | undefined {
  for (let start = Math.max(0, index - LONGEST_MARKER_RUN); start < index; start++) {
    if (readMarkers(tokens, start) === index) return start;
  }
  return undefined;
}

/** After a marker these take away or add rather than replace: "2020-2022, no, not 2021", "sorry, also 2023". */
const NOT_REPLACING = ['not', 'except', 'excluding', 'without', 'minus', 'but', 'also', 'add', 'plus', 'and'];
/** Right after a marker, with no pause, these make it an apology: "sorry for the long message", "sorry if this is basic". */
const APOLOGY_WORDS = ['for', 'about', 'if', 'to', 'that', 'again'];

/**
 * A marker between two things: one at the end of a message ("sorry, no") corrects nothing and stays
 * unread, and so does one before words that take away or add. One opening a message ("my bad, meant
 * QQQ") takes back the message before: what follows it replaces what it names, as any follow-up's
 * words do, so the marker is read and adds nothing; so is an apology ("sorry for my english").
 */
export const recognizeCorrection: Recognizer = (tokens, index) => {
  const end = readMarkers(tokens, index);
  if (end === undefined || end >= tokens.length || isWord(tokens[end], ...NOT_REPLACING)) return undefined;
  const apology = !isPause(tokens[end - 1]) && isWord(tokens[end], ...APOLOGY_WORDS);
  return { end, clauses: index === 0 || apology ? [] : [{ kind: 'correction', written: writtenText(tokens.slice(index, end)) }] };
};

/** Every kind of thing a correction replaces, each on its own: "btc 2021, sorry, eth 2022" corrects both. */
const RULES: readonly CorrectionRule[] = [DATES_CORRECTION, SYMBOLS_CORRECTION, STRATEGY_CORRECTION, PARAMETERS_CORRECTION, SETTINGS_CORRECTION];

/**
 * Applies each correction marker of a message: what each rule finds corrected is taken back, the
 * clauses standing for it are rewritten, and a note says so. A marker that corrects nothing says
 * that too, as both sides were kept.
 */
export function settleSelfCorrections(placed: readonly PlacedClause[], rules: readonly CorrectionRule[] = RULES): PlacedClause[] {
  let result = [...placed];
  const markers = placed.filter(({ clause }) => clause.kind === 'correction');
  markers.forEach((marker, which) => {
    if (marker.clause.kind !== 'correction') return;
    const next = markers[which + 1]?.position ?? Infinity;
    const before = result.filter((item) => item.position < marker.position && item.clause.kind !== 'correction');
    const after = result.filter((item) => item.position > marker.position && item.position < next);
    const corrections = rules.flatMap((rule) => rule.correct(before, after) ?? []);
    const text = corrections.length > 0
      ? `read '${marker.clause.written}' as a correction: ${corrections.map((correction) => correction.description).join('; ')}`
      : `'${marker.clause.written}' reads as a correction, but nothing after it replaces anything before it, so both were kept`;
    const takenBack = new Set(corrections.flatMap((correction) => correction.takenBack));
    const rewritten = new Map(corrections.flatMap((correction) => [...correction.rewritten]));
    result = result.flatMap((item) => {
      if (takenBack.has(item)) return [];
      if (item === marker) return [{ ...item, clause: { kind: 'note', text } }];
      const clause = rewritten.get(item);
      return [clause ? { ...item, clause } : item];
    });
  });
  // A value that corrected nothing reads as it would without the marker.
  return result.filter(({ clause }) => clause.kind !== 'correction')
    .flatMap((item) => (item.clause.kind === 'corrected_value' ? item.clause.otherwise.map((clause) => ({ ...item, clause })) : [item]));
}
