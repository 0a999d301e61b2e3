import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, isIsoDate } from './calendar.js';
import { parseRequest } from './parse_request.js';

function dateRangeOf(phrase: string, today: string): unknown {
  const outcome = parseRequest(`SMA on BTC ${phrase}`, { today });
  return outcome.ok ? outcome.spec.date_range : outcome.error;
}

describe('calendar arithmetic', () => {
  it('clamps to the month end when the day does not exist', () => {
    expect(addMonths('2026-08-31', -6)).toBe('2026-02-28');
    expect(addMonths('2024-08-31', -6)).toBe('2024-02-29');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonths('2026-11-24', -36)).toBe('2023-11-24');
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2024-01-01', '2024-12-31')).toBe(365);
  });

  it('accepts only real dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-13-01')).toBe(false);
    expect(isIsoDate('2023-1-01')).toBe(false);
  });
});

describe('dates against today = 2026-11-24', () => {
  const today = '2026-11-24';
  it.each([
    ['last year', { start: '2025-01-01', end: '2025-12-31' }],
    // "through 2020 and 2021" is both years; before, the run was 2021 alone.
    ['just hold it through 2020 and 2021', { start: '2020-01-01', end: '2021-12-31' }],
    // Refused as two periods before: "final quarter" was unread, and so was a range end after "the".
    ['from the first quarter of 2008 to the final quarter of 2009', { start: '2008-01-01', end: '2009-12-31' }],
    ['from the 2005 to the 2015', { start: '2005-01-01', end: '2015-12-31' }],
    ['the last half of 2021', { start: '2021-07-01', end: '2021-12-31' }],
    ['this year', { start: '2026-01-01', end: today }],
    ['year to date', { start: '2026-01-01', end: today }],
    ['last month', { start: '2026-10-01', end: '2026-10-31' }],
    ['last quarter', { start: '2026-07-01', end: '2026-09-30' }],
    ['QTD', { start: '2026-10-01', end: today }],
    ['MTD', { start: '2026-11-01', end: today }],
    ['over the past year', { start: '2025-11-24', end: today }],
    ['for the last 2 weeks', { start: '2026-11-10', end: today }],
    ['last 30 days', { start: '2026-10-25', end: today }],
    ['over the past three years', { start: '2023-11-24', end: today }],
    ['in March', { start: '2026-03-01', end: '2026-03-31' }],
    ['in December', { start: '2025-12-01', end: '2025-12-31' }],
    ['in Q4', { start: '2026-10-01', end: today }],
    // A period still under way ends today, as a run cannot use days that have not happened.
    ['in Q4 2026', { start: '2026-10-01', end: today }],
    ['from March to June 2022', { start: '2022-03-01', end: '2022-06-30' }],
    ['between November and February 2022', { start: '2021-11-01', end: '2022-02-28' }],
    ['from March 15, 2021 to April 2, 2021', { start: '2021-03-15', end: '2021-04-02' }],
    ['from 15 March 2021 through 2021-06-30', { start: '2021-03-15', end: '2021-06-30' }],
    ['since March 2021', { start: '2021-03-01', end: today }],
    ['after 2020', { start: '2021-01-01' }],
    ['before 2020', { end: '2019-12-31' }],
    ['from 2020 onwards', { start: '2020-01-01', end: today }],
    ['2020 to date', { start: '2020-01-01', end: today }],
    ['in the first half of 2023', { start: '2023-01-01', end: '2023-06-30' }],
    ['2nd half of 2021', { start: '2021-07-01', end: '2021-12-31' }],
    ['in the 3rd quarter of 2022', { start: '2022-07-01', end: '2022-09-30' }],
    ['in the covid crash year', { start: '2020-01-01', end: '2020-12-31' }],
    // Today is 2026-11-24: "last" is the latest such month that has ended, "this" the current year's.
    ['from last march to this june', { start: '2026-03-01', end: '2026-06-30' }],
    ['last november', { start: '2025-11-01', end: '2025-11-30' }],
    ['since last may', { start: '2026-05-01', end: today }],
    ['this november', { start: '2026-11-01', end: today }],
    ['2023Q3', { start: '2023-07-01', end: '2023-09-30' }],
    ['in the second quarter of 2022', { start: '2022-04-01', end: '2022-06-30' }],
    ['up to today', { end: today }],
    ['in February 2024', { start: '2024-02-01', end: '2024-02-29' }],
    ['from 2021-01 to 2021-03', { start: '2021-01-01', end: '2021-03-31' }],
    ['2019 through 2021', { start: '2019-01-01', end: '2021-12-31' }],
    // Counts of any size and unit spelling: weeks as "wks", a decade as ten years.
    ['for the last 6 wks', { start: '2026-10-13', end: today }],
    ['over the past 365 days', { start: '2025-11-24', end: today }],
    ['over the last decade', { start: '2016-11-24', end: today }],
    ['for the past fifteen years', { start: '2011-11-24', end: today }],
    // "since ten years" (French "depuis dix ans") is the trailing ten years.
    ['since ten years', { start: '2016-11-24', end: today }],
    ['in the first six months of 2020', { start: '2020-01-01', end: '2020-06-30' }],
    ['the last 2 quarters of 2021', { start: '2021-07-01', end: '2021-12-31' }],
    ['the last 3 months of 2026', { start: '2026-10-01', end: today }],
    // Seasons of the northern hemisphere; winter, across two years, is not read.
    ['for the summer of 2024', { start: '2024-06-01', end: '2024-08-31' }],
    ['from spring 2021 to fall 2022', { start: '2021-03-01', end: '2022-11-30' }],
    ["in autumn '23", { start: '2023-09-01', end: '2023-11-30' }],
    // An event starts or ends a range; "during covid" has no agreed end and is not read.
    ['since covid', { start: '2020-03-01', end: today }],
    ['since covid-19', { start: '2020-03-01', end: today }],
    ['before the pandemic', { end: '2020-02-29' }],
    // Run over, a crash is its calendar year: five weeks are too few to judge a strategy on.
    ['over the covid crash', { start: '2020-01-01', end: '2020-12-31' }],
    ['during the 2020 selloff', { start: '2020-01-01', end: '2020-12-31' }],
    // "last year" and "this year" inside a part or an edge of the year.
    ['since the beginning of last year', { start: '2025-01-01', end: today }],
    ['in the second half of last year', { start: '2025-07-01', end: '2025-12-31' }],
    ['for Q1 of this year', { start: '2026-01-01', end: '2026-03-31' }],
    // Decades are ten calendar years; early, mid and late are their first four, middle four and last three.
    ['for the 2010s', { start: '2010-01-01', end: '2019-12-31' }],
    ["in the 2000's", { start: '2000-01-01', end: '2009-12-31' }],
    ['during the nineties', { start: '1990-01-01', end: '1999-12-31' }],
    ["since the '90s", { start: '1990-01-01', end: today }],
    ['in the 90s', { start: '1990-01-01', end: '1999-12-31' }],
    ['from the early 2000s to 2008', { start: '2000-01-01', end: '2008-12-31' }],
    ['in the mid 2010s', { start: '2013-01-01', end: '2016-12-31' }],
    ['in the late 2010s', { start: '2017-01-01', end: '2019-12-31' }],
    // A span back from the end of the period it ends with.
    ['over the fifteen years ending December 2024', { start: '2010-01-01', end: '2024-12-31' }],
    ['the 3 years to June 2023', { start: '2020-07-01', end: '2023-06-30' }],
    ['90 days through 2024-03-31', { start: '2024-01-02', end: '2024-03-31' }],
    // Years written short or joined to their period.
    ["since Q2 '23", { start: '2023-04-01', end: today }],
    ["in '21", { start: '2021-01-01', end: '2021-12-31' }],
    ["from '98 to '02", { start: '1998-01-01', end: '2002-12-31' }],
    ['H2-2019', { start: '2019-07-01', end: '2019-12-31' }],
    ['Q1-2023 to Q3-2023', { start: '2023-01-01', end: '2023-09-30' }],
    ['2021-22', { start: '2021-01-01', end: '2022-12-31' }],
    ['for 1999-01', { start: '1999-01-01', end: '1999-01-31' }],
    ['Aug 2021 → Jan 2022', { start: '2021-08-01', end: '2022-01-31' }],
    // Dots are day.month.year unless the second number cannot be a month.
    ['13.05.2021 – 20.07.2021', { start: '2021-05-13', end: '2021-07-20' }],
    ['from 05.03.2021 to 05.13.2021', { start: '2021-03-05', end: '2021-05-13' }],
  ])('%s', (phrase, expected) => {
    expect(dateRangeOf(phrase, today)).toStrictEqual(expected);
  });
});

