import { addDays, addMonths, fromIsoDate, isIsoDate, monthSpan, toIsoDate } from '../calendar.js';
import type { Clause, EarlierSettings, Recognizer, RecognizerMatch } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { NUMBER_WORDS } from '../number_words.js';
import { readDayOfMonth } from './day_of_month.js';
import { assertNever } from '../../assert_never.js';
import { isNumber, isPunct, isWord, matchLongest, phrases, writtenText, type Phrase } from '../token_matchers.js';
import { isPriceWindow } from './price_windows.js';
import { comparesPeriods } from './compared_periods.js';
import { isKeptThrough } from './kept_through.js';
import { arrowEnd } from './typed_arrows.js';
import { MONTH_RANGE_LINKS, asWholePeriod, harmoniseDayOrder, isImpossibleDay, monthNumberOf, readDatePoint, readDatedMoment, readLifeEvent, readYearFromToday, resolveDatePoint, yearFromPartner, type DatePoint, type Span } from './date_points.js';
import { asksFromThenUntilNow } from './back_then_to_now.js';
import { monthBeforeLedYear, withYearAfterRangeEnd } from './range_end_years.js';
import { markersEndingAt } from '../self_corrections.js';
import { FOREIGN_DATE_ARTICLES, FOREIGN_RANGE_ENDS, FOREIGN_RANGE_LINKS, FOREIGN_RANGE_STARTS } from './foreign_range_words.js';
import { postposedOpenEnd } from './postposed_open_ends.js';
import { declaredDateOrder } from './declared_date_order.js';
import { bracketedIntervalEnd } from './bracketed_intervals.js';
import { namedEdgeSetters } from './named_window_edges.js';

/**
 * Dates, resolved against `today` (rules, all inclusive):
 * - A year, quarter, half, month or day written with its year is taken as written: "for 2022",
 *   "Q1 2023", "in H2 2023", "March 2021", "2021-03-15". As a range end a year means its last day.
 * - Without a year ("in March", "Q3") it is the latest such period that has begun, cut at today.
 * - Ranges: "from A to B", "A-B", "A → B", "A -> B", "A => B", "A..B", "A through B", "A till B",
 *   "A up to and including B", "between A and B" run from A's first day to B's last; a part without a
 *   year borrows the other's ("between March and June 2022"); "2021-22" is 2021 to 2022. "'23" is
 *   2023 (1970–2069), "H2-2019" is H2 2019, "13.05.2021" is 13 May.
 * - A start and an end said as verbs or labels make one range: "beginning the 1 September 2023 and
 *   finishing the 31 August 2024", "start 2019, end 2021", "start date: …, end date: …".
 * - Periods joined by "and" without "between" ("2022 and 2023", "Q1, Q2 and Q3 2021") are one range
 *   only where they meet; with a gap between them ("H1 2021 and H1 2023", "June and August 2025")
 *   each stays a period, refused as several (see joinListedPeriods), as do periods the message
 *   compares ("in 2021 and in 2022, which year is better?", compared_periods.ts).
 *   A month or day without its year needs no "from" before a range end with one ("June through
 *   August 2025"), and a month's bare name ends a range begun with a year ("March 2025 through May").
 * - Days: "14 March 2022", "the 14th of March", "the fourteenth of March", "March the 14th", "June
 *   twenty-first"; a day the calendar lacks ("the 31st of February 2021") sets no dates, in a note.
 * - "move|change|set the window|period|dates to A" and "switch it to A" set the whole window; a bare
 *   "to A-B" is the window A to B, where "to A" alone is only the end.
 * - "since A" and "from A" / "starting A" (with no end) run from A to today, except that in a
 *   follow-up "from A" keeps an end the conversation already has; "after A" sets only the start;
 *   "until A" / "to A" / "through A" / "before A" set only the end (a follow-up such as "extend it
 *   to 2023" changes just that end).
 * - "last year" / "last month" / "last quarter" are the previous calendar period; "this year",
 *   "YTD", "the year so far", "since new year", "this month", "MTD", "this quarter", "QTD" run from its
 *   first day to today, as do "since the start of the year|month|quarter".
 * - "past|last N days|weeks|months|quarters|years" and "past year|month|quarter", "last week" end
 *   today and start on the same calendar day N units earlier (month ends clamp: Aug 31 − 6 months
 *   = Feb 28); "the past year" and "the last 12 months" are the trailing 365 days. Units include
 *   "wks" and "decade"; counts go up to 999 ("past 365 days"); "since ten years" means the same.
 * - "the first six months of 2020", "the last 2 quarters of 2021": that part of the year.
 * - "the fifteen years ending December 2024", "3 years to June 2023": back that long from the end.
 * - Seasons with their year: "summer of 2024" is June–August (spring Mar–May, autumn Sep–Nov; "winter 2022", across two years, sets no dates and says so).
 *   "since covid" starts in March 2020, the crash; an event only starts or ends a range, except that
 *   "over|during the covid crash" runs over 2020, with a note (the crash itself lasted five weeks).
 * - "early|mid|late 2021", "the start|end of 2022": early = Jan–Apr, late = Sep–Dec, mid-year
 *   starts July 1 and, as a range end, ends June 30 (run over alone, "in mid-2022", it is May–Aug);
 *   start/end are the period's first/last day.
 * - A period that has begun but not ended ("for 2025" in November 2025) ends today.
 */

type PrefixKind = 'between' | 'from' | 'since' | 'start' | 'after' | 'before' | 'end' | 'period';

/**
 * Where a window starts or ends, said as a verb or a label: "beginning the 1 September 2023",
 * "commencing 2019", "start 2019", "start date: 2019-01-01"; "finishing the 31 August 2024",
 * "stopping in 2021", "end=2021-12-31". "start 2019" alone runs from 2019 on (it was the single day
 * 1 January 2019); "the start of 2019" stays that day, read where no prefix fits (readPointRange).
 */
// "opening Jan 2021 and expiring end of 2023": a window told in options words, beside a strategy named for them (options_metaphors.ts).
const START_VERBS = 'start|starts|starting|started|begin|begins|beginning|began|commence|commences|commencing|commenced|opening';
const END_VERBS = 'end|ends|ending|ended|finish|finishes|finishing|finished|stopping|closing|conclude|concludes|concluding|concluded|expiring|expires|expiry';
/** Verbs that end a window only with a preposition: "stop in 2021", not "stop 5%". */
const STOP_VERBS = 'stop|stops|stopped|close|closes|closed';
/** "end date should be 31st Dec 2008", "the start needs to be 2003", "I want the end date to be …": the edge set as its value. */
const EDGE_COPULAS = ['should|must|will|shall|would|can be', 'has|needs|ought|got to be', 'to be'];
const edgeLabels = (verbs: string) => [`${verbs} date`, `${verbs} date :|=|is`, `${verbs} :|=`,
  ...EDGE_COPULAS.flatMap((copula) => [`${verbs} date ${copula}`, `${verbs} ${copula}`])];
/** "end it dec 31 2024", "start them in 2019": the run named as the verb's object. */
const EDGE_OBJECTS = 'it|them|that|this';
const edgeObjects = (verbs: string, prepositions: string) => [`${verbs} ${EDGE_OBJECTS}`, `${verbs} ${EDGE_OBJECTS} ${prepositions}`];
/** "2019 up to and including 2021": the end is in the window, as every end is. */
const INCLUDING_ENDS = ['up to|until|till and including', 'to|through|thru|until|till|upto and including'];

/**
 * "extend it back to the start of 2023", "push the window back to 2019", "go back to 2018": a follow-up
 * that takes the window back to a date moves its start, and keeps the end (where "extend it to 2024"
 * moves the end, and "extend it back by 2 years" is a span, window_changes.ts).
 */
const BACK_TO_VERBS = 'extend|extends|extending|stretch|push|take|move|shift|widen|lengthen|expand|carry|run';
const BACK_TO_OBJECTS = ['', `${EDGE_OBJECTS} `, 'the|this|that|my|our window|period|test|backtest|range|dates|history|run|sample '];
const BACK_TO = ['back|backwards|backward', 'all the way back'].flatMap((back) => phrases(
  ...BACK_TO_OBJECTS.map((object) => `${BACK_TO_VERBS} ${object}${back} to|until|till`), `${BACK_TO_VERBS} ${EDGE_OBJECTS} ${back} as far as`,
  `go|going|reach|reaching|look|looking ${back} to|until|till`, `go|going|reach|reaching|look|looking ${back} as far as`));

