import type { Recognizer, RecognizerMatch } from '../clauses.js';
import { FALLS } from '../metric_vocabulary.js';
import type { Token } from '../tokenizer.js';
import { isNumber, matchLongest, percentSignEnd, phrases, roundClean, skipWords } from '../token_matchers.js';
import { readFractionWords } from './written_shares.js';

/**
 * A fall the user says they can bear is the deepest drawdown they accept: "i can live with a 25% dip
 * max", "i can stomach 20% down", "a 30% dip is the most i'd sit through" all read max_drawdown >= -x.
 * Only the user's own tolerance makes a fall a limit; "buy a 5% dip" stays a price move.
 */
const BEARING_VERBS = ['sit|ride through|thru|out', 'accept|stomach|tolerate|take|handle|bear|endure|swallow', 'live with'];
const BEARING_LEADS = phrases(...BEARING_VERBS.flatMap((verb) => [`i|we can|could ${verb}`, `i'd|i'll|we'd|we'll ${verb}`, `i|we would|will ${verb}`]),
  "i'm|im|we're ok|okay|fine|comfortable with", 'i|we am|are ok|okay|fine|comfortable with');
/** A fall of the account, past its size: "a 25% dip", "20% down", "a 30% drop from the top". */
const FALL_WORDS = [...FALLS, ...phrases('down', 'drawdown|drawdowns', 'draw down')];
/** After the fall, words that say it is the most: "a 25% dip max", "20% down at most", "a 15% drop tops". */
const MOST_AFTER = phrases('max|maximum|tops', 'at most', 'at the most', 'at max|maximum', 'or less', 'and no more', 'but no more', ', no more', 'no more');
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

/** "i can live with a 25% dip max", "i can stomach 20% down". */
function bearingFirst(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const lead = matchLongest(tokens, index, BEARING_LEADS);
  const fall = lead && sizedFall(tokens, lead.end);
  if (!fall) return undefined;
  return drawdownLimit(fall.fraction, matchLongest(tokens, fall.end, MOST_AFTER)?.end ?? fall.end);
}

/** "a 30% dip is the most i'd sit through", "20% down is my max". */
function fallFirst(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const fall = sizedFall(tokens, index);
  const copula = fall && matchLongest(tokens, fall.end, MOST_COPULAS);
  if (!copula) return undefined;
  return drawdownLimit(fall.fraction, matchLongest(tokens, copula.end, BEARING_TAILS)?.end ?? copula.end);
}

export const recognizeToleratedFall: Recognizer = (tokens, index) => bearingFirst(tokens, index) ?? fallFirst(tokens, index);
