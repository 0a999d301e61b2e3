import * as chrono from 'chrono-node';
import { addDays, fromIsoDate, isIsoDate, monthSpan, toIsoDate } from '../calendar.js';
import type { Token } from '../tokenizer.js';
import { isNumber, isPunct, isWord, isYearNumber, matchLongest, phrases } from '../token_matchers.js';
import { assertNever } from '../../assert_never.js';
import { readDayOfMonth, type DayOfMonth } from './day_of_month.js';
import { readAfterYear } from './year_first_periods.js';
import { readLabelShortYear } from './labelled_short_years.js';
import { arrowEnd } from './typed_arrows.js';
import { FOREIGN_DATE_OFS, FOREIGN_MONTHS } from './foreign_months.js';
import { isQuestionNumber } from './question_numbers.js';
import type { DeclaredDateOrder } from './declared_date_order.js';

/** One calendar period as written, before it knows its year: "March", "Q1 2023", "2021-03-15". */
export interface DatePoint {
  unit: 'day' | 'month' | 'quarter' | 'half' | 'season' | 'year' | 'decade' | 'today';
  year?: number;
  month?: number;
  day?: number;
  /** Quarter (1–4), half (1–2) or season (1 spring, 2 summer, 3 autumn). */
  part?: number;
  /** An event ("covid"): a moment to start or end at, never a period to run over. */
  instant?: boolean;
  /** A crash ("the covid crash"): run over, it is its calendar year (the crash alone is a few weeks). */
  crashYear?: number;
  /** Read only as the start of a range whose end has a year ("Jan" in "Jan-Jun 2023"). */
  needsRangeEnd?: boolean;
  /** Two spaced digits after a month read as its year ("mar 24 thru dec 24"): days are the other reading, so a note says which was taken. */
  spacedShortYear?: true;
  /** "since march 24": two plain digits after a month, read as its day, that could be a year too ("Mar24"); a note says which was taken. */
  dayOrShortYear?: true;
  /**
   * A fuzzy part of the period: "early 2021", "mid-2020", "late 2022", "the start|end of 2021".
   * `middle` is "mid-2020" run over as a period of its own (see `asWholePeriod`).
   */
  edge?: 'start' | 'end' | 'early' | 'mid' | 'middle' | 'late';
  /**
   * In place of a year: "last March" (the latest March that has ended), "this June" (June of the current
   * year), or "March of last year" (`last_year`: that part of the previous calendar year).
   */
  relative?: 'last' | 'this' | 'last_year';
  /** Written as q1/h2 or with a year: safe to read without a preposition before it. */
  unmistakable: boolean;
  /**
   * A date in numbers: whether its first number could only be the day ("31/03/2024"), only the
   * month ("03/15/2021"), or either ("01/04/2022", read month first unless its range says otherwise).
   */
  numericOrder?: 'day_first' | 'month_first' | 'either';
}

/**
 * "from 01/04/2022 to 31/03/2024": a range written by one hand uses one order, so when one of its
 * dates can only be day first, the ambiguous ones are read day first too. An order the message
 * declares ("dd/mm/yyyy", declared_date_order.ts) decides instead.
 */
export function harmoniseDayOrder(points: readonly DatePoint[], declared?: DeclaredDateOrder): DatePoint[] {
  const dayFirst = declared === undefined
    ? points.some((point) => point.numericOrder === 'day_first') && !points.some((point) => point.numericOrder === 'month_first')
    : declared === 'day_first';
  if (!dayFirst) return [...points];
  return points.map((point) => (point.numericOrder === 'either' ? { ...point, month: point.day!, day: point.month!, numericOrder: 'day_first' } : point));
}

export interface Span {
  start: string;
  end: string;
}

