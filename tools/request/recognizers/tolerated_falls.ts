import type { Recognizer, RecognizerMatch } from '../clauses.js';
import { FALLS } from '../metric_vocabulary.js';
import type { Token } from '../tokenizer.js';
import { isNumber, isPunct, isWord, matchLongest, percentSignEnd, phrases, roundClean, skipWords } from '../token_matchers.js';
import { readLossExit } from './loss_exits.js';
import { DREAD_LEADS, DREADING } from './targets.js';
import { readFractionWords } from './written_shares.js';

/**
 * A fall the user says they can bear is the deepest drawdown they accept: "i can live with a 25% dip
 * max", "i can stomach 20% down", "a 30% dip is the most i'd sit through" all read max_drawdown >= -x.
 * Only the user's own tolerance makes a fall a limit; "buy a 5% dip" stays a price move.
 */
const BEARING_VERBS = ['sit|ride through|thru|out', 'accept|stomach|tolerate|take|handle|bear|endure|swallow', 'live with'];
const BEARING_LEADS = phrases(...BEARING_VERBS.flatMap((verb) => [`i|we can|could ${verb}`, `i'd|i'll|we'd|we'll ${verb}`, `i|we would|will ${verb}`]),
  "i'm|im|we're ok|okay|fine|comfortable with", 'i|we am|are ok|okay|fine|comfortable with');
/** A fall of the account, past its size: "a 25% dip", "20% down", "a 30% drop from the top", "a 20% hole", "25% underwater". */
const FALL_WORDS = [...FALLS, ...phrases('down', 'drawdown|drawdowns', 'draw down', 'hole', 'underwater', 'under water', 'in the hole|red')];
/** After the fall, words that say it is the most: "a 25% dip max", "20% down at most", "a 15% drop tops". */
const MOST_AFTER = phrases('max|maximum|tops', 'at most', 'at the most', 'at max|maximum', 'or less', 'and|but no|not more', ', no|not more', 'no|not more', ', nothing more', 'and|but nothing more', 'nothing more');
/** "a 30% dip is the most i'd sit through", "20% down is my max", "a quarter down is my limit". */
const MOST_COPULAS = phrases('is the most|max|maximum|limit', 'would|will be the most|max|maximum|limit', 'is about|roughly the most|max|maximum|limit',
  'is my|our max|maximum|limit', 'is about|roughly my|our max|maximum|limit', 'is all');
const BEARING_TAILS = phrases(...BEARING_VERBS.flatMap((verb) => [`i|we can|could|would|will ${verb}`, `i'd|i'll|we'd|we'll ${verb}`]),
  "i'm|im|we're ok|okay|fine|comfortable with");

function percentAt(tokens: readonly Token[], index: number): { fraction: number; end: number } | undefined {
  const written = readFractionWords(tokens, index);
  if (written) return { fraction: written.percent / 100, end: written.end };
  const signEnd = isNumber(tokens[index]) ? percentSignEnd(tokens, index + 1) : undefined;
  return signEnd === undefined ? undefined : { fraction: tokens[index]!.value / 100, end: signEnd };
}

/** A sized fall: "a 25% dip", "20% down", "a quarter off". */
function sizedFall(tokens: readonly Token[], index: number): { fraction: number; end: number } | undefined {
  // "a quarter" is a fraction of its own; "a 25% dip" has its article before the size.
  const size = percentAt(tokens, index) ?? percentAt(tokens, skipWords(tokens, index, new Set(['a', 'an'])));
  const fall = size && matchLongest(tokens, size.end, FALL_WORDS);
  return fall && size.fraction > 0 && size.fraction < 1 ? { fraction: size.fraction, end: fall.end } : undefined;
}

function drawdownLimit(fraction: number, end: number): RecognizerMatch {
  return { end, clauses: [{ kind: 'target', metric: 'max_drawdown', operator: '>=', value: roundClean(-fraction) }] };
}

/** Hedges between the verb and the size: "i can stomach maybe 25%", "i could take about 20% down". */
const HEDGES: ReadonlySet<string> = new Set(['maybe', 'perhaps', 'about', 'around', 'roughly', 'like', 'probably', 'possibly']);

/**
 * A size with no fall word, borne and capped: "i can stomach maybe 25%, not more". The verb of
 * bearing says it is a loss and the cap says it is the most; without the cap ("i can take 25%")
 * the size could be anything, so it stays unread.
 */