describe('dates against other todays', () => {
  it.each([
    ['2024-08-31', 'last 6 months', { start: '2024-02-29', end: '2024-08-31' }],
    // "the past year" is the trailing 365 days, across a leap day too.
    ['2024-08-31', 'past 1 year', { start: '2023-09-01', end: '2024-08-31' }],
    ['2024-08-31', 'the last 12 months', { start: '2023-09-01', end: '2024-08-31' }],
    ['2024-08-31', 'last yr', { start: '2023-01-01', end: '2023-12-31' }],
    ['2024-08-31', 'from 2019', { start: '2019-01-01', end: '2024-08-31' }],
    ['2024-08-31', 'since the start of 2022', { start: '2022-01-01', end: '2024-08-31' }],
    ['2025-03-31', 'last 1 month', { start: '2025-02-28', end: '2025-03-31' }],
    ['2025-03-31', 'last quarter', { start: '2024-10-01', end: '2024-12-31' }],
    ['2025-03-31', 'last month', { start: '2025-02-01', end: '2025-02-28' }],
    ['2026-01-15', 'last month', { start: '2025-12-01', end: '2025-12-31' }],
    ['2026-01-15', 'in Q1', { start: '2026-01-01', end: '2026-01-15' }],
    ['2026-01-15', 'YTD', { start: '2026-01-01', end: '2026-01-15' }],
    ['2026-01-15', 'last year', { start: '2025-01-01', end: '2025-12-31' }],
  ])('on %s, "%s"', (today, phrase, expected) => {
    expect(dateRangeOf(phrase, today)).toStrictEqual(expected);
  });
});

