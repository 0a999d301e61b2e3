import { addDays, fromIsoDate, isIsoDate, monthSpan, toIsoDate } from '../calendar.js';
import type { Token } from '../tokenizer.js';
import { isNumber, isPunct, isWord, isYearNumber, matchLongest, phrases } from '../token_matchers.js';

/** One calendar period as written, before it knows its year: "March", "Q1 2023", "2021-03-15". */
export interface DatePoint {
  unit: 'day' | 'month' | 'quarter' | 'half' | 'year' | 'today';
  year?: number;
  month?: number;
  day?: number;
  /** Quarter (1–4) or half (1–2). */
  part?: number;
  /** Written as q1/h2 or with a year: safe to read without a preposition before it. */
  unmistakable: boolean;
}

export interface Span {
  start: string;
  end: string;
}

const MONTHS: ReadonlyMap<string, number> = new Map(Object.entries({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11,
  december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
}));
/** Month names that are also words ("may", "mar") or abbreviations: without a year they are not dates. */
const MONTHS_NEEDING_YEAR: ReadonlySet<string> = new Set(['may', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const ORDINAL_SUFFIXES = ['st', 'nd', 'rd', 'th'];
const PART_ORDINALS = phrases('first|1st', 'second|2nd', 'third|3rd', 'fourth|4th');
/** After these a 4-digit number is an amount, not a year. */
const NOT_YEAR_FOLLOWERS = ['%', 'bps', 'bp', 'k', 'm', 'usd', 'usdt', 'dollars', 'dollar', '$', 'x', 'percent', 'pct', 'eur', 'euros', 'trades'];

export function isBareYear(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  if (!isYearNumber(tokens[index]) || isPunct(tokens[index - 1], '$', '€', '£')) return false;
  if (next && NOT_YEAR_FOLLOWERS.includes(next.norm)) return false;
  return !(isPunct(next, '/') && isNumber(tokens[index + 2]) && !isYearNumber(tokens[index + 2]));
}

function readYear(tokens: readonly Token[], index: number): { year: number; end: number } | undefined {
  const at = isWord(tokens[index], 'of') || isPunct(tokens[index], ',') ? index + 1 : index;
  return isBareYear(tokens, at) ? { year: tokens[at]!.value, end: at + 1 } : undefined;
}

function readDayNumber(tokens: readonly Token[], index: number): { day: number; end: number } | undefined {
  const token = tokens[index];
  if (!isNumber(token) || !Number.isInteger(token.value) || token.value < 1 || token.value > 31) return undefined;
  const end = isWord(tokens[index + 1], ...ORDINAL_SUFFIXES) && tokens[index + 1]!.joined ? index + 2 : index + 1;
  return { day: token.value, end };
}

function withYear(point: Omit<DatePoint, 'year' | 'unmistakable'>, tokens: readonly Token[], end: number, unmistakable = false): { point: DatePoint; end: number } {
  const year = readYear(tokens, end);
  return year ? { point: { ...point, year: year.year, unmistakable: true }, end: year.end } : { point: { ...point, unmistakable }, end };
}

/** "q1", "Q3": a letter and a digit written together. */
function readLetterPart(tokens: readonly Token[], index: number, letter: string, max: number): number | undefined {
  const digit = tokens[index + 1];
  const ok = isWord(tokens[index], letter) && isNumber(digit) && digit.joined && Number.isInteger(digit.value) && digit.value >= 1 && digit.value <= max;
  return ok ? digit.value : undefined;
}

function readPart(tokens: readonly Token[], index: number): { point: DatePoint; end: number } | undefined {
  const yearFirst = isBareYear(tokens, index) ? tokens[index]!.value : undefined;
  const at = yearFirst === undefined ? index : index + 1;
  for (const [letter, unit, max] of [['q', 'quarter', 4], ['h', 'half', 2]] as const) {
    const part = readLetterPart(tokens, at, letter, max);
    if (part === undefined) continue;
    if (yearFirst !== undefined) return { point: { unit, part, year: yearFirst, unmistakable: true }, end: at + 2 };
    return withYear({ unit, part }, tokens, at + 2, true);
  }
  if (yearFirst !== undefined) return undefined;
  const ordinal = matchLongest(tokens, index, PART_ORDINALS);
  if (!ordinal) return undefined;
  const unit = isWord(tokens[ordinal.end], 'quarter') ? 'quarter' : isWord(tokens[ordinal.end], 'half') ? 'half' : undefined;
  if (!unit) return undefined;
  const part = ordinal.which + 1;
  if (unit === 'half' && part > 2) return undefined;
  return withYear({ unit, part }, tokens, ordinal.end + 1);
}

function readMonthFirst(tokens: readonly Token[], index: number): { point: DatePoint; end: number } | undefined {
  const name = tokens[index];
  const month = isWord(name) ? MONTHS.get(name!.norm) : undefined;
  if (month === undefined) return undefined;
  const end = index + 1;
  if (readYear(tokens, end)) return withYear({ unit: 'month', month }, tokens, end);
  const day = readDayNumber(tokens, end);
  if (day) return withYear({ unit: 'day', month, day: day.day }, tokens, day.end);
  return MONTHS_NEEDING_YEAR.has(name!.norm) ? undefined : { point: { unit: 'month', month, unmistakable: false }, end };
}

function readDayFirst(tokens: readonly Token[], index: number): { point: DatePoint; end: number } | undefined {
  const day = readDayNumber(tokens, index);
  if (!day) return undefined;
  const at = isWord(tokens[day.end], 'of') ? day.end + 1 : day.end;
  const month = isWord(tokens[at]) ? MONTHS.get(tokens[at]!.norm) : undefined;
  const year = month === undefined ? undefined : readYear(tokens, at + 1);
  return year && { point: { unit: 'day', month, day: day.day, year: year.year, unmistakable: true }, end: year.end };
}

/** One period at `index`: an ISO date, a day, a month, a quarter, a half, a year, or today. */
export function readDatePoint(tokens: readonly Token[], index: number): { point: DatePoint; end: number } | undefined {
  const token = tokens[index];
  if (!token) return undefined;
  if (token.kind === 'iso_date') {
    const { year, month, day } = fromIsoDate(token.norm.length === 7 ? `${token.norm}-01` : token.norm);
    const point: DatePoint = token.norm.length === 7 ? { unit: 'month', year, month, unmistakable: true } : { unit: 'day', year, month, day, unmistakable: true };
    return { point, end: index + 1 };
  }
  if (isWord(token, 'today', 'now', 'present', 'yesterday')) {
    return { point: { unit: 'today', day: token.norm === 'yesterday' ? -1 : 0, unmistakable: false }, end: index + 1 };
  }
  const found = readPart(tokens, index) ?? readMonthFirst(tokens, index) ?? readDayFirst(tokens, index);
  if (found) return found;
  return isBareYear(tokens, index) ? { point: { unit: 'year', year: token.value, unmistakable: true }, end: index + 1 } : undefined;
}

function spanIn(point: DatePoint, year: number): Span | undefined {
  switch (point.unit) {
    case 'year': return monthSpan(year, 1, 12);
    case 'quarter': return monthSpan(year, point.part! * 3 - 2, point.part! * 3);
    case 'half': return monthSpan(year, point.part! * 6 - 5, point.part! * 6);
    case 'month': return monthSpan(year, point.month!, point.month!);
    case 'day': {
      const iso = toIsoDate({ year, month: point.month!, day: point.day! });
      return isIsoDate(iso) ? { start: iso, end: iso } : undefined;
    }
    case 'today': return undefined;
  }
}

/**
 * The days a point covers. A point with its year is taken as written (so "2027" is in the future);
 * one without takes `year` if given, else its latest occurrence that has begun by today, cut at today.
 */
export function resolveDatePoint(point: DatePoint, today: string, year?: number): Span | undefined {
  if (point.unit === 'today') {
    const day = addDays(today, point.day ?? 0);
    return { start: day, end: day };
  }
  if (point.year !== undefined) return spanIn(point, point.year);
  if (year !== undefined) return spanIn(point, year);
  const thisYear = fromIsoDate(today).year;
  const current = spanIn(point, thisYear);
  const span = current && current.start <= today ? current : spanIn(point, thisYear - 1);
  return span && { start: span.start, end: span.end > today ? today : span.end };
}

/** The year a point without one takes from its partner in a range ("March to June 2022" → 2022). */
export function yearFromPartner(point: DatePoint, partner: Span | undefined, partnerIsEnd: boolean): number | undefined {
  if (point.year !== undefined || !partner) return undefined;
  const year = fromIsoDate(partner.start).year;
  const span = spanIn(point, year);
  if (!span) return year;
  if (partnerIsEnd && span.start > partner.start) return year - 1;
  if (!partnerIsEnd && span.start < partner.start) return year + 1;
  return year;
}
