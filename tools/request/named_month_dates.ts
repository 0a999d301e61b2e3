/**
 * Dates with the month's name between hyphens, slashes or dots: "01-Jan-2021", "15-Feb-21",
 * "01/Jan/2021", "Jan-01-2021", "2021-Jan-01". Read whole by the tokenizer as one ISO date; before,
 * "from 01-Jan-2021 to 30-Jun-2021" read as January and June, two separate periods, and the day
 * was taken for a parameter.
 */

/** An English month's name, whole or cut short ("jan", "sept"), to match case-insensitively. */
export const MONTH_NAME = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const MONTH_PREFIXES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Four digits, or two ('21 = 2021); END keeps a third digit or a letter from following. */
const YEAR = String.raw`(?:\d{4}|\d{2})`;
const END = String.raw`(?![a-z\d])`;

/**
 * The alternatives, each with its separator written the same both times (named, as the tokenizer's
 * pattern numbers its groups). "Dec 2020-Jan-21" is a range of months written loosely, not
 * 21 January 2020, so a year just after a month's name starts no date.
 */
export const NAMED_MONTH_DATE_SOURCE = [
  String.raw`\d{1,2}(?<dayFirstSep>[-/.])${MONTH_NAME}\k<dayFirstSep>${YEAR}${END}`,
  String.raw`${MONTH_NAME}(?<monthFirstSep>[-/.])\d{1,2}\k<monthFirstSep>${YEAR}${END}`,
  String.raw`(?<!${MONTH_NAME}\.?\s)\d{4}(?<yearFirstSep>[-/.])${MONTH_NAME}\k<yearFirstSep>\d{1,2}${END}`,
].join('|');

/** Two-digit years as `'23` reads them: 1970–2069 (the POSIX `%y` pivot). */
function fullYear(digits: string): number {
  const value = Number(digits);
  return digits.length === 4 ? value : value + (value < 70 ? 2000 : 1900);
}

/**
 * The date as YYYY-MM-DD; an impossible day ("31-Feb-2021") stays impossible, to be refused as bad_date.
 * Which part is the year is told by its place: four digits first, else last.
 */
export function namedMonthDateToIso(raw: string): string {
  const parts = raw.split(/[-/.]/) as [string, string, string];
  const monthAt = parts.findIndex((part) => /^[a-z]/i.test(part));
  const month = MONTH_PREFIXES.indexOf(parts[monthAt]!.slice(0, 3).toLowerCase()) + 1;
  const [yearDigits, dayDigits] = monthAt === 1 && parts[0].length === 4 ? [parts[0], parts[2]] : [parts[2], parts[monthAt === 0 ? 1 : 0]];
  return `${String(fullYear(yearDigits)).padStart(4, '0')}-${String(month).padStart(2, '0')}-${dayDigits!.padStart(2, '0')}`;
}