describe('days of the month written as ordinals, in words or digits, before or after the month', () => {
  const today = '2025-11-20';
  it.each([
    ['from the fourteenth of March 2022 to the end of 2024', 'read as 1 March', { start: '2022-03-14', end: '2024-12-31' }],
    ['from the first of June 2021 to the thirtieth of November 2021', 'refused as two periods', { start: '2021-06-01', end: '2021-11-30' }],
    ['from the twenty-first of June 2021 to the thirty-first of December 2021', 'refused as two periods', { start: '2021-06-21', end: '2021-12-31' }],
    ['from the twenty first of june twenty twenty one to the end of 2022', 'read from 1 June', { start: '2021-06-21', end: '2022-12-31' }],
    ['from March the 14th, 2022 to 2024', 'read from 1 January 2022', { start: '2022-03-14', end: '2024-12-31' }],
    ['from June the first 2021 to 2022', 'read from 1 January 2021', { start: '2021-06-01', end: '2022-12-31' }],
    ['from the 1st of June to the 30th of November 2021', 'right only because "1st" was ignored', { start: '2021-06-01', end: '2021-11-30' }],
    ['since the 1st of June 2021', 'the single day 1 June', { start: '2021-06-01', end: today }],
    ['between the fifth of January and the tenth of March 2023', 'refused as two periods', { start: '2023-01-05', end: '2023-03-10' }],
    ['the third of June 2021 to today', 'read from 1 June', { start: '2021-06-03', end: today }],
  ])('"%s" (before: %s)', (phrase, _before, expected) => {
    expect(dateRangeOf(phrase, today)).toStrictEqual(expected);
  });

  it('"the" before a bare number after a month is no day: "in March the 20 day SMA" is March', () => {
    expect(dateRangeOf('in March the 20 day sma', today)).toStrictEqual({ start: '2025-03-01', end: '2025-03-31' });
  });

  it('a day the calendar does not have is refused as bad_date, as "2021-02-31" is (before: all of February, then the whole history)', () => {
    const outcome = parseRequest('SMA on BTC since the thirty-first of February 2021', { today });
    expect(outcome.ok ? outcome.spec.date_range : outcome.error).toMatchObject({ code: 'bad_date', written: 'the thirty-first of February 2021' });
  });
});

describe('the start of the current year, quarter or month (today 2025-06-15)', () => {
  const today = '2025-06-15';
  it.each([
    // Before: "the year", "the month", "the quarter", "new year" and "so far" were not read, so the run used the
    // whole history (and "since the start of last month" was May alone).
    ['since the start of the year', { start: '2025-01-01', end: today }],
    ['since the beginning of the year', { start: '2025-01-01', end: today }],
    ['from the start of the year', { start: '2025-01-01', end: today }],
    ['since start of year', { start: '2025-01-01', end: today }],
    ['over the year so far', { start: '2025-01-01', end: today }],
    ['since new year', { start: '2025-01-01', end: today }],
    ['since the beginning of the month', { start: '2025-06-01', end: today }],
    ['since the start of the quarter', { start: '2025-04-01', end: today }],
    ['since the start of last month', { start: '2025-05-01', end: today }],
    ['from the start of the year to the end of May', { start: '2025-01-01', end: '2025-05-31' }],
  ])('"%s"', (phrase, expected) => {
    expect(dateRangeOf(phrase, today)).toStrictEqual(expected);
  });
});