/**
 * "stretch it all the way up to today", "extend it to 2024", "carry the window on to now": a follow-up
 * that carries the window forward to a date moves its end and keeps the start.
 */
const FORWARD_TO_VERBS = 'extend|extends|extending|stretch|stretching|lengthen|carry|continue';
// "extend the time range until end of 2023": the window named in two words, as WINDOW_NOUN_PAIRS are.
const FORWARD_TO_OBJECTS = ['', `${EDGE_OBJECTS} `, 'the|this|that|my|our window|period|test|backtest|range|dates|history|run|sample|end ',
  'the|this|that|my|our time|date|test|testing|backtest|sample range|period|window|frame|span '];
const FORWARD_TO = ['', 'all the way ', 'out ', 'on ', 'forward '].flatMap((way) => FORWARD_TO_OBJECTS.flatMap((object) => phrases(
  `${FORWARD_TO_VERBS} ${object}${way}to|until|till|through|thru`, `${FORWARD_TO_VERBS} ${object}${way}up to|until|till`, `${FORWARD_TO_VERBS} ${object}${way}right up to|until`,
  // "stretch it to cover 2021-2022": a range after it is the whole window (as after any end prefix), one period its new end.
  `${FORWARD_TO_VERBS} ${object}${way}to cover`)))
  // "extend it titi end of 2024", "extend the window hasta 2025": the "to" in the writer's own language.
  .concat(FORWARD_TO_OBJECTS.flatMap((object) => phrases(...FOREIGN_RANGE_ENDS.map((end) => `${FORWARD_TO_VERBS} ${object}${end}`))));

/**
 * "move the window to 2012-2022", "change the dates to 2019", "set the test period to Q1 2020",
 * "switch it to 2021": the whole window is set anew, not its end (as a bare "to 2019" would be).
 */
const WINDOW_VERBS = 'move|shift|change|set|switch|update|adjust|reset|narrow|widen|restrict|limit|roll|slide';
const WINDOW_NOUNS = 'window|period|dates|range|timeframe|timespan|years|sample';
const WINDOW_AHEAD = 'forward|forwards|ahead|over';
const WINDOW_NOUN_PAIRS = ['date|time|test|testing|backtest|backtesting|sample range|period|window|frame|span', 'backtest|test range|dates|window|period'];
const windowSetters = (): Phrase[] => [
  ...phrases(`${WINDOW_VERBS} the|my|our|this|that|its ${WINDOW_NOUNS} to|as|for`, `${WINDOW_VERBS} ${WINDOW_NOUNS} to`, `${WINDOW_VERBS} it to`),
  // "roll it forward to 2024", "move the window ahead to 2024": the whole window goes there ("move it back to 2019" moves the start, BACK_TO).
  ...phrases(`${WINDOW_VERBS} it|everything ${WINDOW_AHEAD} to`, `${WINDOW_VERBS} the|my|our|this|that|its ${WINDOW_NOUNS} ${WINDOW_AHEAD} to`),
  // "narrow it down to Q3", "cut the window down to 2023".
  ...phrases(`${WINDOW_VERBS}|cut|trim it|this|that down to`, `${WINDOW_VERBS}|cut|trim the|my|our|this|that|its ${WINDOW_NOUNS} down to`),
  ...WINDOW_NOUN_PAIRS.flatMap((pair) => phrases(`${WINDOW_VERBS} the|my|our|this|that|its ${pair} to|as|for`, `${WINDOW_VERBS} ${pair} to`)),
  ...phrases(`make the|my|our|this|that|its ${WINDOW_NOUNS}`, `make the|my|our|this|that|its ${WINDOW_NOUNS} to`),
];

/**
 * "held through 2023", "just hold it through 2020 and 2021": a holding kept through a period is held
 * across all of it, as "throughout" says, where a bare "through 2023" is only where the run ends.
 * After a date earlier in the sentence ("from 2020, held through 2023") it is where the holding ends.
 */
const HELD_THROUGH = phrases('hold|holds|held|holding|kept|keep|keeping through|thru', 'hold|holds|held|holding|kept|keep|keeping it|them|on through|thru');

const PREFIXES: ReadonlyArray<{ kind: PrefixKind; words: readonly Phrase[] }> = [
  { kind: 'between', words: phrases('between') },
  // "from=2024-02-01 to=2025-01-31": the range's ends as a config's keys.
  { kind: 'from', words: phrases('from', ...FOREIGN_RANGE_STARTS, 'starting from', 'beginning from', 'start from', 'from =|:') },
  { kind: 'since', words: phrases('since', 'ever since') },
  { kind: 'start', words: [...phrases(START_VERBS, `${START_VERBS} in|at|on|from`, ...edgeLabels(START_VERBS), ...edgeObjects(START_VERBS, 'in|at|on|from')), ...namedEdgeSetters('start|beginning|starting'), ...BACK_TO] },
  { kind: 'after', words: phrases('after') },
  { kind: 'before', words: phrases('before') },
  { kind: 'end', words: [...phrases('until', 'till', 'til', ...FOREIGN_RANGE_ENDS, 'through', 'thru', 'to', 'to =|:', 'up to|until|till', 'upto', ...INCLUDING_ENDS, END_VERBS, `${END_VERBS}|${STOP_VERBS} in|at|on|by|with`,
    ...edgeLabels(END_VERBS), ...edgeObjects(END_VERBS, 'in|at|on|by|with'), `${STOP_VERBS} ${EDGE_OBJECTS} in|at|on|by|with`), ...namedEdgeSetters('end|finish|ending|cutoff'), ...FORWARD_TO] },
  { kind: 'period', words: [...phrases('in', 'for', 'during', 'over', 'throughout', 'across', 'within', 'of'), ...windowSetters(), ...HELD_THROUGH] },
];
const ALL_PREFIXES = PREFIXES.flatMap((prefix) => prefix.words);
/** Prefixes that start or end a range, after which a life event may date it ("since my daughter was born in 2019"). */
const EDGE_KINDS: ReadonlySet<PrefixKind> = new Set(['from', 'since', 'start', 'after', 'before', 'end']);
/** After a year, the market's phase that year: "the 2022 bear market", "the 2021 bull run". */
const MARKET_PHASES = phrases('bear|bull market|markets|run|phase|cycle', 'crypto winter', 'crash|selloff|sell-off|meltdown|rally|correction|slump|drawdown');
/**
 * After "the" and a year, an event of that year: "the 2008 mess", "the 2017 run", "the 2021 pump", "the 2008 financial
 * crisis", "the worst of the 2008 decline". Without "the" these words may start the next phrase ("2017, run SMA"), so they need it.
 */
const EVENT_WORDS = 'mess|run|runup|bubble|boom|bust|crisis|panic|collapse|recession|halving|top|peak|bottom|rout|turmoil|mania|frenzy|squeeze|chaos|debacle|pump|dump|surge|rebound|recovery|decline|downturn|plunge';
const NAMED_EVENTS = phrases(EVENT_WORDS, `financial|housing|banking|credit|dotcom|tech|crypto|market|stock|stocks|bitcoin|btc ${EVENT_WORDS}`, 'run up');
const RANGE_CONNECTORS = phrases('to', 'through', 'thru', 'until', 'till', '-', '..', 'and', 'up to|until|till', 'through to', ...INCLUDING_ENDS, ...FOREIGN_RANGE_LINKS);
/**
 * "until sometime in the summer of 2019", "from around mid-2018": a fuzzy point somewhere in a period.
 * The period stands for it, so as a start it is the period's first day and as an end its last.
 */
const VAGUE_POINT_LEADS = phrases('sometime|somewhere|anytime in|during|around', 'some time|point in|during|around', 'at some point|time in|during|around',
  'around|about|roughly|approximately|circa|approx');
const OPEN_END = phrases('onwards', 'onward', 'and later', 'to date', 'to now', 'to present', 'to the present', 'till now', 'until now', 'until today', 'to today');