function cappedBareSize(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const size = percentAt(tokens, index);
  const cap = size && size.fraction > 0 && size.fraction < 1 ? matchLongest(tokens, size.end, MOST_AFTER) : undefined;
  return cap && drawdownLimit(size!.fraction, cap.end);
}

/** "i can live with a 25% dip max", "i can stomach 20% down", "i can stomach maybe 25%, not more". */
function bearingFirst(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const lead = matchLongest(tokens, index, BEARING_LEADS);
  if (!lead) return undefined;
  const sizeAt = skipWords(tokens, lead.end, HEDGES);
  const fall = sizedFall(tokens, sizeAt);
  if (!fall) return cappedBareSize(tokens, sizeAt);
  return drawdownLimit(fall.fraction, matchLongest(tokens, fall.end, MOST_AFTER)?.end ?? fall.end);
}

/** "a 30% dip is the most i'd sit through", "20% down is my max". */
function fallFirst(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const fall = sizedFall(tokens, index);
  const copula = fall && matchLongest(tokens, fall.end, MOST_COPULAS);
  if (!copula) return undefined;
  return drawdownLimit(fall.fraction, matchLongest(tokens, copula.end, BEARING_TAILS)?.end ?? copula.end);
}

/**
 * What the writer does past a fall: they leave ("and I'm out", "I bail") or it ruins them ("would end
 * me"). Said of the writer and no trade, the fall is the deepest the account may take; a trade's own
 * fall with an exit ("if a position drops 8% just dump it") is a stop (position_exits.ts).
 */
const WALK_AWAY = phrases("i'm|im|we're out|done|gone", 'i|we bail|quit|walk|leave|fold', "i'd|i'll|we'd|we'll|id|ill bail|quit|walk|leave|fold|panic|capitulate",
  'i|we would|will bail|quit|walk|leave|fold|panic|capitulate', "i'd|i'll|id|ill|i|we sell|dump everything|it|out", "i'd|i'll|id|ill|i|we get|pull out", "i'd|i'll|id|ill|i|we would|will sell|dump everything",
  'would|will|could end|kill|ruin|break|finish|destroy|wreck me|us', 'ends|kills|ruins|breaks|finishes|destroys|wrecks me|us', "i'd|i'll|id|ill|i would|will lose it", 'i|we am|are out');
/** Before the fall, words saying any fall past it: "anything past a 20% hole", "more than a 20% drop". */
const PAST_A_SIZE = phrases('anything|any|something past|beyond|over|deeper|bigger|worse|more', 'anything|any|something deeper|bigger|worse|more than', 'past|beyond|over', 'more|deeper|bigger|worse than');
const LINKS: ReadonlySet<string> = new Set(['and', 'then', 'so', 'honestly', 'basically', 'just']);
/** Only the writer's own account falls in a dreaded condition: "if I'm ever 25% underwater I bail". */
const WRITER_STATES = phrases("if|once|when i'm|im|we're", 'if|once|when i|we am|are|get|go|end up', 'if|once|when my|our account|portfolio|money|balance|capital is|gets|goes');
const EVER: ReadonlySet<string> = new Set(['ever', 'really', 'already']);

function walkAwayAfter(tokens: readonly Token[], index: number): number | undefined {
  let at = index;
  while (at < index + 3 && (isPunct(tokens[at], ',', '-', ':') || LINKS.has(tokens[at]?.norm ?? ''))) at++;
  return matchLongest(tokens, at, WALK_AWAY)?.end ?? feelingAfter(tokens, at);
}

/** Words saying the feeling is one the writer would have, not one they had: "would", "I'd". */
const WOULD: ReadonlySet<string> = new Set(["i'd", "i'll", 'id', 'ill', "we'd", "we'll", 'would', 'will']);

/**
 * A feeling the writer would have: "would make me physically sick", "I'd honestly lose sleep", "makes
 * me panic". Only a feeling to come is a limit; "a 15% drop in 2022, I panicked" is a story.
 */
function feelingAfter(tokens: readonly Token[], index: number): number | undefined {
  const feelingAt = skipWords(tokens, index, DREADING);
  const feeling = matchLongest(tokens, feelingAt, DREAD_LEADS);
  if (!feeling || isPastFeeling(tokens[feelingAt])) return undefined;
  const wouldBeFelt = tokens.slice(index, feelingAt).some((token) => WOULD.has(token.norm)) || isWord(tokens[feelingAt], 'make', 'makes');
  return wouldBeFelt ? feeling.end : undefined;
}

