import type { Token } from '../tokenizer.js';
import { isNumber, isWord, matchLongest, phrases } from '../token_matchers.js';
import type { DatePoint } from './date_points.js';
import { readDayOfMonth } from './day_of_month.js';

/**
 * A period written after its year, as many write dates largest unit first: "2024 March",
 * "from 2022 May until 2023 Feb", "2022 first half", "2020 1st half", "2021 second quarter", "2023 year first half".
 * (The letter forms "2021 H2" and "2021 Q3" are read with the other letter forms, date_points.ts.)
 * Read as one period, so the year is not a whole year and the month or half a stray word after it.
 */
const ORDINALS = phrases('first|1st', 'second|2nd', 'third|3rd', 'fourth|4th');
const ORDINAL_SUFFIXES = ['st', 'nd', 'rd', 'th'];
/**
 * Words that may follow "2022 may" when "may" is the month, or a day after its month: a range's connector.
 * Any other word after "may" ("in 2022 may be worse") leaves it the verb.
 */
const CONNECTORS = ['to', 'through', 'thru', 'until', 'till', 'til', 'and', 'only', 'onwards', 'onward', 'bis', 'or', 'with', 'on', 'for', 'vs', 'versus'];

function readOrdinal(tokens: readonly Token[], index: number): { part: number; end: number } | undefined {
  const worded = matchLongest(tokens, index, ORDINALS);
  if (worded) return { part: worded.which + 1, end: worded.end };
  const digit = tokens[index];
  const suffix = tokens[index + 1];
  const ok = isNumber(digit) && Number.isInteger(digit.value) && digit.value >= 1 && digit.value <= 4 && isWord(suffix, ...ORDINAL_SUFFIXES) && suffix!.joined;
  return ok ? { part: digit.value, end: index + 2 } : undefined;
}

/** "2023 year first half": the unit named after the year, as those who write 2023年上半年 put it; only before a half or quarter. */
function readOrdinalAfterYearWord(tokens: readonly Token[], at: number): { part: number; end: number } | undefined {
  return isWord(tokens[at], 'year') ? readOrdinal(tokens, at + 1) : undefined;
}

/** A whole number from 1 to `most` at `index`, followed by the unit `unit` ("6 month", "1 day"). */
function numberWithUnit(tokens: readonly Token[], index: number, most: number, unit: string): number | undefined {
  const number = tokens[index];
  return isNumber(number) && Number.isInteger(number.value) && number.value >= 1 && number.value <= most && isWord(tokens[index + 1], unit) ? number.value : undefined;
}

/**
 * "2019 year 6 month" (2019年6月, as Chinese and Japanese writers carry it over): the month by its number, named
 * as a month; "2024 year 6 month 1 day" (2024年6月1日) adds the day the same way (before, its "1 day" was left over).
 */
function numberedMonth(tokens: readonly Token[], at: number): { month: number; day?: number; end: number } | undefined {
  const numberAt = isWord(tokens[at], 'year') ? at + 1 : at;
  const month = numberWithUnit(tokens, numberAt, 12, 'month');
  if (month === undefined) return undefined;
  const day = numberWithUnit(tokens, numberAt + 2, 31, 'day');
  return day === undefined ? { month, end: numberAt + 2 } : { month, day, end: numberAt + 4 };
}

/** The part of `year` written at `at` (just after the year), or nothing. */
export function readAfterYear(tokens: readonly Token[], at: number, year: number, monthOf: (word: string) => number | undefined): { point: DatePoint; end: number } | undefined {
  const numbered = numberedMonth(tokens, at);
  if (numbered?.day !== undefined) return { point: { unit: 'day', month: numbered.month, day: numbered.day, year, unmistakable: true }, end: numbered.end };
  if (numbered) return { point: { unit: 'month', month: numbered.month, year, unmistakable: true }, end: numbered.end };
  const word = tokens[at];
  const month = isWord(word) ? monthOf(word!.norm) : undefined;
  if (month !== undefined) {
    const next = tokens[at + 1];
    const verb = word!.norm === 'may' && isWord(next) && !isWord(next, ...CONNECTORS);
    if (verb) return undefined;
    const day = readDayOfMonth(tokens, at + 1);
    const after = day && tokens[day.end];
    // "2024 March 15 to 2025 June 1": a day only where the range or the sentence goes on, so "2024 march 20 day sma" keeps its 20.
    if (day && !day.inWords && !day.afterThe && (after === undefined || after.kind === 'punct' || isWord(after, ...CONNECTORS))) {
      return { point: { unit: 'day', month, day: day.day, year, unmistakable: true }, end: day.end };
    }
    return { point: { unit: 'month', month, year, unmistakable: true }, end: at + 1 };
  }
  const ordinal = readOrdinal(tokens, at) ?? readOrdinalAfterYearWord(tokens, at);
  if (!ordinal) return undefined;
  const unit = isWord(tokens[ordinal.end], 'half') ? 'half' : isWord(tokens[ordinal.end], 'quarter') ? 'quarter' : undefined;
  if (!unit || (unit === 'half' && ordinal.part > 2)) return undefined;
  return { point: { unit, part: ordinal.part, year, unmistakable: true }, end: ordinal.end + 1 };
}