describe('a range of months written without "from"', () => {
  const today = '2025-11-20';
  it.each([
    // Before: the first month was ignored and the run started at the data's start, or in the last month.
    ['June through August 2025', { start: '2025-06-01', end: '2025-08-31' }],
    ['June-August 2025', { start: '2025-06-01', end: '2025-08-31' }],
    ['june thru aug 2025', { start: '2025-06-01', end: '2025-08-31' }],
    ['June to August 2025', { start: '2025-06-01', end: '2025-08-31' }],
    // Before: "May" after a month with its year was dropped, and the run was March alone.
    ['March 2025 through May', { start: '2025-03-01', end: '2025-05-31' }],
  ])('"%s"', (phrase, expected) => {
    expect(dateRangeOf(phrase, today)).toStrictEqual(expected);
  });
});

describe('range separators between two dates of any form', () => {
  const today = '2025-11-20';
  it.each([
    // Before: refused as two periods (the arrow was a dash and a ">"), or "=>" read as ">=".
    ['window 2010-01-01 -> 2020-12-31', { start: '2010-01-01', end: '2020-12-31' }],
    ['2019->2021', { start: '2019-01-01', end: '2021-12-31' }],
    ['Q1 2020 --> Q3 2021', { start: '2020-01-01', end: '2021-09-30' }],
    ['from March 2020 => June 2021', { start: '2020-03-01', end: '2021-06-30' }],
    ['1 March 2020 ==> 31 May 2021', { start: '2020-03-01', end: '2021-05-31' }],
    // Before: the run was the single day 1 January 2010, with the rest "ignored".
    ['2010-01-01..2020-12-31', { start: '2010-01-01', end: '2020-12-31' }],
    ['2019..2021', { start: '2019-01-01', end: '2021-12-31' }],
    // Before: refused as two periods, or (after "from") run from 2019 to today.
    ['2019 up to and including 2021', { start: '2019-01-01', end: '2021-12-31' }],
    ['from 2019 up to and including 2021', { start: '2019-01-01', end: '2021-12-31' }],
    ['up to and including 2021', { end: '2021-12-31' }],
    ['March 2020 till June 2021', { start: '2020-03-01', end: '2021-06-30' }],
    ['2019 thru 2021 inclusive', { start: '2019-01-01', end: '2021-12-31' }],
    ['H1 2020 — H2 2021', { start: '2020-01-01', end: '2021-12-31' }],
  ])('"%s"', (phrase, expected) => {
    expect(dateRangeOf(phrase, today)).toStrictEqual(expected);
  });
});

describe('a start and an end said as verbs or labels', () => {
  const today = '2025-11-20';
  it.each([
    // Before: the run was the single day 31 August 2024 ("finishing" unread).
    ['beginning the 1 September 2023 and finishing the 31 August 2024', { start: '2023-09-01', end: '2024-08-31' }],
    // The start borrows the end's year, as in "from June to November 2021".
    ['starting the 1 June and finishing the 30 November 2021', { start: '2021-06-01', end: '2021-11-30' }],
    // Before: refused as two single days.
    ['start 2019, end 2021', { start: '2019-01-01', end: '2021-12-31' }],
    ['begins March 2019 ends June 2021', { start: '2019-03-01', end: '2021-06-30' }],
    ['start date: 2019-01-01, end date: 2021-12-31', { start: '2019-01-01', end: '2021-12-31' }],
    ['start=2019-01-01 end=2021-12-31', { start: '2019-01-01', end: '2021-12-31' }],
    // Before: 2021 alone ("stopping" unread, so "in 2021" replaced the start).
    ['starting in 2019 and stopping in 2021', { start: '2019-01-01', end: '2021-12-31' }],
    ['commencing 2019 and concluding 2021', { start: '2019-01-01', end: '2021-12-31' }],
    ['starting on the 3rd of March 2019 and closing on the 5th of May 2021', { start: '2019-03-03', end: '2021-05-05' }],
    // One edge alone. Before: the single day 1 January 2019, or 31 December 2021.
    ['start 2019', { start: '2019-01-01', end: today }],
    ['start date 2019-01-01', { start: '2019-01-01', end: today }],
    ['end 2021', { end: '2021-12-31' }],
    ['finishing in 2022', { end: '2022-12-31' }],
    // "the start of 2019" is still that day, as a range's start.
    ['beginning of 2019 and end of 2021', { start: '2019-01-01', end: '2021-12-31' }],
  ])('"%s"', (phrase, expected) => {
    expect(dateRangeOf(phrase, today)).toStrictEqual(expected);
  });

  it('a start not yet begun keeps its period\'s own end, to be refused as future dates (before: ran to today, refused as ending before it starts)', () => {
    expect(dateRangeOf('over the academic year commencing in September 2026', today)).toStrictEqual({ start: '2026-09-01', end: '2026-09-30' });
    expect(dateRangeOf('since 2027', today)).toStrictEqual({ start: '2027-01-01', end: '2027-12-31' });
  });

  it('"the" and a digit before a month that is also a word is no day: "the 20 may be better" sets no dates', () => {
    expect(dateRangeOf('the 20 may be better', today)).toBeUndefined();
  });
});