export const UNIT_MONTHS: Readonly<Record<string, number>> = {
  month: 1, months: 1, mo: 1, mos: 1, quarter: 3, quarters: 3, qtr: 3, qtrs: 3, year: 12, years: 12, yr: 12, yrs: 12, decade: 120, decades: 120,
  // Portuguese and Spanish ("anos", "años" read "anos", "meses"), Italian ("anni", "mesi"): "nos últimos 5 anos".
  anos: 12, anni: 12, meses: 1, mesi: 1,
};
export const UNIT_DAYS: Readonly<Record<string, number>> = { day: 1, days: 1, week: 7, weeks: 7, wk: 7, wks: 7, fortnight: 14, fortnights: 14,
  dias: 1, giorni: 1, semanas: 7, settimane: 7 };
/** "últimos" (pt, es) and "ultimi" (it), "the last": read only before a count ("nos últimos 5 anos"). */
const FOREIGN_LASTS = ['ultimos', 'ultimas', 'ultimi', 'ultime'];
/** A count is a whole number below 1000, so "past 365 days" is a count and "last 2022" never is. */
const MAX_COUNT = 999;

function prefixKindOf(which: number): PrefixKind {
  let offset = which;
  for (const prefix of PREFIXES) {
    if (offset < prefix.words.length) return prefix.kind;
    offset -= prefix.words.length;
  }
  return 'period';
}

function datesClause(start: string | undefined, end: string | undefined, openEnd = false, edge?: 'start' | 'end'): Clause {
  return { kind: 'dates', ...(start === undefined ? {} : { start }), ...(end === undefined ? {} : { end }), ...(openEnd ? { openEnd: true } : {}), ...(edge ? { edge } : {}) };
}

export function readCount(token: Token | undefined): number | undefined {
  if (isNumber(token)) return Number.isInteger(token.value) && token.value > 0 && token.value <= MAX_COUNT ? token.value : undefined;
  return isWord(token) && Object.hasOwn(NUMBER_WORDS, token!.norm) ? NUMBER_WORDS[token!.norm] : undefined;
}

/**
 * "the last two and a half years", "the past 1.5 years": a span's count may be a fraction where it
 * makes whole calendar units (30 months); trailingSpan refuses one that does not ("1.5 days").
 */
function readSpanCount(token: Token | undefined): number | undefined {
  const fraction = isNumber(token) && !Number.isInteger(token.value) && token.value > 0 && token.value <= MAX_COUNT ? token.value : undefined;
  return readCount(token) ?? fraction;
}

function previousCalendarPeriod(unit: string, today: string): Span | undefined {
  const { year, month } = fromIsoDate(today);
  if (unit === 'year') return monthSpan(year - 1, 1, 12);
  if (unit === 'month') return month === 1 ? monthSpan(year - 1, 12, 12) : monthSpan(year, month - 1, month - 1);
  if (unit === 'quarter') {
    const quarter = Math.ceil(month / 3) - 1;
    return quarter === 0 ? monthSpan(year - 1, 10, 12) : monthSpan(year, quarter * 3 - 2, quarter * 3);
  }
  return undefined;
}

/** "yr", "mo": the calendar unit a short name means, for "last yr" = the previous calendar year. */
const UNIT_NAMES: Readonly<Record<string, string>> = { yr: 'year', mo: 'month', qtr: 'quarter', q: 'quarter' };

/** "the past year" and "the last 12 months" are the trailing 365 days; other spans step back by calendar months. */
export function trailingSpan(unit: string, count: number, today: string): Span | undefined {
  const months = Object.hasOwn(UNIT_MONTHS, unit) ? count * UNIT_MONTHS[unit]! : undefined;
  const days = Object.hasOwn(UNIT_DAYS, unit) ? count * UNIT_DAYS[unit]! : undefined;
  if (months === 12) return { start: addDays(today, -365), end: today };
  if (months !== undefined) return Number.isInteger(months) ? { start: addMonths(today, -months), end: today } : undefined;
  return days !== undefined && Number.isInteger(days) ? { start: addDays(today, -days), end: today } : undefined;
}

function periodToDate(unit: string, today: string): Span | undefined {
  const { year, month } = fromIsoDate(today);
  const firstMonth = unit === 'year' ? 1 : unit === 'quarter' ? Math.floor((month - 1) / 3) * 3 + 1 : unit === 'month' ? month : undefined;
  return firstMonth === undefined ? undefined : { start: monthSpan(year, firstMonth, firstMonth).start, end: today };
}

const TO_DATE_PHRASES: ReadonlyArray<{ words: readonly Phrase[]; unit: string }> = [
  { words: phrases('ytd', 'year to date', 'this year', 'current year', 'so far this year', 'the|this year so far', 'year so far', 'since the|this new year', 'since new year|years',
    'since the turn of the year'), unit: 'year' },
  { words: phrases('qtd', 'quarter to date', 'this quarter', 'current quarter', 'so far this quarter', 'the|this quarter so far'), unit: 'quarter' },
  { words: phrases('mtd', 'month to date', 'this month', 'current month', 'so far this month', 'the|this month so far'), unit: 'month' },
];

/** "jan-feb 2025", "mar to jun": two months' names joined as a range, a date though neither is one alone. */
function startsMonthRange(tokens: readonly Token[], at: number): boolean {
  const name = tokens[at];
  const link = isPunct(tokens[at + 1], '-') || isWord(tokens[at + 1], ...MONTH_RANGE_LINKS);
  return isWord(name) && monthNumberOf(name!.norm) !== undefined && link && isWord(tokens[at + 2]) && monthNumberOf(tokens[at + 2]!.norm) !== undefined;
}

/** Any day: whether a span relative to today ("last 6mo") is written does not depend on which day today is. */
const ANY_TODAY = '2000-01-01';

/**
 * Whether a date is written at `at`: "ytd", "this month", "March 2024", "jan-feb 2025", "last 6mo". A length
 * just before it ("btc 4h ytd", "btc 1h jan-feb 2025", "eth 1h last 6mo") describes bars, not a noun of the
 * writer's day (life_durations.ts).
 */
export function startsDate(tokens: readonly Token[], at: number): boolean {
  return readDatePoint(tokens, at)?.point.unmistakable === true || startsMonthRange(tokens, at) || readRelative(tokens, at, ANY_TODAY) !== undefined;
}

/** "the year before last", "the quarter before last": the calendar period before the previous one. */
const BEFORE_LAST = phrases('the year|yr|quarter|month before last', 'year|yr|quarter|month before last');

function readPeriodBeforeLast(tokens: readonly Token[], index: number, today: string): RecognizerMatch | undefined {
  const found = matchLongest(tokens, index, BEFORE_LAST);
  if (!found) return undefined;
  const written = tokens[found.end - 3]!.norm;
  const unit = UNIT_NAMES[written] ?? written;
  const last = previousCalendarPeriod(unit, today);
  const span = last && previousCalendarPeriod(unit, last.start);
  return span && { end: found.end, clauses: [datesClause(span.start, span.end)] };
}

const SEASON_MONTHS: Readonly<Record<string, number>> = { spring: 3, summer: 6, autumn: 9, fall: 9 };
const SEASON_BEFORE_LAST = phrases('the spring|summer|autumn|fall before last', 'spring|summer|autumn|fall before last');

/**
 * "(june to august)", "(july-august)": months said again in brackets after a season, read in its
 * year when they lie inside it; months outside it are not its restatement and are left alone.
 */
function readMonthsInSeason(tokens: readonly Token[], index: number, season: Span): { span: Span; end: number } | undefined {
  const first = isPunct(tokens[index], '(') && isWord(tokens[index + 1]) ? monthNumberOf(tokens[index + 1]!.norm) : undefined;
  const link = first === undefined ? undefined : matchLongest(tokens, index + 2, phrases('to', 'through', 'thru', 'until', '-'));
  const last = link && isWord(tokens[link.end]) ? monthNumberOf(tokens[link.end]!.norm) : undefined;
  if (last === undefined || !isPunct(tokens[link!.end + 1], ')')) return undefined;
  const { year, month } = fromIsoDate(season.start);
  const inside = first! >= month && last <= month + 2 && first! <= last;
  return inside ? { span: monthSpan(year, first!, last), end: link!.end + 2 } : undefined;
}

/** "the summer before last": the season a year before the latest one that has ended (in November 2025, summer 2024). */
function readSeasonBeforeLast(tokens: readonly Token[], index: number, today: string): RecognizerMatch | undefined {
  const found = matchLongest(tokens, index, SEASON_BEFORE_LAST);
  if (!found) return undefined;
  const first = SEASON_MONTHS[tokens[found.end - 3]!.norm]!;
  const thisYear = fromIsoDate(today).year;
  const lastEnded = monthSpan(thisYear, first, first + 2).end < today ? thisYear : thisYear - 1;
  const season = monthSpan(lastEnded - 1, first, first + 2);
  const months = readMonthsInSeason(tokens, found.end, season);
  const span = months?.span ?? season;
  return { end: months?.end ?? found.end, clauses: [datesClause(span.start, span.end)] };
}

