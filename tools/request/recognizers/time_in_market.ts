import type { Recognizer, RecognizerMatch } from '../clauses.js';
import type { TargetOperator } from '../request_spec.js';
import type { Token } from '../tokenizer.js';
import { isNumber, isPunct, isWord, matchLongest, phrases, roundClean, type Phrase } from '../token_matchers.js';
import { DENIED_SIDE, readDenial } from './denied_leads.js';
import { readFractionWords } from './written_shares.js';

/**
 * "keep me in the market less than 40% of the time", "invested at most half the time", "out of
 * the market more than 60% of the time", "less than a third of the time in the market": the share
 * of the time a strategy holds a position, which is its exposure. Time out of the market is its
 * complement (out more than 60% is in less than 40%).
 */
const IN_MARKET = phrases('in the market', 'in a position', 'in position', 'in a trade', 'invested', 'fully invested', 'exposed', 'holding a position');
const OUT_OF_MARKET = phrases('out of the market', 'out of a position', 'in cash', 'on the sidelines', 'sitting in cash', 'flat');

const SIDES: ReadonlyArray<{ operator: TargetOperator; words: readonly Phrase[] }> = [
  { operator: '<', words: phrases('less|fewer than', 'under', 'below') },
  { operator: '<=', words: phrases('at most', 'no|not more than', 'up to', 'max', 'maximum') },
  { operator: '>', words: phrases('more than', 'over', 'above') },
  { operator: '>=', words: phrases('at least', 'no|not less than', 'min', 'minimum') },
];
const ALL_SIDES = SIDES.flatMap((entry) => entry.words);
const OPERATOR_OF_SIDE = SIDES.flatMap((entry) => entry.words.map(() => entry.operator));
/** The side said after the share: "half the time at most", "30% of the time or more". */
const SIDES_AFTER: ReadonlyArray<{ operator: TargetOperator; words: readonly Phrase[] }> = [
  { operator: '<=', words: phrases('at most', 'at the most', 'max', 'maximum', 'tops', 'or less') },
  { operator: '>=', words: phrases('at least', 'at the least', 'min', 'minimum', 'or more') },
];
const ALL_SIDES_AFTER = SIDES_AFTER.flatMap((entry) => entry.words);
const OPERATOR_OF_SIDE_AFTER = SIDES_AFTER.flatMap((entry) => entry.words.map(() => entry.operator));
const MIRRORED: Readonly<Record<TargetOperator, TargetOperator>> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' };

/** What leads into the place and is part of saying it: "keep me in the market", "stays invested". */
const LEADS = phrases('keep|keeps|keeping me|us|it|them', 'stay|stays|staying', 'be|being|is|are');

/** "of the time", "the time" (after "half"), "of days", "of the trading days". */
const OF_THE_TIME = phrases('of the time', 'the time', 'of time', 'of days', 'of the days', 'of trading days', 'of the trading days');

interface Share {
  operator: TargetOperator;
  percent: number;
  end: number;
}

/** A share as a percentage or in words, then "of the time": "40% of the time", "half the time". */
function readPartOfTime(tokens: readonly Token[], index: number): { percent: number; end: number } | undefined {
  const words = readFractionWords(tokens, index);
  const number = tokens[index];
  const percentEnd = isNumber(number) && (isPunct(tokens[index + 1], '%') || isWord(tokens[index + 1], 'percent', 'pct')) ? index + 2 : undefined;
  const value = words ?? (percentEnd !== undefined ? { percent: number.value, end: percentEnd } : undefined);
  const time = value && matchLongest(tokens, value.end, OF_THE_TIME);
  return time && { percent: value.percent, end: time.end };
}

/** A comparator and a share of the time, the comparator before it ("at most half the time") or after it ("half the time at most"). */
function readShareOfTime(tokens: readonly Token[], index: number): Share | undefined {
  const side = matchLongest(tokens, index, ALL_SIDES);
  if (side) {
    const part = readPartOfTime(tokens, side.end);
    return part && { operator: OPERATOR_OF_SIDE[side.which]!, ...part };
  }
  const part = readPartOfTime(tokens, index);
  const sideAfter = part && matchLongest(tokens, part.end, ALL_SIDES_AFTER);
  return sideAfter && { operator: OPERATOR_OF_SIDE_AFTER[sideAfter.which]!, percent: part.percent, end: sideAfter.end };
}

function place(tokens: readonly Token[], index: number): { out: boolean; end: number } | undefined {
  const out = matchLongest(tokens, index, OUT_OF_MARKET);
  if (out) return { out: true, end: out.end };
  const inside = matchLongest(tokens, index, IN_MARKET);
  return inside && { out: false, end: inside.end };
}

/** A place and a share of the time, in either order, from `index`; `denied` turns the side. */
function readTimeInMarket(tokens: readonly Token[], index: number, denied: boolean): RecognizerMatch | undefined {
  const lead = matchLongest(tokens, index, LEADS);
  const placeFirst = (lead && place(tokens, lead.end)) ?? place(tokens, index);
  const shareAfter = placeFirst && readShareOfTime(tokens, placeFirst.end);
  const shareFirst = shareAfter ? undefined : readShareOfTime(tokens, index);
  const placeAfter = shareFirst && place(tokens, shareFirst.end);
  const share = shareAfter ?? (placeAfter ? shareFirst : undefined);
  const where = shareAfter ? placeFirst : placeAfter;
  if (!share || !where) return undefined;
  const stated = denied ? DENIED_SIDE[share.operator] : share.operator;
  const operator = where.out ? MIRRORED[stated] : stated;
  const percent = where.out ? 100 - share.percent : share.percent;
  return { end: Math.max(share.end, where.end), clauses: [{ kind: 'target', metric: 'exposure', operator, value: roundClean(percent / 100) }] };
}

export const recognizeTimeInMarket: Recognizer = (tokens, index) => {
  const denial = readDenial(tokens, index);
  return (denial !== undefined ? readTimeInMarket(tokens, denial, true) : undefined) ?? readTimeInMarket(tokens, index, false);
};