describe('periods joined by "and": one run where they meet, several periods where a gap lies between', () => {
  const today = '2025-11-20';
  const codeOf = (phrase: string) => {
    const outcome = parseRequest(`SMA on BTC ${phrase}`, { today });
    return outcome.ok ? outcome.spec.date_range : outcome.error.code;
  };
  it.each([
    // Together they cover one unbroken stretch, so running the whole is running each.
    ['2022 and 2023', { start: '2022-01-01', end: '2023-12-31' }],
    ['Q1 and Q2 2021', { start: '2021-01-01', end: '2021-06-30' }],
    ['H1 and H2 2022', { start: '2022-01-01', end: '2022-12-31' }],
    ['Q4 2024 and Q1 2025', { start: '2024-10-01', end: '2025-03-31' }],
    ['June and July 2025', { start: '2025-06-01', end: '2025-07-31' }],
    ['March 2025 and April', { start: '2025-03-01', end: '2025-04-30' }],
    // Before: refused as two periods ("2020" and "2021 and 2022").
    ['2020, 2021 and 2022', { start: '2020-01-01', end: '2022-12-31' }],
    ['Q1, Q2, and Q3 2021', { start: '2021-01-01', end: '2021-09-30' }],
    // Before: June and July were ignored and the run was August.
    ['June, July and August 2023', { start: '2023-06-01', end: '2023-08-31' }],
    ['in 2019 and in 2020', { start: '2019-01-01', end: '2020-12-31' }],
    // Days and a period's start or end are where a range begins and stops, as after "between".
    ['the 1st of March and the 5th of May 2021', { start: '2021-03-01', end: '2021-05-05' }],
  ])('"%s" is one range', (phrase, expected) => {
    expect(codeOf(phrase)).toStrictEqual(expected);
  });

  it.each([
    // Before: run from January 2021 to June 2023, over two years nobody asked for.
    ['periods: H1 2021 and H1 2023', 'ran 2021-01-01 to 2023-06-30'],
    ['Q1 2020 and Q3 2021', 'ran 2020-01-01 to 2021-09-30'],
    ['March 2021 and May 2022', 'ran 2021-03-01 to 2022-05-31'],
    ['in 2019 and 2021', 'ran 2019 to 2021'],
    ['Q1 and Q3 2021', 'ran January to September'],
    ['March 2025 and May', 'ran March alone, May dropped unreported'],
    ['March 2025 and May with 5 bps fees', 'ran March alone'],
    ['June and August 2025', 'ran August, June ignored'],
    ['June, August and September 2023', 'ran September'],
  ])('"%s" names several periods (before: %s)', (phrase) => {
    expect(codeOf(phrase)).toBe('several_periods');
  });

  it('"may" after "and" that starts a question stays a word: "March 2025 and may I see a chart" is March', () => {
    expect(codeOf('March 2025 and may I see a chart')).toStrictEqual({ start: '2025-03-01', end: '2025-03-31' });
  });

  it('"between" joins any two periods as one range, gap or not', () => {
    expect(codeOf('between H1 2021 and H1 2023')).toStrictEqual({ start: '2021-01-01', end: '2023-06-30' });
  });
});