/** "last year", "past 3 years", "last 6 months", "YTD", "this quarter". */
function readRelative(tokens: readonly Token[], index: number, today: string): RecognizerMatch | undefined {
  const beforeLast = readPeriodBeforeLast(tokens, index, today) ?? readSeasonBeforeLast(tokens, index, today);
  if (beforeLast) return beforeLast;
  for (const { words, unit } of TO_DATE_PHRASES) {
    const found = matchLongest(tokens, index, words);
    const span = found && periodToDate(unit, today);
    if (found && span) return { end: found.end, clauses: [datesClause(span.start, span.end)] };
  }
  const lead = tokens[index];
  // "l90d", "l6m": desk shorthand for "last", only with the count and unit glued to it.
  const glued = isWord(lead, 'l') && tokens[index + 1]?.joined === true && tokens[index + 2]?.joined === true;
  if (!glued && !isWord(lead, 'last', 'past', 'previous', 'prior', 'preceding', 'trailing', 'recent', 'since', ...FOREIGN_LASTS)) return undefined;
  const count = readSpanCount(tokens[index + 1]);
  if (glued && count === undefined) return undefined;
  // "since ten years" (as French or German say it) is the past ten years; "since" alone starts a point.
  if (isWord(lead, 'since', ...FOREIGN_LASTS) && count === undefined) return undefined;
  const unitAt = count === undefined ? index + 1 : index + 2;
  const unit = readUnit(tokens[unitAt]);
  if (unit === undefined) return undefined;
  const unitName = UNIT_NAMES[unit] ?? unit;
  const calendar = count === undefined && isWord(lead, 'last', 'previous', 'prior', 'preceding') ? previousCalendarPeriod(unitName, today) : undefined;
  // "above the top of the last 30 days' range": a rule's window of bars, left to the strategy readers.
  if (count !== undefined && isPriceWindow(tokens, index, unitAt + 1)) return undefined;
  // "the last 50d average", "last 20d high": days glued to their count, before what a rule measures, are its window of bars.
  if (tokens[unitAt]!.joined && isWord(tokens[unitAt], 'd', 'w') && isWord(tokens[unitAt + 1], ...GLUED_WINDOW_MEASURES)) return undefined;
  const span = calendar ?? trailingSpan(unit, count ?? 1, today);
  return span && { end: unitAt + 1, clauses: [datesClause(span.start, span.end)] };
}

/**
 * What a rule measures over bars, after a glued window of days ("the last 50d average"): never the run's
 * dates. No strategy's name: "past 90d ema 9/21" is the dates, then the strategy.
 */
const GLUED_WINDOW_MEASURES = ['average', 'avg', 'averages', 'mean', 'high', 'highs', 'low', 'lows', 'range', 'channel', 'vol', 'volatility', 'return', 'returns'];
const JOINED_UNITS: Readonly<Record<string, string>> = { m: 'months', y: 'years', d: 'days', w: 'weeks' };

/**
 * A unit's name; "12m", "3y", "90d" and "4w" joined to their count are months, years, days and weeks ("the
 * trailing 12m", "last 90d"), as a span is never minutes. Bare "90d" stays a setting (bare_spans.ts).
 */
export function readUnit(token: Token | undefined): string | undefined {
  if (!isWord(token)) return undefined;
  return (token!.joined ? JOINED_UNITS[token!.norm] : undefined) ?? token!.norm;
}

const LEADING_OR_TRAILING = phrases('first|opening', 'last|final|closing');

/** "this year", "last year", "the previous year", "the year before": the year named relative to today, as a calendar year. */
function readRelativeYearNumber(tokens: readonly Token[], index: number, today: string): { point: DatePoint; end: number } | undefined {
  const found = readYearFromToday(tokens, index);
  return found && { point: { unit: 'year', year: fromIsoDate(today).year - found.back, unmistakable: true }, end: found.end };
}

/** "the first six months of 2020", "the last 2 quarters of 2021", "the first three months of this year": that many months from the year's start or to its end. */
function readPartOfYear(tokens: readonly Token[], index: number, today: string): RecognizerMatch | undefined {
  const side = matchLongest(tokens, index, LEADING_OR_TRAILING);
  const count = side && readCount(tokens[side.end]);
  const unit = count === undefined ? undefined : tokens[side!.end + 1];
  const months = isWord(unit) && Object.hasOwn(UNIT_MONTHS, unit!.norm) ? count! * UNIT_MONTHS[unit!.norm]! : undefined;
  if (months === undefined || months > 12 || !isWord(tokens[side!.end + 2], 'of')) return undefined;
  const year = readRelativeYearNumber(tokens, side!.end + 3, today) ?? readDatePoint(tokens, side!.end + 3);
  if (year?.point.unit !== 'year' || year.point.edge) return undefined;
  const span = side!.which === 0 ? monthSpan(year.point.year!, 1, months) : monthSpan(year.point.year!, 13 - months, 12);
  // Under way today, it ends today, as "for 2025" does; a future year stays as written, to be refused.
  const end = span.start <= today && span.end > today ? today : span.end;
  return { end: year.end, clauses: [datesClause(span.start, end)] };
}

/**
 * "winter 2022" may be Dec 2021–Feb 2022 or Dec 2022–Feb 2023: rather than guess, it sets no dates
 * and says so (reading "2022" alone would run the whole year).
 */
function readWinter(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  if (!isWord(tokens[index], 'winter')) return undefined;
  const at = isWord(tokens[index + 1], 'of') ? index + 2 : index + 1;
  const year = readDatePoint(tokens, at);
  if (year?.point.unit !== 'year' || year.point.edge) return undefined;
  const [winter, written] = [tokens[index]!.text, year.point.year!];
  const text = `'${winter} ${written}' spans two years, so no dates were read from it: name the months, e.g. Dec ${written} to Feb ${written + 1}`;
  return { end: year.end, clauses: [{ kind: 'note', text }] };
}

const SPAN_ENDS = phrases('ending', 'ending in|at|on|with', 'to', 'through', 'thru', 'until', 'till', 'up to', 'that ended|ends in|on|with');

const SPAN_BEFORE = phrases('before', 'prior to', 'preceding', 'leading up to');

/**
 * Where a span that stops just before a point begins ("the three years before covid"): an event is
 * a moment inside a period of the span's own unit, so the years before covid are the whole years
 * before 2020 and its months the months before March 2020; a period written out starts where it starts.
 */
function startCounted(point: DatePoint, span: Span, unitMonths: number | undefined): string {
  return point.instant && unitMonths !== undefined && unitMonths % 12 === 0 ? `${fromIsoDate(span.start).year}-01-01` : span.start;
}

/**
 * "the fifteen years ending December 2024", "3 years to June 2023": that long, up to the end of the
 * period named; "the three years before covid", "the 6 months prior to 2022": that long, stopping the
 * day before it begins.
 */
function readSpanEndingAt(tokens: readonly Token[], index: number, today: string): RecognizerMatch | undefined {
  const count = readCount(tokens[index]);
  const unit = count === undefined ? undefined : tokens[index + 1];
  if (!isWord(unit) || !(Object.hasOwn(UNIT_MONTHS, unit!.norm) || Object.hasOwn(UNIT_DAYS, unit!.norm))) return undefined;
  const unitMonths = Object.hasOwn(UNIT_MONTHS, unit!.norm) ? UNIT_MONTHS[unit!.norm]! : undefined;
  const ending = matchLongest(tokens, index + 2, SPAN_ENDS);
  const before = ending ? undefined : matchLongest(tokens, index + 2, SPAN_BEFORE);
  const link = ending ?? before;
  const point = link && readPointAfterLink(tokens, link.end);
  const span = point && resolveDatePoint(point.point, today);
  if (!span) return undefined;
  const dayAfter = before ? startCounted(point.point, span, unitMonths) : addDays(span.end, 1);
  const start = unitMonths !== undefined ? addMonths(dayAfter, -count! * unitMonths) : addDays(dayAfter, -count! * UNIT_DAYS[unit!.norm]!);
  return { end: point.end, clauses: [datesClause(start, addDays(dayAfter, -1))] };
}