const MONTHS: ReadonlyMap<string, number> = new Map(Object.entries({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11,
  december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
}));
/** The days of the week, by name; calendar_rules.ts builds its weekday rules from them. */
export const WEEKDAYS: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const WEEKDAY_ABBREVIATIONS = ['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'];
/** Month names that are also words ("may", "mar") or abbreviations: without a year they are not dates. */
const MONTHS_NEEDING_YEAR: ReadonlySet<string> = new Set(['may', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const ORDINAL_SUFFIXES = ['st', 'nd', 'rd', 'th'];
const PART_ORDINALS = phrases('first|1st', 'second|2nd', 'third|3rd', 'fourth|4th');
/** After these a 4-digit number is an amount, not a year. */
const NOT_YEAR_FOLLOWERS = ['%', 'bps', 'bp', 'k', 'm', 'usd', 'usdt', 'dollars', 'dollar', '$', 'x', 'percent', 'pct', 'eur', 'euros', 'trades'];

export function monthNumberOf(word: string): number | undefined {
  return MONTHS.get(word);
}

export function isBareYear(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  if (!isYearNumber(tokens[index]) || isPunct(tokens[index - 1], '$', '€', '£')) return false;
  if (next && NOT_YEAR_FOLLOWERS.includes(next.norm)) return false;
  return !(isPunct(next, '/') && isNumber(tokens[index + 2]) && !isYearNumber(tokens[index + 2]));
}

/** "'23": a two-digit year after an apostrophe, 1970–2069 (the POSIX `%y` pivot). */
export function readShortYear(tokens: readonly Token[], index: number): { year: number; end: number } | undefined {
  const digits = tokens[index + 1];
  if (!isPunct(tokens[index], "'") || !isNumber(digits) || !digits.joined || !/^\d{2}$/.test(digits.norm)) return undefined;
  // "the '90s" is a decade, not 1990: left unread, and so noted.
  if (isWord(tokens[index + 2], 's') && tokens[index + 2]!.joined) return undefined;
  return { year: digits.value + (digits.value < 70 ? 2000 : 1900), end: index + 2 };
}

/** "H2-2019", "Jan-2023": a hyphen written between a period and its year joins them (with spaces it is a range). */
function isJoiningHyphen(tokens: readonly Token[], index: number): boolean {
  return isPunct(tokens[index], '-') && tokens[index]!.joined && tokens[index + 1]?.joined === true;
}

function readYear(tokens: readonly Token[], index: number): { year: number; end: number } | undefined {
  const at = isWord(tokens[index], 'of') || isPunct(tokens[index], ',') || isJoiningHyphen(tokens, index) ? index + 1 : index;
  return isBareYear(tokens, at) ? { year: tokens[at]!.value, end: at + 1 } : readShortYear(tokens, at);
}

function withYear(point: Omit<DatePoint, 'year' | 'unmistakable'>, tokens: readonly Token[], end: number, unmistakable = false): { point: DatePoint; end: number } {
  const year = readYear(tokens, end);
  if (year) return { point: { ...point, year: year.year, unmistakable: true }, end: year.end };
  // "the second half of last year", "Q1 of the previous year", "March of this year": the year named relative to today.
  const relative = readYearAfter(tokens, end);
  if (relative && point.relative === undefined) return { point: { ...point, relative: relative.back === 1 ? 'last_year' : 'this', unmistakable: true }, end: relative.end };
  return { point: { ...point, unmistakable }, end };
}

function readYearAfter(tokens: readonly Token[], end: number): { back: 0 | 1; end: number } | undefined {
  return readYearFromToday(tokens, isWord(tokens[end], 'of') ? end + 1 : end);
}

/** "q1", "Q3": a letter and a digit written together. */
function readLetterPart(tokens: readonly Token[], index: number, letter: string, max: number): number | undefined {
  const digit = tokens[index + 1];
  const ok = isWord(tokens[index], letter) && isNumber(digit) && digit.joined && Number.isInteger(digit.value) && digit.value >= 1 && digit.value <= max;
  return ok ? digit.value : undefined;
}

/** "2nd", "3rd" as the tokenizer splits them (a number, then its suffix written against it). */
function readDigitOrdinal(tokens: readonly Token[], index: number): { which: number; end: number } | undefined {
  const digit = tokens[index];
  const suffix = tokens[index + 1];
  const ok = isNumber(digit) && Number.isInteger(digit.value) && digit.value >= 1 && digit.value <= 4
    && isWord(suffix, ...ORDINAL_SUFFIXES) && suffix!.joined;
  return ok ? { which: digit.value - 1, end: index + 2 } : undefined;
}

function readPart(tokens: readonly Token[], index: number): { point: DatePoint; end: number } | undefined {
  const yearFirst = isBareYear(tokens, index) ? tokens[index]!.value : undefined;
  const at = yearFirst === undefined ? index : index + 1;
  for (const [letter, unit, max] of [['q', 'quarter', 4], ['h', 'half', 2]] as const) {
    const part = readLetterPart(tokens, at, letter, max);
    if (part === undefined || (letter === 'q' && yearFirst === undefined && isQuestionNumber(tokens, at))) continue;
    if (yearFirst !== undefined) return { point: { unit, part, year: yearFirst, unmistakable: true }, end: at + 2 };
    const labelYear = readYear(tokens, at + 2) ? undefined : readLabelShortYear(tokens, at + 2);
    if (labelYear) return { point: { unit, part, year: labelYear.year, unmistakable: true }, end: labelYear.end };
    return withYear({ unit, part }, tokens, at + 2, true);
  }
  if (yearFirst !== undefined) return readAfterYear(tokens, at, yearFirst, monthNumberOf);
  // "2H 2022", "3Q 2023": the number first, and then only with a year (a lone "1h" is a bar interval).
  // A half needs its capital H: "btc ema 20/50 1h 2024" is hourly bars over 2024 (was H1 2024 on daily bars).
  const digit = tokens[index];
  const letter = tokens[index + 1];
  if (isNumber(digit) && (isWord(letter, 'q') || letter?.text === 'H') && letter!.joined && Number.isInteger(digit.value)) {
    const unit = letter!.norm === 'h' ? 'half' : 'quarter';
    const year = readYear(tokens, index + 2);
    if (year && digit.value >= 1 && digit.value <= (unit === 'half' ? 2 : 4)) return { point: { unit, part: digit.value, year: year.year, unmistakable: true }, end: year.end };
  }
  // "the final quarter of 2009", "the last half of 2021", "the back half of 2023": only with its year (a lone
  // "last quarter" is the one before today's); "the front half of 2023" is the first.
  const side = isWord(tokens[index], 'final', 'last') && isWord(tokens[index + 1], 'quarter', 'half') ? 'last'
    : isWord(tokens[index], 'back', 'latter', 'front') && isWord(tokens[index + 1], 'half') ? (tokens[index]!.norm === 'front' ? 'first' : 'last') : undefined;
  if (side) {
    const unit = tokens[index + 1]!.norm === 'quarter' ? 'quarter' : 'half';
    const yearAt = isWord(tokens[index + 2], 'of') ? index + 3 : index + 2;
    const year = readYear(tokens, yearAt);
    const part = side === 'first' ? 1 : unit === 'quarter' ? 4 : 2;
    return year && { point: { unit, part, year: year.year, unmistakable: true }, end: year.end };
  }
  const ordinal = matchLongest(tokens, index, PART_ORDINALS) ?? readDigitOrdinal(tokens, index);
  if (!ordinal) return undefined;
  const unit = isWord(tokens[ordinal.end], 'quarter') ? 'quarter' : isWord(tokens[ordinal.end], 'half') ? 'half' : undefined;
  if (!unit) return undefined;
  const part = ordinal.which + 1;
  if (unit === 'half' && part > 2) return undefined;
  return withYear({ unit, part }, tokens, ordinal.end + 1);
}

/** "last March", "this June", "previous may": a month placed by the word before it, never a bare word. */
function readRelativeMonth(tokens: readonly Token[], index: number): { point: DatePoint; end: number } | undefined {
  const lead = tokens[index];
  const name = tokens[index + 1];
  const month = isWord(name) ? MONTHS.get(name!.norm) : undefined;
  if (month === undefined || !isWord(lead, 'last', 'previous', 'this') || readYear(tokens, index + 2)) return undefined;
  return { point: { unit: 'month', month, relative: lead!.norm === 'this' ? 'this' : 'last', unmistakable: true }, end: index + 2 };
}

/** Words that open a date: after them "oct first" and "may third" are days, not an abbreviation or a verb and a word. */
const DAY_LEADS = ['since', 'from', 'starting', 'beginning', 'after', 'until', 'till', 'til', 'through', 'thru', 'to', 'on'];

/**
 * The day after a month's name: "March 14", "March 14th", "March the 14th", "June first". "the"
 * needs an ordinal after it ("in March the 20 day SMA" is no date), and a day in words after a
 * name that is also a word ("may first") needs its year or a lead before it ("since oct first").
 */
function readDayAfterMonth(tokens: readonly Token[], index: number, name: string): DayOfMonth | undefined {
  const day = readDayOfMonth(tokens, index);
  if (!day || (day.afterThe && !day.ordinal)) return undefined;
  const placed = readYear(tokens, day.end) !== undefined || isWord(tokens[index - 2], ...DAY_LEADS);
  return day.inWords && MONTHS_NEEDING_YEAR.has(name) && !placed ? undefined : day;
}

/**
 * "jan21 to jun22", "Dec23": two digits glued to a month's name are its year, as desk shorthand and
 * contract codes write it (1970–2069, as "'23"); "jan 21" with a space stays the 21st.
 */
function readGluedShortYear(tokens: readonly Token[], index: number): number | undefined {
  const digits = tokens[index];
  if (!isNumber(digits) || !digits.joined || !/^\d{2}$/.test(digits.text)) return undefined;
  return digits.value + (digits.value < 70 ? 2000 : 1900);
}

/** Words between a range's two months: "mar 24 thru dec 24", "jan 21 - jun 22" (an arrow too, "jun 24 -> feb 25"). */
export const MONTH_RANGE_LINKS = ['to', 'thru', 'through', 'till', 'til', 'until'];

/** An abbreviated month, then two digits apart from it and no year after them: "dec 24", not "dec 24 2024". */
function isShortMonthThenTwoDigits(tokens: readonly Token[], at: number): boolean {
  const digits = tokens[at + 1];
  return isWord(tokens[at]) && MONTHS_NEEDING_YEAR.has(tokens[at]!.norm) && isNumber(digits) && !digits.joined && /^\d{2}$/.test(digits.text)
    && readYear(tokens, at + 2) === undefined;
}

/**
 * "frm mar 24 thru dec 24", "jan 21 to jun 22": two digits after an abbreviated month are its year when
 * the range's other end is written the same way, as desk shorthand writes "Mar24" spaced; "dec 24 2024"
 * and "mar 3 to dec 24" keep their days. `index` is the digits after the month at `index - 1`.
 */
function readSpacedShortYear(tokens: readonly Token[], index: number): number | undefined {
  if (!isShortMonthThenTwoDigits(tokens, index - 1)) return undefined;
  const nextMonth = monthRangeLinkEnd(tokens, index + 1);
  const pairedAfter = nextMonth !== undefined && isShortMonthThenTwoDigits(tokens, nextMonth);
  // The month before: its digits, then a link of up to three tokens ("-->") ending just before this month.
  const pairedBefore = [index - 4, index - 5, index - 6].some((month) => month >= 0 && isShortMonthThenTwoDigits(tokens, month) && monthRangeLinkEnd(tokens, month + 2) === index - 1);
  return pairedAfter || pairedBefore ? tokens[index]!.value + (tokens[index]!.value < 70 ? 2000 : 1900) : undefined;
}

/** A link between a range's two months at `at` ("to", "-", "->"): the index just past it. */
function monthRangeLinkEnd(tokens: readonly Token[], at: number): number | undefined {
  return arrowEnd(tokens, at) ?? (isWord(tokens[at], ...MONTH_RANGE_LINKS) || isPunct(tokens[at], '-') ? at + 1 : undefined);
}

/**
 * "janeiro de 2023", "junio 2024": a month named in another language (foreign_months.ts), only with its
 * year, after "de" or "del" or none; "mars" or "mai" alone are no date.
 */
function readForeignMonth(tokens: readonly Token[], index: number): { point: DatePoint; end: number } | undefined {
  const month = isWord(tokens[index]) ? FOREIGN_MONTHS.get(tokens[index]!.norm) : undefined;
  const year = month === undefined ? undefined : readYear(tokens, isWord(tokens[index + 1], ...FOREIGN_DATE_OFS) ? index + 2 : index + 1);
  return year && { point: { unit: 'month', month: month!, year: year.year, unmistakable: true }, end: year.end };
}

/**
 * "1er septembre 2022", "1 de marzo de 2021", "le 1er mars", "30 giugno 2024": a day before a month
 * named in another language, with its year or written as an ordinal ("1er").
 */
function readForeignDayFirst(tokens: readonly Token[], index: number): { point: DatePoint; end: number } | undefined {
  const day = readDayOfMonth(tokens, index);
  if (!day) return undefined;
  const at = isWord(tokens[day.end], ...FOREIGN_DATE_OFS) ? day.end + 1 : day.end;
  const month = isWord(tokens[at]) ? FOREIGN_MONTHS.get(tokens[at]!.norm) : undefined;
  if (month === undefined) return undefined;
  const year = readYear(tokens, isWord(tokens[at + 1], ...FOREIGN_DATE_OFS) ? at + 2 : at + 1);
  if (year) return { point: { unit: 'day', month, day: day.day, year: year.year, unmistakable: true }, end: year.end };
  return day.ordinal && !day.inWords ? { point: { unit: 'day', month, day: day.day, unmistakable: false }, end: at + 1 } : undefined;
}

function readMonthFirst(tokens: readonly Token[], index: number): { point: DatePoint; end: number } | undefined {
  const foreign = readForeignMonth(tokens, index);
  if (foreign) return foreign;
  const name = tokens[index];
  const month = isWord(name) ? MONTHS.get(name!.norm) : undefined;
  if (month === undefined) return undefined;
  const end = index + 1;
  if (readYear(tokens, end) || readYearAfter(tokens, end)) return withYear({ unit: 'month', month }, tokens, end);
  const glued = readGluedShortYear(tokens, end);
  if (glued !== undefined) return { point: { unit: 'month', month, year: glued, unmistakable: true }, end: end + 1 };
  const spaced = readSpacedShortYear(tokens, end);
  if (spaced !== undefined) return { point: { unit: 'month', month, year: spaced, unmistakable: true, spacedShortYear: true }, end: end + 1 };
  const day = readDayAfterMonth(tokens, end, name!.norm);
  if (day) {
    const plainTwoDigits = !day.ordinal && !day.inWords && day.end === end + 1 && isNumber(tokens[end]) && !tokens[end]!.joined && /^\d{2}$/.test(tokens[end]!.text);
    const dated = withYear({ unit: 'day', month, day: day.day }, tokens, day.end);
    return plainTwoDigits && dated.point.year === undefined && dated.point.relative === undefined ? { ...dated, point: { ...dated.point, dayOrShortYear: true } } : dated;
  }
  return MONTHS_NEEDING_YEAR.has(name!.norm) ? undefined : { point: { unit: 'month', month, unmistakable: false }, end };
}

/**
 * "14 March 2022", "the 14th of March 2022", "the fourteenth of March", "1st June": with its year,
 * or, without one, when written as an ordinal ("from the 1st of June to the 30th of November 2021")
 * or after "the" before a month's name that is no other word ("beginning the 1 September and
 * finishing the 31 August 2024"), so "for 14 may" and "the 20 may" stay a number and a word.
 */
function readDayFirst(tokens: readonly Token[], index: number): { point: DatePoint; end: number } | undefined {
  const foreign = readForeignDayFirst(tokens, index);
  if (foreign) return foreign;
  const written = readDayOfMonth(tokens, index);
  if (!written) return undefined;
  // "1. March 2021", "30. Juni": German writes the day's ordinal with a dot after its digits.
  const dotted = !written.ordinal && !written.inWords && isPunct(tokens[written.end], '.') && tokens[written.end]!.joined;
  const day = dotted ? { ...written, end: written.end + 1, ordinal: true } : written;
  const at = isWord(tokens[day.end], 'of') && !dotted ? day.end + 1 : day.end;
  const month = isWord(tokens[at]) ? MONTHS.get(tokens[at]!.norm) : undefined;
  if (month === undefined) return undefined;
  const year = readYear(tokens, at + 1);
  if (year) return { point: { unit: 'day', month, day: day.day, year: year.year, unmistakable: true }, end: year.end };
  const relative = withYear({ unit: 'day', month, day: day.day }, tokens, at + 1);
  const namedAfterThe = day.afterThe && !MONTHS_NEEDING_YEAR.has(tokens[at]!.norm);
  return day.ordinal || namedAfterThe || relative.point.relative ? relative : undefined;
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
  // "Monday 3 March 2025", "Fri, 6 June 2025": the weekday adds nothing to the day's date, and read apart it split a range in two.
  if (isWord(token, ...WEEKDAYS, ...WEEKDAY_ABBREVIATIONS)) {
    const dated = readDatePoint(tokens, isPunct(tokens[index + 1], ',') ? index + 2 : index + 1);
    return dated?.point.unit === 'day' ? dated : undefined;
  }
  const found = readEdge(tokens, index) ?? readNumericDate(tokens, index) ?? readNumericMonth(tokens, index) ?? readPart(tokens, index) ?? readRelativeMonth(tokens, index) ?? readMonthFirst(tokens, index) ?? readDayFirst(tokens, index)
    ?? readSeason(tokens, index) ?? readEvent(tokens, index) ?? readDecade(tokens, index);
  if (found) return found;
  const unitAfter = readYearThenUnit(tokens, index);
  if (unitAfter) return unitAfter;
  if (isBareYear(tokens, index)) return { point: { unit: 'year', year: token.value, unmistakable: true }, end: index + 1 };
  // "year 2020 to year 2021", "the year 2019", Spanish "año 2019" (read "ano"): the unit named before its number.
  const namedYear = isWord(token, 'year', 'ano') ? index + 1 : isWord(token, 'the') && isWord(tokens[index + 1], 'year') ? index + 2 : undefined;
  if (namedYear !== undefined && isBareYear(tokens, namedYear)) return { point: { unit: 'year', year: tokens[namedYear]!.value, unmistakable: true }, end: namedYear + 1 };
  const short = readShortYear(tokens, index);
  if (short) return { point: { unit: 'year', year: short.year, unmistakable: true }, end: short.end };
  return readWithChrono(tokens, index);
}

/**
 * "from the 2020 year until the 2022 year end", "2005 to 2015 year": the unit named after its year, as
 * writers whose languages put it there do ("2020 yılı", "2020年"); "year end" (or "year-end") is that
 * year's end. Singular "year" only: "2000 years" is a count.
 */
function readYearThenUnit(tokens: readonly Token[], index: number): { point: DatePoint; end: number } | undefined {
  const at = isWord(tokens[index], 'the') ? index + 1 : index;
  if (!isBareYear(tokens, at) || !isWord(tokens[at + 1], 'year')) return undefined;
  const point: DatePoint = { unit: 'year', year: tokens[at]!.value, unmistakable: true };
  const endAt = isPunct(tokens[at + 2], '-') && tokens[at + 2]!.joined && tokens[at + 3]?.joined === true ? at + 3 : at + 2;
  return isWord(tokens[endAt], 'end') ? { point: { ...point, edge: 'end' }, end: endAt + 1 } : { point, end: at + 2 };
}

/**
 * Seasons of the northern hemisphere, as markets' calendars are: spring = Mar–May, summer = Jun–Aug,
 * autumn = Sep–Nov. Winter spans two years ("winter 2022" is Dec 2021–Feb 2022 or Dec 2022–Feb
 * 2023), so it is not read and stays noted as unread.
 */
const SEASONS: Readonly<Record<string, number>> = { spring: 1, summer: 2, autumn: 3, fall: 3 };

function readSeason(tokens: readonly Token[], index: number): { point: DatePoint; end: number } | undefined {
  // "from 2020 spring to 2021 summer": the year first, as "2021 Q3" is written.
  const after = tokens[index + 1];
  if (isBareYear(tokens, index) && isWord(after) && Object.hasOwn(SEASONS, after!.norm)) {
    return { point: { unit: 'season', part: SEASONS[after!.norm]!, year: tokens[index]!.value, unmistakable: true }, end: index + 2 };
  }
  const token = tokens[index];
  if (!isWord(token) || !Object.hasOwn(SEASONS, token!.norm)) return undefined;
  // Only with its year: "fall" and "spring" are verbs too ("sell when it starts to fall"), so a year named
  // relative to today ("the summer of last year") needs "the" before those two ("to fall this year" is no date).
  const season = withYear({ unit: 'season', part: SEASONS[token!.norm]! }, tokens, index + 1);
  const noun = !isWord(token, 'fall', 'spring') || isWord(tokens[index - 1], 'the');
  return season.point.year !== undefined || (season.point.relative !== undefined && noun) ? season : undefined;
}

const DECADE_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({
  seventies: 1970, eighties: 1980, nineties: 1990, noughties: 2000, aughts: 2000,
}));

/**
 * "the 2010s", "2010's", "the '90s", "the 90s", "the nineties": ten calendar years. A two-digit
 * decade needs "the" or an apostrophe before it ("90s" alone may be a setting), and pivots as "'23" does.
 */
function readDecade(tokens: readonly Token[], at: number): { point: DatePoint; end: number } | undefined {
  // Read from "the" on, so that "since the 2010s" keeps its "since".
  const index = isWord(tokens[at], 'the') ? at + 1 : at;
  const token = tokens[index];
  const afterThe = isWord(tokens[index - 1], 'the');
  if (isWord(token) && afterThe && DECADE_WORDS.has(token!.norm)) return { point: { unit: 'decade', year: DECADE_WORDS.get(token!.norm)!, unmistakable: true }, end: index + 1 };
  const apostrophe = isPunct(token, "'");
  const digits = apostrophe ? tokens[index + 1] : token;
  const suffix = tokens[index + (apostrophe ? 2 : 1)];
  if (!isNumber(digits) || !isWord(suffix, 's') || !Number.isInteger(digits.value) || digits.value % 10 !== 0) return undefined;
  const end = index + (apostrophe ? 3 : 2);
  if (/^\d{4}$/.test(digits.norm) && digits.value >= 1900 && digits.value <= 2090) return { point: { unit: 'decade', year: digits.value, unmistakable: true }, end };
  if (!/^\d{2}$/.test(digits.norm) || !suffix!.joined || !(apostrophe || afterThe)) return undefined;
  return { point: { unit: 'decade', year: digits.value + (digits.value < 70 ? 2000 : 1900), unmistakable: true }, end };
}

/** Market events people date by: the covid crash began in March 2020 ("since covid"); "the covid year" is 2020. */
const EVENTS = phrases('covid', 'covid crash', 'the covid crash', 'corona', 'coronavirus', 'the pandemic', 'pandemic', 'the covid pandemic', 'covid pandemic',
  'the 2020 crash|crisis|selloff', '2020 crash|crisis|selloff', 'the march 2020 crash|selloff', 'march 2020 crash|selloff', 'the covid dip|selloff', 'covid dip|selloff',
  'the covid|corona|coronavirus|pandemic crash|selloff|dip', 'the covid-19 crash|selloff|dip');
/** The events above that name the crash, not the pandemic (which has no agreed end). */
const CRASH_WORDS: ReadonlySet<string> = new Set(['crash', 'crisis', 'selloff', 'dip']);

/** "the pandemic hit in March 2020", "covid struck in early 2020": the event dated as written, so "ever since the pandemic hit in March 2020" is one start. */
const EVENT_DATINGS = phrases('hit|struck|started|began|happened|arrived|came|spread|broke|kicked in|on|around', 'broke out in|on|around', 'kicked in|off in|on|around');

function readEventDate(tokens: readonly Token[], at: number): { point: DatePoint; end: number } | undefined {
  const dating = matchLongest(tokens, at, EVENT_DATINGS);
  return dating && readDatePoint(tokens, dating.end);
}

function readEvent(tokens: readonly Token[], index: number): { point: DatePoint; end: number } | undefined {
  const found = matchLongest(tokens, index, EVENTS);
  if (!found) return undefined;
  // "covid-19": the number is the virus's name, not a date or a parameter.
  const end = isPunct(tokens[found.end], '-') && tokens[found.end + 1]?.norm === '19' && tokens[found.end + 1]!.joined ? found.end + 2 : found.end;
  // "the covid (crash) year", "the pandemic year": the calendar year 2020, a period like "2020" itself.
  if (isWord(tokens[end], 'year')) return { point: { unit: 'year', year: 2020, unmistakable: true }, end: end + 1 };
  const dated = readEventDate(tokens, end);
  if (dated) return dated;
  const crash = tokens.slice(index, found.end).some((token) => CRASH_WORDS.has(token.norm));
  return { point: { unit: 'month', year: 2020, month: 3, instant: true, ...(crash ? { crashYear: 2020 } : {}), unmistakable: false }, end };
}

/** The market moments people start or end at and then date: "the covid low", "the 2022 bottom", "the FTX crash", "the btc ath". */
const MOMENT_WORDS = ['low', 'lows', 'high', 'highs', 'bottom', 'top', 'peak', 'trough', 'ath', 'atl', 'crash', 'selloff', 'collapse', 'capitulation'];
/** How many words may name the moment: "the march 2020 covid low". */
const MOMENT_NAME_WORDS = 4;
const MOMENT_DATINGS = phrases('on|of|at|in|dated', ',', ':', '(');

/**
 * "since covid low 2020-03-23", "from the 2022 bottom (2022-06-18)", "since the FTX crash on 2022-11-09":
 * a named moment with its date written beside it is one point, the written date; read apart, the name
 * ("covid", "2022") and the date were two periods. The date must name its year and be a day or a month.
 */
export function readDatedMoment(tokens: readonly Token[], index: number): { point: DatePoint; end: number } | undefined {
  const nameAt = isWord(tokens[index], 'the') ? index + 1 : index;
  for (let at = nameAt; at < nameAt + MOMENT_NAME_WORDS && (isWord(tokens[at]) || isBareYear(tokens, at)); at++) {
    if (!isWord(tokens[at], ...MOMENT_WORDS)) continue;
    const dating = matchLongest(tokens, at + 1, MOMENT_DATINGS);
    const dated = readDatePoint(tokens, dating?.end ?? at + 1);
    if (!dated || dated.point.year === undefined || (dated.point.unit !== 'day' && dated.point.unit !== 'month') || dated.point.edge) return undefined;
    const bracketed = isPunct(tokens[(dating?.end ?? 0) - 1], '(');
    if (bracketed && !isPunct(tokens[dated.end], ')')) return undefined;
    return { point: dated.point, end: bracketed ? dated.end + 1 : dated.end };
  }
  return undefined;
}

/** Who a life event happens to: "I retired", "my daughter was born", "we moved". */
const LIFE_SUBJECTS = ['i', "i'd", "i'm", 'we', "we'd", 'he', 'she', 'they', 'my', 'our', 'his', 'her', 'their'];
/** How many words may tell the event between its subject and its date: "my youngest was born", "we moved to Lisbon". */
const LIFE_EVENT_WORDS = 6;
const LIFE_DATINGS = phrases('in|on|around', 'back in|on', 'sometime|some time in');

/**
 * "since my daughter was born in 2019", "from when I retired in March 2021 until I got sick in October
 * 2023": after a word that starts or ends a range, a life event dated as written is that date, as
 * "since the pandemic hit in March 2020" is. Only words stand between the subject and the date, and
 * the date names its year, so "since I last ran it" or "since my 50/200 run" read nothing.
 */
export function readLifeEvent(tokens: readonly Token[], index: number): { point: DatePoint; end: number } | undefined {
  const subject = isWord(tokens[index], 'when') ? index + 1 : index;
  if (!isWord(tokens[subject], ...LIFE_SUBJECTS)) return undefined;
  for (let at = subject + 1; at <= subject + LIFE_EVENT_WORDS && isWord(tokens[at]); at++) {
    const dating = matchLongest(tokens, at, LIFE_DATINGS);
    const dated = dating && readDatePoint(tokens, dating.end);
    if (dated) return dated.point.year === undefined || at === subject + 1 ? undefined : dated;
  }
  return undefined;
}

const EDGES = phrases('start|beginning|begin|starting|opening of', 'start|beginning', 'end|ending|close of', 'end', 'early', 'earlier part of', 'mid|middle|midway',
  'middle of', 'the middle of', 'late', 'later part of', 'latter part of', 'the start|beginning|end of', 'the start|beginning|end', 'the early|late part of',
  // Desk shorthand: "eoy 2023" is the end of 2023, "eoq", "eom" of a quarter or month.
  'eoy|eoq|eom',
  // As Spanish, French or Italian speakers say "hasta el final de 2024": "until the final of 2024", "to finish of 2023".
  'final|finish|finishing of', 'the final|finish|finishing of');
const EDGE_OF: ReadonlyArray<DatePoint['edge']> = ['start', 'start', 'end', 'end', 'early', 'early', 'mid', 'mid', 'mid', 'late', 'late', 'late', 'start', 'start', 'early', 'end',
  'end', 'end'];
const END_EDGE_WORDS = ['end', 'ending', 'close', 'final', 'finish', 'finishing'];

/** "the end of May": after "of", a month's name that is also a word ("may", "mar") is the month. */
function monthAfterOf(tokens: readonly Token[], index: number): { point: DatePoint; end: number } | undefined {
  const month = isWord(tokens[index]) && isWord(tokens[index - 1], 'of') ? MONTHS.get(tokens[index]!.norm) : undefined;
  return month === undefined ? undefined : { point: { unit: 'month', month, unmistakable: false }, end: index + 1 };
}

/** "early 2021", "mid-2020", "late 2022", "the start of 2022", "the end of June 2023". */
function readEdge(tokens: readonly Token[], index: number): { point: DatePoint; end: number } | undefined {
  const found = matchLongest(tokens, index, EDGES);
  if (!found) return undefined;
  const words = tokens.slice(index, found.end).map((token) => token.norm);
  const edge: DatePoint['edge'] = words.some((word) => END_EDGE_WORDS.includes(word)) ? 'end'
    : words.includes('late') || words.includes('later') || words.includes('latter') ? 'late'
      : words.some((word) => ['mid', 'middle', 'midway'].includes(word)) ? 'mid'
        : words.includes('early') || words.includes('earlier') ? 'early' : EDGE_OF[found.which] ?? 'start';
  const dashed = isPunct(tokens[found.end], '-') ? found.end + 1 : found.end;
  // "to the end of the 2024": an article before a bare year, as Romance languages write it.
  const at = isWord(tokens[dashed], 'the') && isBareYear(tokens, dashed + 1) ? dashed + 1 : dashed;
  const inner = readPart(tokens, at) ?? readMonthFirst(tokens, at) ?? readDecade(tokens, at) ?? readNamedPeriod(tokens, at) ?? monthAfterOf(tokens, at)
    ?? (isBareYear(tokens, at) ? { point: { unit: 'year' as const, year: tokens[at]!.value, unmistakable: true }, end: at + 1 } : undefined);
  if (!inner || inner.point.unit === 'day') return undefined;
  return { point: { ...inner.point, edge, unmistakable: inner.point.year !== undefined }, end: inner.end };
}

const PERIOD_UNITS: Readonly<Record<string, 'year' | 'month' | 'quarter'>> = { year: 'year', yr: 'year', month: 'month', quarter: 'quarter', qtr: 'quarter' };

/**
 * The period named by its unit inside an edge: "since the start of the year", "the beginning of
 * this month", "the start of the quarter", "the end of last month". "the year" is today's, as
 * "this year" is; the bare unit only after "of" ("since start of year").
 */
function readNamedPeriod(tokens: readonly Token[], index: number): { point: DatePoint; end: number } | undefined {
  const afterThe = isWord(tokens[index], 'the') ? index + 1 : index;
  const lead = tokens[afterThe];
  const which = isWord(lead, 'last', 'previous', 'prior') ? 'last' : isWord(lead, 'this', 'current') ? 'this' : undefined;
  const unitAt = which === undefined ? afterThe : afterThe + 1;
  const unit = isWord(tokens[unitAt]) ? PERIOD_UNITS[tokens[unitAt]!.norm] : undefined;
  if (unit === undefined || (unitAt === index && !isWord(tokens[index - 1], 'of'))) return undefined;
  return { point: { unit, relative: which ?? 'this', unmistakable: true }, end: unitAt + 1 };
}

/**
 * The year named relative to today: "last year", "this year", "the previous|prior|preceding year", "the
 * year before" (alone: "the year before covid" and "the year before last" are read elsewhere), as in
 * "Q1 of the previous year" or "the first 3 months of the year before".
 */
export function readYearFromToday(tokens: readonly Token[], index: number): { back: 0 | 1; end: number } | undefined {
  const at = isWord(tokens[index], 'the') ? index + 1 : index;
  if (at > index && isWord(tokens[at], 'year', 'yr') && isWord(tokens[at + 1], 'before')) {
    const next = tokens[at + 2];
    const alone = next === undefined || next.kind === 'punct' || isWord(next, 'and', 'on', 'for', 'with', 'using', 'then', 'but', 'please', 'pls', 'vs', 'versus');
    return alone ? { back: 1, end: at + 2 } : undefined;
  }
  if (!isWord(tokens[at + 1], 'year', 'yr')) return undefined;
  if (isWord(tokens[at], 'last', 'previous', 'prior', 'preceding')) return { back: 1, end: at + 2 };
  return isWord(tokens[at], 'this', 'current') ? { back: 0, end: at + 2 } : undefined;
}

/** "03/15/2021" (US order), "15/03/2021" (day first when it cannot be a month), "3-1-2019". */
export function readNumericDate(tokens: readonly Token[], index: number): { point: DatePoint; end: number } | undefined {
  const [first, separator, second, again, year] = tokens.slice(index, index + 5);
  if (!isNumber(first) || !isNumber(second) || !isPunct(separator, '/', '-', '.') || !isPunct(again, separator!.norm) || !isYearNumber(year)) return undefined;
  if (![separator, second, again, year].every((token) => token!.joined)) return undefined;
  const [month, day] = first.value > 12 ? [second.value, first.value] : [first.value, second.value];
  if (!Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const numericOrder = first.value > 12 ? 'day_first' : second.value > 12 || first.value === second.value ? 'month_first' : 'either';
  return { point: { unit: 'day', year: year!.value, month, day, unmistakable: true, numericOrder }, end: index + 5 };
}

/**
 * "03/2020", "9/2021", "03-2020": a month and its year in numbers, as card expiry dates are written. All
 * joined, and not the tail of a day-first date ("15/03/2020", read whole by readNumericDate).
 */
function readNumericMonth(tokens: readonly Token[], index: number): { point: DatePoint; end: number } | undefined {
  const [month, separator, year] = tokens.slice(index, index + 3);
  if (!isNumber(month) || !Number.isInteger(month.value) || month.value < 1 || month.value > 12 || !isPunct(separator, '/', '-') || !isYearNumber(year)) return undefined;
  if (!separator!.joined || !year!.joined || isPunct(tokens[index - 1], '/', '-', '.') && month.joined) return undefined;
  if (isPunct(tokens[index + 3], separator!.norm) && tokens[index + 3]!.joined) return undefined;
  return { point: { unit: 'month', year: year!.value, month: month.value, unmistakable: true }, end: index + 3 };
}

/**
 * Day-precise dates the rules above miss ("the 3rd of January, 2022", "Jan. 5th 2022"), read by
 * chrono-node from the words at `index`. Only a date with its day, month and year all written is
 * taken; the project's own rules (ranges, "last year", "from 2019") stay in charge of the rest.
 */
function readWithChrono(tokens: readonly Token[], index: number): { point: DatePoint; end: number } | undefined {
  const first = tokens[index];
  const startsDate = first?.kind === 'number' || (first?.kind === 'word' && (MONTHS.has(first.norm) || first.norm === 'the'));
  if (!startsDate) return undefined;
  const window = tokens.slice(index, index + 8);
  const text = window.map((token, position) => (position > 0 && !token.joined ? ' ' : '') + token.text).join('');
  const [result] = chrono.strict.parse(text, new Date(Date.UTC(2000, 0, 1)));
  if (!result || result.index !== 0 || result.end !== undefined) return undefined;
  if (!result.start.isCertain('year') || !result.start.isCertain('month') || !result.start.isCertain('day')) return undefined;
  let length = 0;
  let end = index;
  for (const [position, token] of window.entries()) {
    length += (position > 0 && !token.joined ? 1 : 0) + token.text.length;
    end = index + position + 1;
    if (length >= result.text.length) break;
  }
  return { point: { unit: 'day', year: result.start.get('year')!, month: result.start.get('month')!, day: result.start.get('day')!, unmistakable: true }, end };
}

/**
 * Early = the first third, late = the last third; mid starts at the middle and, as an end, stops
 * there; run over on its own, "mid-2022" is the middle third (May–Aug), as early and late are thirds.
 */
function edgeOf(span: Span, edge: NonNullable<DatePoint['edge']>, unit: DatePoint['unit']): Span {
  const { year, month } = fromIsoDate(span.start);
  if (edge === 'start') return { start: span.start, end: span.start };
  if (edge === 'end') return { start: span.end, end: span.end };
  // "the early 2010s" 2010–2013, "the mid 2010s" 2013–2016, "the late 2010s" 2017–2019.
  if (unit === 'decade') return edge === 'early' ? yearsSpan(year, year + 3) : edge === 'late' ? yearsSpan(year + 7, year + 9) : yearsSpan(year + 3, year + 6);
  if (unit === 'year') {
    if (edge === 'early') return monthSpan(year, 1, 4);
    if (edge === 'late') return monthSpan(year, 9, 12);
    if (edge === 'middle') return monthSpan(year, 5, 8);
    return { start: `${year}-07-01`, end: `${year}-06-30` };
  }
  const last = fromIsoDate(span.end).day;
  if (edge === 'early') return { start: span.start, end: toIsoDate({ year, month, day: Math.min(10, last) }) };
  if (edge === 'late') return { start: toIsoDate({ year, month, day: 21 }), end: span.end };
  if (edge === 'middle') return { start: toIsoDate({ year, month, day: 11 }), end: toIsoDate({ year, month, day: 20 }) };
  const middle = toIsoDate({ year, month, day: 15 });
  return { start: middle, end: middle };
}

/**
 * A point run over as a period of its own ("in mid-2022", "mid-March 2022"): mid is then the middle
 * third, where as a range's start or end it is the middle day (so "mid-2021 to mid-2022" is a year).
 */
export function asWholePeriod(point: DatePoint): DatePoint {
  return point.edge === 'mid' ? { ...point, edge: 'middle' } : point;
}

function yearsSpan(first: number, last: number): Span {
  return { start: `${first}-01-01`, end: `${last}-12-31` };
}

function spanIn(point: DatePoint, year: number): Span | undefined {
  const span = plainSpanIn(point, year);
  return span && point.edge ? edgeOf(span, point.edge, point.unit) : span;
}

function plainSpanIn(point: DatePoint, year: number): Span | undefined {
  switch (point.unit) {
    case 'year': return monthSpan(year, 1, 12);
    case 'decade': return yearsSpan(year, year + 9);
    case 'quarter': return monthSpan(year, point.part! * 3 - 2, point.part! * 3);
    case 'half': return monthSpan(year, point.part! * 6 - 5, point.part! * 6);
    case 'season': return monthSpan(year, point.part! * 3, point.part! * 3 + 2);
    case 'month': return monthSpan(year, point.month!, point.month!);
    case 'day': {
      const iso = toIsoDate({ year, month: point.month!, day: point.day! });
      return isIsoDate(iso) ? { start: iso, end: iso } : undefined;
    }
    case 'today': return undefined;
    default: return assertNever(point.unit, 'date unit');
  }
}

/**
 * The days a point covers. A point with its year is taken as written (so "2027" is in the future);
 * one without takes `year` if given, else its latest occurrence that has begun by today, cut at today.
 * "last March" is the latest March that has ended; "this June" is June of today's year.
 */
export function resolveDatePoint(written: DatePoint, today: string, year?: number): Span | undefined {
  const point = placeNamedPeriod(written, today);
  if (point.unit === 'today') {
    const day = addDays(today, point.day ?? 0);
    return { start: day, end: day };
  }
  // A period that has begun but not ended ("for 2025" in November 2025) runs to today.
  const upToToday = (span: Span | undefined) => span && (span.start <= today && span.end > today ? { start: span.start, end: today } : span);
  if (point.year !== undefined) return upToToday(spanIn(point, point.year));
  const thisYear = fromIsoDate(today).year;
  if (point.relative === 'this') return upToToday(spanIn(point, thisYear));
  // "last year" is the previous calendar year, whatever part of it is meant.
  if (point.relative === 'last_year' || (point.relative === 'last' && (point.unit === 'year' || point.unit === 'half' || point.unit === 'quarter'))) return spanIn(point, thisYear - 1);
  if (point.relative === 'last') {
    const current = spanIn(point, thisYear);
    return current && current.end < today ? current : spanIn(point, thisYear - 1);
  }
  if (year !== undefined) return upToToday(spanIn(point, year));
  const current = spanIn(point, thisYear);
  const span = current && current.start <= today ? current : spanIn(point, thisYear - 1);
  return span && { start: span.start, end: span.end > today ? today : span.end };
}

/** "this month", "last quarter" (no number written): today's month or quarter, or the one before it. */
function placeNamedPeriod(point: DatePoint, today: string): DatePoint {
  if (point.relative === undefined || point.month !== undefined || point.part !== undefined || (point.unit !== 'month' && point.unit !== 'quarter')) return point;
  const { year, month } = fromIsoDate(today);
  const back = point.relative === 'last' ? 1 : 0;
  const { relative: _relative, ...rest } = point;
  if (point.unit === 'month') {
    const index = year * 12 + month - 1 - back;
    return { ...rest, year: Math.floor(index / 12), month: (index % 12) + 1 };
  }
  const index = year * 4 + Math.ceil(month / 3) - 1 - back;
  return { ...rest, year: Math.floor(index / 4), part: (index % 4) + 1 };
}

/** A day the calendar does not have: "the 31st of February 2021", "June 31". */
export function isImpossibleDay(point: DatePoint): boolean {
  if (point.unit !== 'day') return false;
  // Without its year, February 29 may exist.
  return !isIsoDate(toIsoDate({ year: point.year ?? 2000, month: point.month!, day: point.day! }));
}

/** The year a point without one takes from its partner in a range ("March to June 2022" → 2022). */
export function yearFromPartner(point: DatePoint, partner: Span | undefined, partnerIsEnd: boolean): number | undefined {
  if (point.year !== undefined || point.relative !== undefined || !partner) return undefined;
  const year = fromIsoDate(partner.start).year;
  const span = spanIn(point, year);
  if (!span) return year;
  if (partnerIsEnd && span.start > partner.start) return year - 1;
  if (!partnerIsEnd && span.start < partner.start) return year + 1;
  return year;
}