describe('"mid-": the middle day as a range\'s start or end, the middle third as a period of its own', () => {
  const today = '2025-11-20';
  it.each([
    ['early 2021 to mid-2022', { start: '2021-01-01', end: '2022-06-30' }],
    ['from mid-2021 to mid-2022', { start: '2021-07-01', end: '2022-06-30' }],
    ['since mid-2022', { start: '2022-07-01', end: today }],
    ['mid-2022 onwards', { start: '2022-07-01', end: today }],
    // Before: 1 July to 30 June, refused as ending before it starts.
    ['in mid-2022', { start: '2022-05-01', end: '2022-08-31' }],
    // Before: the single day 15 March.
    ['in mid-March 2022', { start: '2022-03-11', end: '2022-03-20' }],
  ])('"%s"', (phrase, expected) => {
    expect(dateRangeOf(phrase, today)).toStrictEqual(expected);
  });
});

describe('a follow-up that sets the window anew', () => {
  const history = ['sma 20/50 on SPY from 2010 to 2020, 5 bps fees'];
  const rangeAfter = (text: string, earlier = history) => {
    const outcome = parseRequest(text, { today: '2025-11-20', history: earlier });
    return outcome.ok ? outcome.spec.date_range : outcome.error;
  };
  it.each([
    // Before: "to 2012" moved the end, then "2022" alone replaced the window.
    ['move the window to 2012-2022', { start: '2012-01-01', end: '2022-12-31' }],
    ['shift the period to 2012 through 2022', { start: '2012-01-01', end: '2022-12-31' }],
    ['now to 2014-2016', { start: '2014-01-01', end: '2016-12-31' }],
    // Before: only the end moved (2010 to 2019).
    ['change the dates to 2019', { start: '2019-01-01', end: '2019-12-31' }],
    ['set the test period to Q1 2020', { start: '2020-01-01', end: '2020-03-31' }],
    ['switch it to 2021', { start: '2021-01-01', end: '2021-12-31' }],
    // One edge named: only that edge moves.
    ['move the start to 2012', { start: '2012-01-01', end: '2020-12-31' }],
  ])('"%s"', (text, expected) => {
    expect(rangeAfter(text)).toStrictEqual(expected);
  });

  it('keeps the new window through a later change of fees (before: it started 2022-01-01)', () => {
    const outcome = parseRequest('and fees of fifteen bps instead', { today: '2025-11-20', history: [...history, 'move the window to 2012-2022'] });
    expect(outcome).toMatchObject({ ok: true, spec: { date_range: { start: '2012-01-01', end: '2022-12-31' }, fees_bps: 15 } });
  });
});

describe('numbers and words that are not dates', () => {
  it.each([
    'Now try it',
    'May I see it',
    'with 2000 USD',
    'with $2021',
    'over 2 trades',
    'and march on',
    'over the first 20 trades',
    'since 3 trades',
    'with 2.5 std',
    'during covid',
    'with an sma of 90s',
    'until prices start to fall',
    'in winter 2022',
    'in winter',
  ])('"%s" sets no dates', (phrase) => {
    expect(dateRangeOf(phrase, '2026-11-24')).toBeUndefined();
  });
});

describe('periods written short or still to come', () => {
  it('"12m" and "3y" joined to a count after "trailing", "last", "past" are months and years, not bar intervals', () => {
    expect(dateRangeOf('over the trailing 12m', '2025-11-20')).toEqual({ start: '2024-11-20', end: '2025-11-20' });
    expect(dateRangeOf('last 3y', '2025-11-20')).toEqual({ start: '2022-11-20', end: '2025-11-20' });
    expect(dateRangeOf('lst yr', '2025-11-20')).toEqual({ start: '2024-01-01', end: '2024-12-31' });
  });

  it('the next or coming days, months or years are refused as future_dates, never ignored', () => {
    for (const phrase of ['for the next 6 months', 'next year', 'over the coming weeks', 'in the upcoming 3 days']) {
      const outcome = parseRequest(`SMA on BTC ${phrase}`, { today: '2025-11-20' });
      expect(outcome.ok && outcome.spec.date_range?.start, phrase).toBe('2025-11-21');
    }
  });

  it('"since the 2020 crash" starts in March 2020, as "since covid" does', () => {
    expect(dateRangeOf('since the 2020 crash', '2025-11-20')).toEqual({ start: '2020-03-01', end: '2025-11-20' });
    expect(dateRangeOf('from the march 2020 selloff to 2021', '2025-11-20')).toEqual({ start: '2020-03-01', end: '2021-12-31' });
  });
});

describe('winter, across two years', () => {
  it('sets no dates and says which months to name instead', () => {
    const outcome = parseRequest('SMA on BTC in winter 2022', { today: '2026-11-24' });
    expect(outcome.ok && outcome.notes).toContainEqual(expect.stringContaining('name the months, e.g. Dec 2022 to Feb 2023'));
  });
});