/** "Jan" in "Jan-Jun 2023": a month name that is a date only as the start of a range whose end has a year. */
function bareMonthBeforeRange(tokens: readonly Token[], index: number): { point: DatePoint & { needsRangeEnd?: boolean }; end: number } | undefined {
  const month = isWord(tokens[index]) ? monthNumberOf(tokens[index]!.norm) : undefined;
  return month === undefined ? undefined : { point: { unit: 'month', month, unmistakable: false, needsRangeEnd: true }, end: index + 1 };
}

/**
 * "since jan", "ever since sept": after "since" an abbreviated month's name ("jan", "mar", "may", which
 * alone need a year) can only be the month, its latest that has begun ("since dec" in November 2025 is
 * December 2024), as "since january" is read.
 */
function abbreviatedMonthAfterSince(tokens: readonly Token[], index: number, kind: PrefixKind | undefined): { point: DatePoint; end: number } | undefined {
  const month = kind === 'since' && isWord(tokens[index]) ? monthNumberOf(tokens[index]!.norm) : undefined;
  return month === undefined ? undefined : { point: { unit: 'month', month, unmistakable: true }, end: index + 1 };
}

/**
 * "1st–15th Oct 2025", "from the 3rd to the 20th of May 2024": a day written as an ordinal with no
 * month starts a range whose end, a later day, names the month; the start is in that month.
 */
function dayBeforeDatedDay(tokens: readonly Token[], index: number): { point: DatePoint; end: number } | undefined {
  const day = readDayOfMonth(tokens, index);
  if (!day?.ordinal) return undefined;
  const last = readRangeEnd(tokens, day.end);
  if (!last || last.byAnd || last.point.unit !== 'day' || last.point.month === undefined || last.point.day! <= day.day) return undefined;
  return { point: { unit: 'day', month: last.point.month, day: day.day, unmistakable: true }, end: day.end };
}

/** "2021-22": after a year and a hyphen, two joined digits are a later year of the same century. */
function readAbbreviatedEndYear(tokens: readonly Token[], index: number, start: DatePoint): { point: DatePoint; end: number } | undefined {
  const [separator, digits] = [tokens[index], tokens[index + 1]];
  if (start.unit !== 'year' || start.edge || !isPunct(separator, '-') || !separator!.joined || !isNumber(digits) || !digits.joined) return undefined;
  if (!/^\d{2}$/.test(digits.norm)) return undefined;
  const year = Math.floor(start.year! / 100) * 100 + digits.value;
  return year > start.year! ? { point: { unit: 'year', year, unmistakable: true }, end: index + 2 } : undefined;
}

interface RangeEnd {
  point: DatePoint;
  end: number;
  /** "2020 and 2021": joined by "and", so one range only after "between" or where the periods meet (joinListedPeriods). */
  byAnd: boolean;
  /** "Q2" in "Q1, Q2 and Q3 2021": the periods listed between the first and this last one. */
  listed: DatePoint[];
  /** "which year is better?": periods joined by "and" to compare, each a window of its own even where they meet (compared_periods.ts). */
  compared?: true;
}

/** "March 2025 through May": a month's bare name ends a range begun by a month or day with its year. */
function bareMonthEndingRange(tokens: readonly Token[], index: number, start: DatePoint | undefined): { point: DatePoint; end: number } | undefined {
  if (start?.year === undefined || (start.unit !== 'month' && start.unit !== 'day') || start.edge) return undefined;
  const month = isWord(tokens[index]) ? monthNumberOf(tokens[index]!.norm) : undefined;
  return month === undefined ? undefined : { point: { unit: 'month', month, unmistakable: false }, end: index + 1 };
}

/** Words after which "may" closing "March 2025 and may" is still the month ("… and May with 10 bps fees"), not a verb ("… and may I"). */
const AFTER_LISTED_MONTH = ['in', 'on', 'for', 'with', 'using', 'only', 'too', 'please', 'separately'];

/** "March 2025 and May": a bare month after "and", where a name that is also a word must not start a clause of its own. */
function bareMonthEndingList(tokens: readonly Token[], index: number, start: DatePoint | undefined): { point: DatePoint; end: number } | undefined {
  const month = bareMonthEndingRange(tokens, index, start);
  const next = tokens[index + 1];
  return month && (!isWord(next) || isWord(next, ...AFTER_LISTED_MONTH)) ? month : undefined;
}

/**
 * "2010-01-01:2019-12-31": a colon between two full dates joins a range, as date slices are written
 * in code; a colon beside anything else is a time, a ratio or a label.
 */
function colonBetweenFullDatesEnd(tokens: readonly Token[], index: number): number | undefined {
  const between = isPunct(tokens[index], ':') && tokens[index - 1]?.kind === 'iso_date' && tokens[index + 1]?.kind === 'iso_date';
  return between ? index + 1 : undefined;
}

/** "2020, 2021" before "and 2022": periods listed with commas, read only when an "and" closes the list. */
function readCommaList(tokens: readonly Token[], index: number): { points: DatePoint[]; end: number } | undefined {
  const points: DatePoint[] = [];
  let at = index;
  while (isPunct(tokens[at], ',') && !isWord(tokens[at + 1], 'and')) {
    const item = readDatePoint(tokens, at + 1) ?? bareMonthBeforeRange(tokens, at + 1);
    if (!item) return undefined;
    points.push(item.point);
    at = item.end;
  }
  // "2020, 2021, and 2022": the serial comma.
  if (points.length > 0 && isPunct(tokens[at], ',')) at++;
  return points.length > 0 && isWord(tokens[at], 'and') ? { points, end: at } : undefined;
}

/** Past a fuzzy point's lead ("sometime in", "around"), where a date follows it; else `index` itself. */
function pastVagueLead(tokens: readonly Token[], index: number): number {
  const lead = matchLongest(tokens, index, VAGUE_POINT_LEADS);
  return lead && readPointAfterLink(tokens, lead.end) ? lead.end : index;
}

/** "from the 2005 to the 2015", "… to the final quarter of 2009", "… hasta el 2022": a point after a link, with an article before it or not. */
function readPointAfterLink(tokens: readonly Token[], index: number): { point: DatePoint; end: number } | undefined {
  return readDatedMoment(tokens, index) ?? readDatePoint(tokens, index) ?? (isWord(tokens[index], 'the', ...FOREIGN_DATE_ARTICLES) ? readDatePoint(tokens, index + 1) : undefined);
}

function readRangeEnd(tokens: readonly Token[], index: number, start?: DatePoint): RangeEnd | undefined {
  const abbreviated = start && readAbbreviatedEndYear(tokens, index, start);
  if (abbreviated) return { ...abbreviated, byAnd: false, listed: [] };
  const list = readCommaList(tokens, index);
  const at = list?.end ?? index;
  const connectorEnd = arrowEnd(tokens, at) ?? colonBetweenFullDatesEnd(tokens, at) ?? bracketedIntervalEnd(tokens, at) ?? matchLongest(tokens, at, RANGE_CONNECTORS)?.end;
  if (connectorEnd === undefined) return undefined;
  const byAnd = isWord(tokens[at], 'and');
  if (list && !byAnd) return undefined;
  // "H1 2021 and in H1 2023": the preposition said again after "and".
  const repeated = byAnd && isWord(tokens[connectorEnd], 'in', 'for', 'during', 'over');
  const pointAt = repeated ? connectorEnd + 1 : connectorEnd;
  // "from when I retired in March 2021 until I got sick in October 2023": an event ends a range; after "and" it tells more of the story.
  const point = readPointAfterLink(tokens, pastVagueLead(tokens, pointAt))
    ?? (byAnd ? bareMonthEndingList(tokens, pointAt, start) : bareMonthEndingRange(tokens, pointAt, start) ?? readLifeEvent(tokens, pointAt))
    ?? monthBeforeLedYear(tokens, pointAt);
  const compared = byAnd && comparesPeriods(tokens, at, repeated);
  return point && { ...withYearAfterRangeEnd(tokens, point), byAnd, listed: list?.points ?? [], ...(compared ? { compared } : {}) };
}

/**
 * "June through August 2025", "the 1st of June to the 30th of November 2021", "June and August
 * 2025": a month or day written without its year starts a range or list whose end has one, even
 * with no "from" before it.
 */