function isPastFeeling(token: Token | undefined): boolean {
  return token?.norm.endsWith('ed') ?? false;
}

/** A comparison that says depth, so a bare size after it is a fall: "anything deeper than 25%". */
const DEPTH_WORDS: ReadonlySet<string> = new Set(['deeper', 'worse']);

/** "past a 20% hole", "anything deeper than a 25% drop", "anything worse than 30%": any fall beyond a size. */
function fallPastASize(tokens: readonly Token[], index: number): { fraction: number; end: number } | undefined {
  const lead = matchLongest(tokens, index, PAST_A_SIZE);
  if (!lead) return undefined;
  const fall = sizedFall(tokens, lead.end);
  if (fall || !tokens.slice(index, lead.end).some((token) => DEPTH_WORDS.has(token.norm))) return fall;
  const size = percentAt(tokens, lead.end);
  return size && size.fraction > 0 && size.fraction < 1 ? size : undefined;
}

/** "anything past a 20% hole and I'm out", "a 30% dip would end me", "anything deeper than a 25% hole would make me sick". */
function fallThenWalkAway(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const fall = fallPastASize(tokens, index) ?? sizedFall(tokens, index);
  const end = fall && walkAwayAfter(tokens, fall.end);
  return end === undefined ? undefined : drawdownLimit(fall!.fraction, end);
}

/** A refusal to bear, said as a feeling: "I can't handle", "we couldn't stomach". */
const REFUSED_BEARING = phrases(...BEARING_VERBS.map((verb) => `can't|cant|cannot|couldn't ${verb}`));
/** Between a feeling and the fall it is about: "I'd freak out at anything past 20%". */
const FEELING_OBJECTS: ReadonlySet<string> = new Set(['at', 'with', 'about', 'by']);

/** "I'd lose sleep past a 15% drop", "I can't handle anything deeper than 20%": a feeling, then any fall past a size. */
function feelingPastAFall(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const feelingAt = skipWords(tokens, index, DREADING);
  const feeling = matchLongest(tokens, feelingAt, DREAD_LEADS) ?? matchLongest(tokens, feelingAt, REFUSED_BEARING);
  if (!feeling || isPastFeeling(tokens[feelingAt])) return undefined;
  const fall = fallPastASize(tokens, feeling.end) ?? fallPastASize(tokens, skipWords(tokens, feeling.end, FEELING_OBJECTS));
  return fall && drawdownLimit(fall.fraction, fall.end);
}

/** "if I'm ever 25% underwater", "once my account is down 30%": the writer's own account down by a size. */
function writerDown(tokens: readonly Token[], index: number): { fraction: number; end: number } | undefined {
  const state = matchLongest(tokens, index, WRITER_STATES);
  if (!state) return undefined;
  const sizeAt = skipWords(tokens, state.end, EVER);
  // "if I'm ever down 25%": the direction may come before the size.
  return sizedFall(tokens, sizeAt) ?? (isWord(tokens[sizeAt], 'down') ? percentAt(tokens, sizeAt + 1) : undefined);
}

/** "if I'm ever 25% underwater I bail", "once my account is down 30%, I'm done". */
function writerDownThenWalkAway(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const fall = writerDown(tokens, index);
  const end = fall && walkAwayAfter(tokens, fall.end);
  return end === undefined ? undefined : drawdownLimit(fall!.fraction, end);
}

/** "I bail if I'm ever 25% underwater", "I'm done once my account is 30% in the red". */
function walkAwayThenWriterDown(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const walk = matchLongest(tokens, index, WALK_AWAY);
  const fall = walk && writerDown(tokens, walk.end);
  return fall && drawdownLimit(fall.fraction, fall.end);
}

// "a 10% loss and I'm out", "if I'm down 8% I get out": a trade's stop told as an outcome (loss_exits.ts), refused there, never a limit here.
export const recognizeToleratedFall: Recognizer = (tokens, index) => readLossExit(tokens, index) ? undefined : bearingFirst(tokens, index) ?? fallFirst(tokens, index) ?? fallThenWalkAway(tokens, index) ?? writerDownThenWalkAway(tokens, index)
  ?? walkAwayThenWriterDown(tokens, index) ?? feelingPastAFall(tokens, index);
