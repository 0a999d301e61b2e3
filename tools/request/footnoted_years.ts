import { MONTH_NAME } from './named_month_dates.js';

/** One star, not bold's two ("**with 5 bps**"). */
const LONE_STAR = /(?<!\*)\*(?!\*)/g;
/** "2021*": the year a star is glued to (a longer number, "12021*", is no year; "*2021*" is italic, no mark). */
const YEAR_BEFORE_STAR = /(?:^|[^\d*])((?:19|20)\d{2})$/;
/** A note's star stands at the text's or a line's start, after a space, a bracket or a dash, then its words. */
const OPENS_NOTE_BEFORE = /^$|[\s([—–-]/;
const OPENS_NOTE_AFTER = /^\s?[\p{L}\d]/u;

const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
/** Past a day or month: no letter or digit goes on, and no year is written ("Jan 1st, 2021", "Jan 1 '21"). */
const WITHOUT_YEAR = String.raw`(?![\p{L}\d])(?!,?\s*(?:'\d{2}|\d{4})(?!\d))`;
/** "the 1st of March", "Jan 1st", "from March": a month alone only after a word of time, as "may" is a verb too. */
const YEARLESS_DAY_AND_MONTH = new RegExp(
  [
    String.raw`(?<![\p{L}\d])(?:the\s+)?${DAY}\s+(?:of\s+)?${MONTH_NAME}${WITHOUT_YEAR}`,
    String.raw`(?<![\p{L}\d])${MONTH_NAME}\.?\s+(?:the\s+)?${DAY}${WITHOUT_YEAR}`,
    String.raw`(?<=(?:^|[^\p{L}])(?:from|since|until|till|til|through|thru|to|after|before|starting|in)\s+)${MONTH_NAME}${WITHOUT_YEAR}(?!\.?\s*(?:the\s+)?\d)`,
  ].join('|'),
  'giu',
);

/**
 * Footnotes: "since 2021*  *from Jan 1st", "2019 to 2022* — *through June 30". A star glued to a
 * year marks it; a star opening a word after it starts the note about that year, to the end of its
 * line. A day and month in the note without a year are of the starred year, not of this one, so the
 * year is written after them ("from Jan 1st 2021"); before, the note's date moved the start to
 * this January. One pass over the text's stars.
 */
export function yearsIntoFootnotes(text: string): string {
  let starredYear: string | undefined;
  let written = '';
  let copiedTo = 0;
  for (const star of text.matchAll(LONE_STAR)) {
    const at = star.index;
    const yearBefore = YEAR_BEFORE_STAR.exec(text.slice(Math.max(0, at - 5), at))?.[1];
    if (yearBefore) {
      starredYear = yearBefore;
      continue;
    }
    const opensNote = OPENS_NOTE_BEFORE.test(text[at - 1] ?? '') && OPENS_NOTE_AFTER.test(text.slice(at + 1, at + 3));
    if (!starredYear || !opensNote || at < copiedTo) continue;
    const lineEnd = text.indexOf('\n', at);
    const noteEnd = lineEnd === -1 ? text.length : lineEnd;
    const year = starredYear;
    written += text.slice(copiedTo, at) + text.slice(at, noteEnd).replace(YEARLESS_DAY_AND_MONTH, (date) => `${date} ${year}`);
    copiedTo = noteEnd;
  }
  return copiedTo === 0 ? text : written + text.slice(copiedTo);
}