function startsDatedRange(tokens: readonly Token[], first: { point: DatePoint; end: number }): boolean {
  if (first.point.unit !== 'month' && first.point.unit !== 'day') return false;
  return readRangeEnd(tokens, first.end, first.point)?.point.year !== undefined;
}

/** "move the window to 2012-2022", "to 2012-2022": a whole range after a bare "to" is the window, not its end. */
function isBareTo(tokens: readonly Token[], index: number, prefix: { end: number } | undefined): boolean {
  return prefix?.end === index + 1 && isWord(tokens[index], 'to');
}

/**
 * "the 31st of February 2021" is no day: refused as "2021-02-31" is (reading "February 2021" would
 * guess, and reading no dates ran the whole history in its place).
 */
function impossibleDay(tokens: readonly Token[], index: number, end: number): RecognizerMatch {
  return { end, clauses: [{ kind: 'impossible_date', written: writtenText(tokens.slice(index, end)) }] };
}

function crashYearRange(tokens: readonly Token[], index: number, end: number, year: number): RecognizerMatch {
  const written = tokens.slice(index, end).map((token) => token.text).join(' ');
  const text = `read '${written}' as the year ${year}: the crash itself lasted about five weeks (19 Feb to 23 Mar ${year}), too short to judge a strategy on; name the months to narrow it`;
  return { end, clauses: [datesClause(`${year}-01-01`, `${year}-12-31`), { kind: 'note', text }] };
}

const END_LABELS = PREFIXES.find((prefix) => prefix.kind === 'end')!.words;

/**
 * "beginning the 1 September 2023 and finishing the 31 August 2024", "start 2019, end 2021",
 * "begins March ends June 2021": after a start said as a verb or label, the end said the same way
 * closes one range, so a part without its year borrows the other's.
 */
function readLabelledEnd(tokens: readonly Token[], index: number, start: DatePoint): RangeEnd | undefined {
  let at = index;
  while (at < index + 2 && (isPunct(tokens[at], ',', ';') || isWord(tokens[at], 'and', 'then'))) at++;
  const label = matchLongest(tokens, at, END_LABELS);
  if (!label) return undefined;
  const point = readPointAfterLink(tokens, label.end) ?? bareMonthEndingRange(tokens, label.end, start);
  return point && { ...withYearAfterRangeEnd(tokens, point), byAnd: false, listed: [] };
}

/** A range's end where the preposition lets one follow: "from A to B", "A-B", "to A-B" (the window, see isBareTo). */
function readSecondPoint(tokens: readonly Token[], index: number, prefix: { end: number } | undefined, kind: PrefixKind | undefined, first: { point: DatePoint; end: number }): RangeEnd | undefined {
  const toRange = isBareTo(tokens, index, prefix) ? readRangeEnd(tokens, first.end, first.point) : undefined;
  if (toRange && !toRange.byAnd) return toRange;
  const labelled = kind === 'start' || kind === 'from' || kind === 'since' ? readLabelledEnd(tokens, first.end, first.point) : undefined;
  if (labelled) return labelled;
  // "through 2020 and 2021", "thru 2020-2022": both ends, where "through 2020" alone is where the run ends.
  // "stretch it to cover 2021-2022" likewise: what the window is to cover, both ends.
  const bothEndsLead = isWord(tokens[index], 'through', 'thru') || (prefix !== undefined && isWord(tokens[prefix.end - 1], 'cover'));
  const throughBoth = kind === 'end' && bothEndsLead && (isWord(tokens[first.end], 'and', 'to') || isPunct(tokens[first.end], '-'));
  const edgeOnly = kind === 'since' || kind === 'after' || kind === 'before' || kind === 'end';
  return edgeOnly && !throughBoth ? undefined : readRangeEnd(tokens, first.end, first.point);
}

/** Where a range begins or stops, never a period to run over alone: a day, "the start|end of 2019", an event, today. */
function isBoundary(point: DatePoint): boolean {
  return point.unit === 'day' || point.unit === 'today' || point.instant === true || point.edge === 'start' || point.edge === 'end';
}

/**
 * The spans of a range's or list's points, the last first: a part without its year takes its
 * neighbour's ("Q1 and Q2 2021", "March 2025 and May", "between November and February 2022").
 */
function resolveListed(points: readonly DatePoint[], today: string): Span[] | undefined {
  const last = points.at(-1)!;
  const lastSpan = resolveDatePoint(last, today, yearFromPartner(last, resolveDatePoint(points[0]!, today), false));
  if (!lastSpan) return undefined;
  const spans: Span[] = [lastSpan];
  for (const point of points.slice(0, -1).reverse()) {
    const span = resolveDatePoint(point, today, yearFromPartner(point, spans[0], true));
    if (!span) return undefined;
    spans.unshift(span);
  }
  return spans;
}

/** The next period starts the day after this one ends (or this one runs to today and the next is still to come, to be refused as future). */
function meets(earlier: Span, later: Span, today: string): boolean {
  return later.start === addDays(earlier.end, 1) || (earlier.end === today && later.start > today);
}

/**
 * Periods joined by "and" ("2022 and 2023", "Q1, Q2 and Q3 2021", "H1 2021 and H1 2023") are one
 * run only where together they cover one unbroken stretch: running the whole is then running each,
 * so "Q1 and Q2 2021" is January to June and "June and July 2025" is two months. Where a gap lies
 * between them ("H1 2021 and H1 2023", "Q1 2020 and Q3 2021", "March 2025 and May", "June and August
 * 2025") a range across it would test months nobody asked for, and one alone would drop the other,
 * so each stays a period of its own and the request is refused as naming several (several_periods.ts).
 * Days and a period's start or end ("the 1st of March and the 5th of May 2021", "the start of 2019
 * and the end of 2021") are where a range begins and stops, not periods to run over alone: they join
 * as a range, as after "between".
 */
function joinListedPeriods(points: readonly DatePoint[], end: number, today: string, compared: boolean): RecognizerMatch | undefined {
  const asRange = points.some(isBoundary);
  const spans = resolveListed(asRange ? points : points.map(asWholePeriod), today);
  if (!spans) return undefined;
  const unbroken = !compared && spans.every((span, at) => at === 0 || meets(spans[at - 1]!, span, today));
  if (asRange || unbroken) return { end, clauses: [datesClause(spans[0]!.start, spans.at(-1)!.end)] };
  return { end, clauses: spans.map((span) => datesClause(span.start, span.end)) };
}

/** "2019 to 2021 inclusive": every range already includes its ends. */
const INCLUSIVE = phrases('inclusive', 'inclusively', 'both inclusive', ', inclusive', ', both inclusive', '( inclusive )', 'included', 'both included');

/** "from 2000 to 2020 (2020 included)": the end year said again, in brackets, as included. */
function pastRestatedEnd(tokens: readonly Token[], index: number, endYear: number | undefined): number {
  const [open, year, word, close] = tokens.slice(index, index + 4);
  const restates = isPunct(open, '(') && isNumber(year) && year.value === endYear && isWord(word, 'included', 'inclusive', 'including') && isPunct(close, ')');
  return restates ? index + 4 : index;
}

function rangeClause(tokens: readonly Token[], second: RangeEnd, points: readonly DatePoint[], kind: PrefixKind | undefined, today: string): RecognizerMatch | undefined {
  const end = pastRestatedEnd(tokens, matchLongest(tokens, second.end, INCLUSIVE)?.end ?? second.end, points.at(-1)?.year);
  if (second.byAnd && (kind !== 'between' || second.listed.length > 0)) return joinListedPeriods(points, end, today, second.compared === true);
  const spans = resolveListed(points, today);
  return spans && { end, clauses: [datesClause(spans[0]!.start, spans.at(-1)!.end)] };
}

/**
 * A point or range after an optional preposition; what the preposition means decides which ends are
 * set. Where no point follows the preposition, the words are read again without it, so "beginning of
 * 2019 and end of 2021" is the start of 2019 even though "beginning 2019" is a preposition and a year.
 */
function readPointRange(tokens: readonly Token[], index: number, today: string, conversation: EarlierSettings | undefined): RecognizerMatch | undefined {
  const prefix = matchLongest(tokens, index, ALL_PREFIXES);
  return readPointRangeAfter(tokens, index, prefix, today, conversation) ?? (prefix ? readPointRangeAfter(tokens, index, undefined, today, conversation) : undefined);
}