describe('date properties', () => {
  const isoDate = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2026-11-24T00:00:00Z'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10));

  it('"from A to B" with ISO dates keeps both exactly', () => {
    fc.assert(fc.property(isoDate, isoDate, (a, b) => {
      const [start, end] = a <= b ? [a, b] : [b, a];
      expect(dateRangeOf(`from ${start} to ${end}`, '2026-11-24')).toStrictEqual({ start, end });
    }));
  });

  it('"Y1-Y2" spans 1 January of Y1 to 31 December of Y2 (today, when Y2 is the current year)', () => {
    fc.assert(fc.property(fc.integer({ min: 1990, max: 2026 }), fc.integer({ min: 0, max: 10 }), (first, span) => {
      const last = Math.min(first + span, 2026);
      expect(dateRangeOf(`${first}-${last}`, '2026-11-24')).toStrictEqual({ start: `${first}-01-01`, end: last === 2026 ? '2026-11-24' : `${last}-12-31` });
    }));
  });

  it('"last N months" ends today and starts on or before the same day N months back (12 months: the trailing 365 days)', () => {
    fc.assert(fc.property(isoDate, fc.integer({ min: 1, max: 60 }), (today, months) => {
      if (months === 12) {
        expect(dateRangeOf('last 12 months', today)).toStrictEqual({ start: addDays(today, -365), end: today });
        return;
      }
      const range = dateRangeOf(`last ${months} months`, today) as { start: string; end: string };
      expect(range.end).toBe(today);
      const [year, month] = today.split('-').map(Number) as [number, number];
      const monthsBack = (year * 12 + month - 1) - months;
      expect(range.start.slice(0, 7)).toBe(`${String(Math.floor(monthsBack / 12)).padStart(4, '0')}-${String((monthsBack % 12) + 1).padStart(2, '0')}`);
      expect(range.start.slice(8) <= today.slice(8)).toBe(true);
    }));
  });
});

describe('numeric dates in one range share one order, and "thru" before a range', () => {
  it.each([
    ['sma on eth from 01/04/2022 to 31/03/2024', { start: '2022-04-01', end: '2024-03-31' }],
    ['sma on eth from 03/15/2021 - 09/30/2022', { start: '2021-03-15', end: '2022-09-30' }],
    ['sma on eth from 01/04/2022 to 03/05/2022', { start: '2022-01-04', end: '2022-03-05' }],
    ['macd 12/26/9 on qqq thru 2020-2022', { start: '2020-01-01', end: '2022-12-31' }],
  ])('"%s" → %j (before: the start read month first beside a day-first end; "thru 2020-2022" ran 2022)', (text, range) => {
    const outcome = parseRequest(text, { today: '2025-11-20' });
    expect(outcome.ok && outcome.spec.date_range).toEqual(range);
  });
});

describe('a start alone is where the run begins', () => {
  it('"put 10000 dollars into microsoft at the start of 2018 and never sold" runs from 2018 to today, noted (before: one day, insufficient_history)', () => {
    const outcome = parseRequest('i put 10000 dollars into microsoft at the start of 2018 and never sold. would macd have done better than just holding?', { today: '2025-11-20' });
    expect(outcome.ok && outcome.spec.date_range).toEqual({ start: '2018-01-01', end: '2025-11-20' });
    expect(outcome.ok && outcome.spec.notes).toContain('read "the start of 2018" as where the run starts: 2018-01-01 to 2025-11-20');
  });
});

describe('a year after its unit, a month written in numbers, the back half of a year', () => {
  const TODAY = '2025-11-20';
  it.each([
    ['Period is year 2020 to year 2021', { start: '2020-01-01', end: '2021-12-31' }],
    ['in the year 2019', { start: '2019-01-01', end: '2019-12-31' }],
    ['from 03/2020 to 09/2021', { start: '2020-03-01', end: '2021-09-30' }],
    ['3/2021 - 6/2021', { start: '2021-03-01', end: '2021-06-30' }],
    ['in the back half of 2023', { start: '2023-07-01', end: '2023-12-31' }],
    ['in the front half of 2023', { start: '2023-01-01', end: '2023-06-30' }],
    // Day-first and US dates are read whole, not as a month and a year.
    ['from 15/03/2020 to 20/04/2021', { start: '2020-03-15', end: '2021-04-20' }],
    ['from 3/15/2020 to 11/10/2021', { start: '2020-03-15', end: '2021-11-10' }],
  ])('"%s"', (phrase, range) => {
    expect(dateRangeOf(phrase, TODAY)).toEqual(range);
  });
});