/**
 * "same but H1" after "ema 12/26 on BTC 4h": where the conversation has set bars, "H1" or "H2" with no
 * year is MetaTrader's name for hourly bars (as "H4" always is), left to interval.ts; "H1 2023"
 * stays the half-year.
 */
function namesBarsInConversation(tokens: readonly Token[], at: number, point: DatePoint, conversation: EarlierSettings | undefined): boolean {
  return conversation?.interval !== undefined && point.unit === 'half' && point.year === undefined && point.relative === undefined && isWord(tokens[at], 'h');
}

/**
 * "narrow it down to Q3" after "for 2024": a part of a year written without its year, run over as
 * the window of a follow-up, is in the year the conversation's window lies in (when it lies in one).
 */
function conversationYear(point: DatePoint, conversation: EarlierSettings | undefined): number | undefined {
  const { start, end } = conversation?.window ?? {};
  if (!isYearlessPart(point) || !start || !end) return undefined;
  const year = fromIsoDate(start).year;
  return fromIsoDate(end).year === year ? year : undefined;
}

/**
 * "what about the second half instead?" after "H1 2022": a half or quarter named by its place, with no
 * year, is the one in the year the conversation's window lies in. Not before "of" ("the first half of my
 * position"), and not where the window spans years, whose "second half" could be the window's own.
 */
function isPartOfConversationYear(tokens: readonly Token[], first: { point: DatePoint; end: number }, conversation: EarlierSettings | undefined): boolean {
  return (first.point.unit === 'half' || first.point.unit === 'quarter') && !isWord(tokens[first.end], 'of') && conversationYear(first.point, conversation) !== undefined;
}

function isYearlessPart(point: DatePoint): boolean {
  return point.year === undefined && point.relative === undefined && ['quarter', 'half', 'month', 'season'].includes(point.unit);
}

/**
 * "extend that through Q3" after "q1 2023", "push the end to november": a new end written without
 * its year moves the window's end within the year that end lies in, not today's year.
 */
function endEdgeYear(point: DatePoint, kind: PrefixKind | undefined, conversation: EarlierSettings | undefined): number | undefined {
  const end = conversation?.window?.end;
  return (kind === 'end' || kind === 'before') && end && isYearlessPart(point) ? fromIsoDate(end).year : undefined;
}

/**
 * "for Q2 2023... hmm, actually Q3", "march 2021, sorry, april", "H1 2019 — no wait, H2": a part of a
 * year written without its year right after a correction marker is in the year of the dated period it
 * corrects, not the latest such period.
 */
function correctedYear(tokens: readonly Token[], index: number, point: DatePoint): number | undefined {
  const markerStart = isYearlessPart(point) ? markersEndingAt(tokens, index) : undefined;
  for (let at = (markerStart ?? 0) - 1; at >= 0; at--) {
    const year = readDatePoint(tokens, at)?.point.year;
    if (year !== undefined) return year;
  }
  return undefined;
}

/** "from 2020, held through 2023": a date written earlier in the sentence says when the holding began. */
function heldAfterDate(tokens: readonly Token[], index: number, prefix: { end: number } | undefined): boolean {
  if (!prefix || matchLongest(tokens, index, HELD_THROUGH)?.end !== prefix.end) return false;
  const sentence = tokens[index]!.sentence;
  return tokens.slice(0, index).some((token, at) => token.sentence === sentence && readDatePoint(tokens, at)?.point.unmistakable === true);
}

/**
 * "since my daughter was born in 2019": a life event that has happened dates the run; one still to
 * come ("before my kid starts college in 2031") is the writer's plan, left to be read as the future.
 */
function readPastLifeEvent(tokens: readonly Token[], index: number, today: string): { point: DatePoint; end: number } | undefined {
  const event = readLifeEvent(tokens, index);
  const span = event && resolveDatePoint(event.point, today);
  return span && span.start <= today ? event : undefined;
}

/**
 * "start it in the fall of 2020", "since the summer of 2019": after a preposition, "the" before a
 * period is passed over. Not before a bare year, where "the 2022 bear market" reads its phase;
 * Spanish "el" names no phase, so "desde el 2019" runs from 2019 on.
 */
function pastArticle(tokens: readonly Token[], index: number): number {
  if (isWord(tokens[index], ...FOREIGN_DATE_ARTICLES) && readDatePoint(tokens, index + 1)) return index + 1;
  if (!isWord(tokens[index], 'the') || readDatePoint(tokens, index)) return index;
  const after = readDatePoint(tokens, index + 1);
  return after && after.point.unit !== 'year' ? index + 1 : index;
}

function readPointRangeAfter(tokens: readonly Token[], index: number, prefix: { end: number; which: number } | undefined, today: string, conversation: EarlierSettings | undefined): RecognizerMatch | undefined {
  const kind = heldAfterDate(tokens, index, prefix) ? 'end' : isKeptThrough(tokens, index, prefix?.end) ? 'period' : prefix ? prefixKindOf(prefix.which) : undefined;
  // "until sometime in 2019": after a preposition, a fuzzy point's lead is passed over.
  const pointAt = prefix ? pastArticle(tokens, pastVagueLead(tokens, prefix.end)) : index;
  // "since the covid low 2020-03-23": a named moment is its written date (before "covid" is read as March 2020).
  const first = (prefix ? readDatedMoment(tokens, prefix.end) : undefined) ?? readDatePoint(tokens, pointAt) ?? abbreviatedMonthAfterSince(tokens, pointAt, kind) ?? bareMonthBeforeRange(tokens, pointAt) ?? dayBeforeDatedDay(tokens, pointAt)
    ?? (kind !== undefined && EDGE_KINDS.has(kind) ? readPastLifeEvent(tokens, pointAt, today) : undefined);
  // "march 2021, sorry, april": a bare month is a date where it corrects a dated one.
  if (!first || (!prefix && !first.point.unmistakable && !first.point.needsRangeEnd && !startsDatedRange(tokens, first) && correctedYear(tokens, index, first.point) === undefined
    && !isPartOfConversationYear(tokens, first, conversation))) return undefined;
  if (first.point.needsRangeEnd && !readRangeEnd(tokens, first.end)?.point.year) return undefined;
  if (namesBarsInConversation(tokens, pointAt, first.point, conversation)) return undefined;
  // "over the covid crash": its calendar year, said in a note; "during covid" has no agreed end, and
  // an event is otherwise read only as where a range starts or stops.
  if (first.point.crashYear !== undefined && kind === 'period') return crashYearRange(tokens, prefix!.end, first.end, first.point.crashYear);
  if (first.point.instant && (kind === undefined || kind === 'period' || kind === 'between')) return undefined;
  const second = readSecondPoint(tokens, index, prefix, kind, first);
  if (kind === 'between' && !second) return undefined;
  const written = harmoniseDayOrder(second ? [first.point, ...second.listed, second.point] : [first.point], declaredDateOrder(tokens));
  if (written.some(isImpossibleDay)) return impossibleDay(tokens, pointAt, second?.end ?? first.end);
  const postposed = prefix ? undefined : postposedBetween(tokens, second);
  if (postposed) return rangeClause(tokens, postposed, written, 'between', today);
  if (second && first.point.spacedShortYear) return shortYearsOrDays(tokens, pointAt, first.point, second, today) ?? rangeClause(tokens, second, written, kind, today);
  if (second) return rangeClause(tokens, second, written, kind, today);
  // "I put 10000 dollars into microsoft at the start of 2018 and never sold": a start alone is where the
  // run begins (a one-day window tests nothing), to today, and the note says so.
  if ((kind === undefined || kind === 'period') && first.point.edge === 'start' && first.point.unit !== 'day') {
    const begins = resolveDatePoint(first.point, today);
    const written = writtenText(tokens.slice(pointAt, first.end));
    if (begins) return { end: first.end, clauses: [datesClause(begins.start, today), { kind: 'note', text: `read "${written}" as where the run starts: ${begins.start} to ${today}` }] };
  }
  // "sma on btc at the end of 2021": an end alone as the whole window is the period's last stretch (late
  // 2021, Sep–Dec), as a reader asked about "the end of the year" looks at its closing months; the one
  // day it ends on tests nothing (it was insufficient_history), and the note says how it was read.
  if ((kind === undefined || kind === 'period') && first.point.edge === 'end') {
    const closing = resolveDatePoint({ ...first.point, edge: 'late' }, today);
    const written = writtenText(tokens.slice(pointAt, first.end));
    if (closing) return { end: first.end, clauses: [datesClause(closing.start, closing.end), { kind: 'note', text: `read "${written}" as its closing stretch: ${closing.start} to ${closing.end}` }] };
  }
  // "for now", "as of today": the time of speaking, never a window (one day would test nothing).
  if (first.point.unit === 'today' && (kind === undefined || kind === 'period')) return undefined;
  const openEnd = matchLongest(tokens, first.end, OPEN_END) ?? postposedOpenEnd(tokens, first.end);
  // "mid-2022 onwards" starts at the middle, as "since mid-2022" does; "in mid-2022" is the middle third.
  const wholePeriod = !openEnd && (kind === undefined || kind === 'period');
  const year = (wholePeriod ? conversationYear(first.point, conversation) : endEdgeYear(first.point, kind, conversation)) ?? correctedYear(tokens, index, first.point);
  // The point as its declared date order reads it ("since 3/4/2022, dd/mm/yyyy").
  const ordered = written[0]!;
  const span = resolveDatePoint(wholePeriod ? asWholePeriod(ordered) : ordered, today, year);
  if (!span) return undefined;
  const dayNote = dayOrYearNote(tokens, pointAt, first, year, span, today);
  if (openEnd) return { end: openEnd.end, clauses: [datesClause(span.start, today), ...dayNote] };
  if (wholePeriod && span.end < today && asksFromThenUntilNow(tokens, index, pointAt, first.end)) {
    const written = writtenText(tokens.slice(isWord(tokens[index - 1], 'back') ? index - 1 : index, first.end));
    return { end: first.end, clauses: [datesClause(span.start, today), { kind: 'note', text: `read "${written}" as where the run starts, asked up to now: ${span.start} to ${today}` }] };
  }
  const namesPhase = (kind === undefined || kind === 'period') && first.point.unit === 'year' && !first.point.edge;
  const afterThe = isWord(tokens[pointAt - 1], 'the');
  const phase = namesPhase ? matchLongest(tokens, first.end, MARKET_PHASES) ?? (afterThe ? matchLongest(tokens, first.end, NAMED_EVENTS) : undefined) : undefined;
  if (phase) {
    const context = tokens.slice(pointAt, phase.end).map((token) => token.text).join(' ');
    return { end: phase.end, clauses: [{ kind: 'dates', start: span.start, end: span.end, context }] };
  }
  return { end: first.end, clauses: [clauseOfKind(kind ?? 'period', span, today), ...dayNote] };
}

/**
 * "since march 24": the 24th of March this year, as a day is the usual reading; desk shorthand writes
 * March 2024 so too ("Mar24"), so where the digits could be a year already begun, the note says which was taken.
 */
function dayOrYearNote(tokens: readonly Token[], at: number, first: { point: DatePoint; end: number }, year: number | undefined, span: Span, today: string): Clause[] {
  const { point } = first;
  if (!point.dayOrShortYear || year !== undefined || point.day! < 10 || point.day! > Number(today.slice(2, 4))) return [];
  const written = writtenText(tokens.slice(at, first.end));
  const monthName = tokens[at]!.text;
  return [{ kind: 'note', text: `read '${written}' as ${span.start}; for ${monthName} ${2000 + point.day!}, write the year in full ("${monthName} ${2000 + point.day!}")` }];
}

/**
 * "mar 24 thru dec 24", "jan 15 to feb 15": two digits after a month at both ends are days of this year
 * when those days have passed, else the months' two-digit years ("dec 24" of this year would be still to come).
 * Either way a note says which reading was taken and how to ask for the other.
 */
function shortYearsOrDays(tokens: readonly Token[], start: number, first: DatePoint, second: RangeEnd, today: string): RecognizerMatch | undefined {
  const written = writtenText(tokens.slice(start, second.end));
  const thisYear = Number(today.slice(0, 4));
  const asDay = (point: DatePoint, year = thisYear): string | undefined => {
    const day = toIsoDate({ year, month: point.month!, day: point.year! % 100 });
    return isIsoDate(day) ? day : undefined;
  };
  const [dayStart, dayEnd] = [asDay(first), asDay(second.point)];
  if (dayStart && dayEnd && dayStart <= dayEnd && dayEnd <= today) {
    return { end: second.end, clauses: [datesClause(dayStart, dayEnd), { kind: 'note', text: `read '${written}' as days of ${thisYear}; for months with two-digit years, write the years in full ("${tokens[start]!.text} ${first.year}")` }] };
  }
  // Years still to come ("oct 15 to nov 30" as 2015–2030) are no reading: the days are, even if refused as future.
  const yearsPast = first.year !== undefined && second.point.year !== undefined && second.point.year <= thisYear;
  // "dec 31 to jan 30": years running backwards (2031 to 2030) are no reading either; the days cross
  // New Year, the latest such stretch that has ended.
  if (dayStart && dayEnd && dayStart > dayEnd && (!yearsPast || second.point.year! < first.year!)) {
    const endYear = dayEnd <= today ? thisYear : thisYear - 1;
    const [crossStart, crossEnd] = [asDay(first, endYear - 1), asDay(second.point, endYear)];
    if (crossStart && crossEnd) {
      return { end: second.end, clauses: [datesClause(crossStart, crossEnd), { kind: 'note', text: `read '${written}' as days across New Year: ${crossStart} to ${crossEnd}` }] };
    }
  }
  if (!yearsPast && dayStart && dayEnd && dayStart <= dayEnd) return { end: second.end, clauses: [datesClause(dayStart, dayEnd)] };
  if (!yearsPast) return dayStart && dayEnd ? undefined : impossibleDay(tokens, start, second.end);
  const span = { start: monthSpan(first.year!, first.month!, first.month!).start, end: monthSpan(second.point.year!, second.point.month!, second.point.month!).end };
  return { end: second.end, clauses: [datesClause(span.start, span.end), { kind: 'note', text: `read '${written}' as months with two-digit years (${span.start} to ${span.end}); for days, write the year after them ("dec 24 ${thisYear}")` }] };
}

/**
 * "2001 and 2011 years between": "between" after its two ends, as Turkish ("2001 ile 2011 yılları
 * arasında") and Japanese put it, is a range as "between 2001 and 2011" is, not two periods. Only two
 * ends joined by "and", with "between" right after them (or after "years").
 */
function postposedBetween(tokens: readonly Token[], second: RangeEnd | undefined): RangeEnd | undefined {
  if (!second?.byAnd || second.listed.length > 0 || second.compared) return undefined;
  const at = isWord(tokens[second.end], 'years', 'year') ? second.end + 1 : second.end;
  return isWord(tokens[at], 'between') ? { ...second, end: at + 1 } : undefined;
}

/** One point after a preposition: the edges the preposition sets ("since" the start, "until" the end, "in" both). */
function clauseOfKind(kind: PrefixKind, span: Span, today: string): Clause {
  // "commencing in September 2026" (today 2025): not yet begun, so no run to today; its own end is kept for the refusal as future dates.
  const untilToday = span.start > today ? span.end : today;
  switch (kind) {
    case 'from': case 'start': return datesClause(span.start, untilToday, true, 'start');
    case 'since': return datesClause(span.start, untilToday, false, 'start');
    case 'after': return datesClause(addDays(span.end, 1), undefined, false, 'start');
    case 'before': return datesClause(undefined, addDays(span.start, -1), false, 'end');
    case 'end': return datesClause(undefined, span.end, false, 'end');
    case 'between': case 'period': return datesClause(span.start, span.end);
    default: return assertNever(kind, 'date prefix');
  }
}

/**
 * "just IS numbers for now", "as of today": the time of speaking, said of the request, names no window
 * (and its "now" replaces nothing, as "now try ETH" does). Read, so as to set nothing.
 */
const TIME_OF_SPEAKING = phrases('for now', 'right now', 'as of now|today|yet', 'for the moment', 'for the time being', 'at the moment');

function readTimeOfSpeaking(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const found = matchLongest(tokens, index, TIME_OF_SPEAKING);
  return found && { end: found.end, clauses: [] };
}

export const recognizeDates: Recognizer = (tokens, index, context) =>
  readTimeOfSpeaking(tokens, index) ?? readWinter(tokens, index) ?? readPartOfYear(tokens, index, context.today) ?? readSpanEndingAt(tokens, index, context.today) ?? readRelative(tokens, index, context.today)
  ?? readPointRange(tokens, index, context.today, context.conversation);