describe('a weekday written before a date', () => {
  const TODAY = '2025-11-20';
  it.each([
    ['from Monday 3 March 2025 to Friday 6 June 2025', { start: '2025-03-03', end: '2025-06-06' }],
    ['from Monday, 3 March 2025 to Friday, 6 June 2025', { start: '2025-03-03', end: '2025-06-06' }],
    ['from Mon March 3, 2025 to 2025-06-06', { start: '2025-03-03', end: '2025-06-06' }],
    ['since Monday 3 March 2025', { start: '2025-03-03', end: TODAY }],
  ])('"%s" is the range of its dates (before: each date a one-day period, refused as several_periods)', (phrase, range) => {
    expect(dateRangeOf(phrase, TODAY)).toEqual(range);
  });

  it('a weekday without a date is no date', () => {
    expect(dateRangeOf('in 2023, before our Monday meeting', TODAY)).toEqual({ start: '2023-01-01', end: '2023-12-31' });
  });
});

describe('a date with its month named between hyphens, slashes or dots', () => {
  const TODAY = '2025-11-20';
  it.each([
    ['from 01-Jan-2021 to 30-Jun-2021', { start: '2021-01-01', end: '2021-06-30' }],
    ['1-Mar-2022 to 15-Feb-23', { start: '2022-03-01', end: '2023-02-15' }],
    ['since 15-Feb-21', { start: '2021-02-15', end: TODAY }],
    ['from 01/Jan/2021 to 30/Jun/2021', { start: '2021-01-01', end: '2021-06-30' }],
    ['from 01.January.2021 to 30.June.2021', { start: '2021-01-01', end: '2021-06-30' }],
    ['from Jan-01-2021 to Jun-30-2021', { start: '2021-01-01', end: '2021-06-30' }],
    ['from 2021-Jan-01 to 2021-Jun-30', { start: '2021-01-01', end: '2021-06-30' }],
    ['01-sept-99 to 31-dec-2001', { start: '1999-09-01', end: '2001-12-31' }],
  ])('"%s" is one range (before: a month each, refused as several_periods, or the day read as a parameter)', (phrase, range) => {
    expect(dateRangeOf(phrase, TODAY)).toEqual(range);
  });

  it('refuses a day the month does not have', () => {
    expect(dateRangeOf('from 31-Feb-2021 to 2022', TODAY)).toMatchObject({ code: 'bad_date' });
  });

  it.each([
    ['01 Jan 2021 - 30 Jun 2021', { start: '2021-01-01', end: '2021-06-30' }],
    ['Jan-Jun 2023', { start: '2023-01-01', end: '2023-06-30' }],
    ['Jan 2021-Jun 2021', { start: '2021-01-01', end: '2021-06-30' }],
    ['Dec 2020-Jan-21', { start: '2020-12-01', end: '2021-01-31' }],
    ['Jan-2023 to Mar-2023', { start: '2023-01-01', end: '2023-03-31' }],
  ])('"%s" keeps its meaning: months, or days written with spaces', (phrase, range) => {
    expect(dateRangeOf(phrase, TODAY)).toEqual(range);
  });
});

describe('a new end without its year, in a follow-up, is in the year the window ends in (before: today\'s year)', () => {
  const endOf = (text: string, history: string[]) => {
    const outcome = parseRequest(text, { today: '2025-11-20', history });
    return outcome.ok ? outcome.spec.date_range : outcome.error;
  };
  it.each([
    ['extend that through Q3', '2023-09-30'],
    ['extend it to september', '2023-09-30'],
    ['push the end to november', '2023-11-30'],
    ['until H2', '2023-12-31'],
    ['run it until august', '2023-08-31'],
  ])('"%s" after q1 2023 ends %s', (text, end) => {
    expect(endOf(text, ['rsi 14 30/70 on eth for q1 2023'])).toEqual({ start: '2023-01-01', end });
  });

  it('a window that runs to today keeps today\'s year', () => {
    expect(endOf('until september', ['rsi on eth since 2020'])).toEqual({ start: '2020-01-01', end: '2025-09-30' });
  });

  it('a first message keeps today\'s year', () => {
    expect(dateRangeOf('until september', '2025-11-20')).toEqual({ end: '2025-09-30' });
  });
});
