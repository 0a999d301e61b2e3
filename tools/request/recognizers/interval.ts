import type { Clause, Recognizer, RecognizerMatch } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isNumber, isPunct, isWord, matchLongest, phrases, writtenText } from '../token_matchers.js';
import { isReplacedAt } from './replaced_intervals.js';
import { strategyNameAt } from '../written_strategy_names.js';
import { namesOtherThing } from './life_durations.js';
import { yieldsToSizedBars } from './family_bar_words.js';
import { isLoneWeeklyBars } from './lone_weekly_bars.js';

/**
 * Bar intervals: "hourly BTC", "on the 1h chart", "4-hour candles", "15-minute ETH", "H4", "daily
 * bars", "weekly chart". Written as data files name them: 15m, 1h, 4h, 1d, 1w (60 minutes = 1h).
 * "daily" / "weekly" / "monthly" alone are intervals only when no rebalancing word follows.
 */
const UNIT_OF: Readonly<Record<string, 'm' | 'h' | 'd' | 'w'>> = {
  m: 'm', min: 'm', mins: 'm', minute: 'm', minutes: 'm', minutely: 'm',
  h: 'h', hr: 'h', hrs: 'h', hour: 'h', hours: 'h', hourly: 'h',
  d: 'd', day: 'd', days: 'd', daily: 'd', w: 'w', wk: 'w', week: 'w', weeks: 'w', weekly: 'w',
};
/** "1h K-line", "4h kline", "K线": a candle, as Chinese exchanges and their users name it. */
const K_LINES = ['kline', 'k line|lines'];
/** "htf", "ltf", "mtf": the desk's higher, lower and middle time frame, a bar word ("4h HTF"). */
const FRAME_JARGON = 'htf|ltf|mtf';
const BAR_WORDS = phrases(`bar|bars|candle|candles|candlestick|candlesticks|chart|charts|graphic|graphics|graph|graphs|timeframe|timeframes|tf|${FRAME_JARGON}|interval|intervals|klines|ohlc|ohlcv|data|closes|prices`,
  'time frame', 'time frames', ...K_LINES);
const ADVERBS: Readonly<Record<string, string>> = { hourly: '1h', daily: '1d', weekly: '1w', minutely: '1m' };
const REBALANCE_WORDS = ['rebalance', 'rebalanced', 'rebalancing', 'rebalances', 'rebal', 'returns', 'return', 'volatility', 'vol', 'limit', 'loss', 'losses', 'sharpe'];
const COUNT_WORDS: Readonly<Record<string, number>> = { one: 1, two: 2, four: 4, five: 5, fifteen: 15, thirty: 30, sixty: 60, an: 1, a: 1 };

function normalised(count: number, unit: 'm' | 'h' | 'd' | 'w'): string | undefined {
  if (!Number.isInteger(count) || count < 1 || count > 1440) return undefined;
  if (unit === 'm' && count % 60 === 0) return `${count / 60}h`;
  if (unit === 'h' && count === 24) return '1d';
  return `${count}${unit}`;
}

/** The words a bar size is written in: its count words and its units. */
interface SizeWords {
  counts: Readonly<Record<string, number>>;
  units: Readonly<Record<string, 'm' | 'h' | 'd' | 'w'>>;
}
const ENGLISH_SIZE_WORDS: SizeWords = { counts: COUNT_WORDS, units: UNIT_OF };

/** "4h", "15m", "4 hour", "4-hour", "15 min", "one hour", "60-minute": a count then a unit. */
function countThenUnit(tokens: readonly Token[], index: number, words: SizeWords = ENGLISH_SIZE_WORDS): { interval: string; end: number; joined: boolean } | undefined {
  const first = tokens[index];
  const count = first?.kind === 'number' ? first.value : first?.kind === 'word' && Object.hasOwn(words.counts, first.norm) ? words.counts[first.norm]! : undefined;
  if (count === undefined) return undefined;
  const at = isPunct(tokens[index + 1], '-') ? index + 2 : index + 1;
  const unitToken = tokens[at];
  const unit = isWord(unitToken) && Object.hasOwn(words.units, unitToken!.norm) ? words.units[unitToken!.norm]! : undefined;
  if (!unit || (unitToken!.norm.length === 1 && !unitToken!.joined)) return undefined;
  // Minutes are a lower-case "m" as data files write them; "1M" is a million (or, on charting sites, a month).
  if (unitToken!.text === 'M') return undefined;
  const interval = normalised(count, unit);
  // "4h" written as one word, or "15-minute" / "1-hour" as an adjective (a "20-day" window is not an interval).
  const joined = (unitToken!.joined && at === index + 1) || (at === index + 2 && (unit === 'm' || unit === 'h'));
  return interval === undefined ? undefined : { interval, end: at + 1, joined };
}

/**
 * "3d candles", "4-hour chart", "15 min bars": a size in time with a bar word after it is always the
 * bars, never a strategy's window (number_groups.ts leaves it to this reader, which refuses sizes it cannot offer).
 */
export function startsSizedBars(tokens: readonly Token[], index: number): boolean {
  const size = countThenUnit(tokens, index);
  return size !== undefined && matchLongest(tokens, size.end, BAR_WORDS) !== undefined;
}

/** "H1", "H4", "M15", "D1": the trading platforms' names. */
function unitThenCount(tokens: readonly Token[], index: number): { interval: string; end: number } | undefined {
  const letter = tokens[index];
  const count = tokens[index + 1];
  if (!isWord(letter, 'h', 'm', 'd', 'w') || !isNumber(count) || !count.joined) return undefined;
  const interval = normalised(count.value, UNIT_OF[letter!.norm]!);
  return interval === undefined ? undefined : { interval, end: index + 2 };
}

/** Words that make a month an interval; "3 months data" stays a span of time. */
const MONTH_BAR_WORDS = phrases('bar|bars|candle|candles|candlestick|candlesticks|chart|charts|timeframe|timeframes|tf|interval|intervals|klines', 'time frame', ...K_LINES);
const MONTH_UNITS = ['mo', 'mos', 'mon', 'month', 'months', 'monthly'];

/**
 * "monthly bars", "1-month candles", "1M chart": bars a month long, which the data cannot have (a
 * month's length varies; tools/data/intervals.ts). Read so that the request is refused with
 * bad_interval, never run on daily bars with the words ignored. "1M" is also a minute in some
 * tools, so the refusal says how to ask for either.
 */
function monthlyBars(tokens: readonly Token[], index: number): { end: number; written: string } | undefined {
  const first = tokens[index];
  if (isWord(first, 'monthly')) {
    const bars = matchLongest(tokens, index + 1, MONTH_BAR_WORDS);
    return bars && { end: bars.end, written: tokens.slice(index, bars.end).map((token) => token.text).join(' ') };
  }
  if (!isNumber(first)) return undefined;
  const at = isPunct(tokens[index + 1], '-') ? index + 2 : index + 1;
  const unit = tokens[at];
  if (!(isWord(unit, ...MONTH_UNITS) || (isWord(unit) && unit!.text === 'M' && unit!.joined))) return undefined;
  const bars = matchLongest(tokens, at + 1, MONTH_BAR_WORDS);
  return bars && { end: bars.end, written: `${first.text}${at === index + 2 ? '-' : unit!.joined ? '' : ' '}${unit!.text}` };
}

/** Bar words that may name their size after them; not "data of 30 days", a span. */
const SIZED_BAR_WORDS = phrases('the|a bar|bars|candle|candles|candlestick|candlesticks|chart|charts|graphic|graphics|graph|graphs|timeframe',
  'bar|bars|candle|candles|candlestick|candlesticks|chart|charts|graphic|graphics|graph|graphs|timeframe', 'the|a time frame', 'time frame');

/** "the graphic of one hour", "candles of 4 hours", "timeframe of 15 minutes": as other languages put it. */
function readBarWordThenSize(tokens: readonly Token[], index: number): ReturnType<Recognizer> {
  const bars = matchLongest(tokens, index, SIZED_BAR_WORDS);
  if (!bars || !isWord(tokens[bars.end], 'of', 'at', 'in')) return undefined;
  const size = countThenUnit(tokens, bars.end + 1);
  return size && { end: size.end, clauses: [{ kind: 'interval', interval: size.interval }] };
}

/**
 * Spanish candles and charts, as Spanglish writers name the bars: "velas de 1 hora", "velas de 4h",
 * "gráfico de 15 minutos", "velas diarias". Read only with their size or kind after them, so "velas"
 * alone is no bar word anywhere else.
 */
const SPANISH_BAR_NOUNS = ['vela', 'velas', 'grafico', 'graficos', 'temporalidad'];
const SPANISH_SIZE_WORDS: SizeWords = {
  counts: { ...COUNT_WORDS, un: 1, una: 1, dos: 2, cuatro: 4, quince: 15, treinta: 30 },
  units: { ...UNIT_OF, minuto: 'm', minutos: 'm', hora: 'h', horas: 'h', dia: 'd', dias: 'd', semana: 'w', semanas: 'w' },
};
/** "velas diarias", "gráfico semanal", "velas horarias": the bars' kind as an adjective after the noun. */
const SPANISH_BAR_KINDS: Readonly<Record<string, string>> = {
  horaria: '1h', horarias: '1h', horario: '1h', horarios: '1h', diaria: '1d', diarias: '1d', diario: '1d', diarios: '1d',
  semanal: '1w', semanales: '1w',
};

function readSpanishBars(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  if (!isWord(tokens[index], ...SPANISH_BAR_NOUNS)) return undefined;
  const kind = tokens[index + 1];
  if (isWord(kind) && Object.hasOwn(SPANISH_BAR_KINDS, kind!.norm)) return { end: index + 2, clauses: [{ kind: 'interval', interval: SPANISH_BAR_KINDS[kind!.norm]! }] };
  const size = isWord(tokens[index + 1], 'de') ? countThenUnit(tokens, index + 2, SPANISH_SIZE_WORDS) : undefined;
  return size && { end: size.end, clauses: [{ kind: 'interval', interval: size.interval }] };
}

/** Keys a config line names its bars by: "tf=12h", "interval: 1h", "resolution=1d", "bars=daily". */
const BAR_KEYS = ['tf', 'timeframe', 'interval', 'bar', 'bars', 'resolution', 'granularity', 'candle', 'candles'];

/**
 * "tf=12h", "bars=2h", "interval: hourly": after a bar key and its sign the value is the bars, whatever
 * follows ("bars=2h 2024" was read as H2 2024, "interval=1h start=…" left unread).
 */
function readKeyedBars(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  if (!isWord(tokens[index], ...BAR_KEYS) || !isPunct(tokens[index + 1], '=', ':')) return undefined;
  const at = index + 2;
  const adverb = tokens[at];
  if (isWord(adverb) && Object.hasOwn(ADVERBS, adverb!.norm)) return { end: at + 1, clauses: [{ kind: 'interval', interval: ADVERBS[adverb!.norm]! }] };
  const size = countThenUnit(tokens, at) ?? unitThenCount(tokens, at);
  return size && { end: size.end, clauses: [{ kind: 'interval', interval: size.interval }] };
}

/** Names of the bars' setting that may name its size just after them: "timeframe 4 hours". */
const FRAME_SETTINGS = phrases('timeframe|tf|interval|resolution|granularity', 'time frame');
/** Settings other than the bars that have an interval too: "rebalance interval 4 hours", "check interval 1 day". */
const OTHER_INTERVALS = [...REBALANCE_WORDS, 'check', 'checking', 'checks'];

/**
 * "timeframe 4 hours", "interval 15 minutes", "time frame 1 day": the setting, then a size no backtest
 * spans (hours, minutes, one day), which can only be the bars; "timeframe 30 days" may be the test's span.
 */
function readFrameSettingThenSpacedSize(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const setting = matchLongest(tokens, index, FRAME_SETTINGS);
  if (!setting || isWord(tokens[index - 1], ...OTHER_INTERVALS)) return undefined;
  const size = countThenUnit(tokens, setting.end);
  return size && /^(\d+[mh]|1d)$/.test(size.interval) ? { end: size.end, clauses: [{ kind: 'interval', interval: size.interval }] } : undefined;
}

/** "HTF 12H", "tf 4h": the desk's time-frame word, then the size written as one word. */
function readFrameWordThenSize(tokens: readonly Token[], index: number): ReturnType<Recognizer> {
  const keyed = readKeyedBars(tokens, index) ?? readFrameSettingThenSpacedSize(tokens, index);
  if (keyed) return keyed;
  if (!isWord(tokens[index], ...FRAME_JARGON.split('|'), 'tf')) return undefined;
  const size = countThenUnit(tokens, index + 1);
  return size?.joined ? { end: size.end, clauses: [{ kind: 'interval', interval: size.interval }] } : undefined;
}

/** "bump the interval to 12h", "set the timeframe to hourly": the setting named, then the bars it is changed to. */
const CHANGED_BAR_SETTING = phrases('bump|change|set|switch|move|make|put|raise|lower|drop|take|shift|push|turn|go|up|cut the|its|my interval|timeframe|bars|candles|chart|tf',
  'bump|change|set|switch|move|make|put|raise|lower|drop|take|shift|push|turn|go|up|cut the|its|my time frame', 'the|its|my interval|timeframe|bars|candles|tf', 'interval|timeframe');

function readBarSettingChangedTo(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const setting = matchLongest(tokens, index, CHANGED_BAR_SETTING);
  if (!setting || !isWord(tokens[setting.end], 'to')) return undefined;
  const at = setting.end + 1;
  const adverb = tokens[at];
  if (isWord(adverb) && Object.hasOwn(ADVERBS, adverb!.norm)) return { end: at + 1, clauses: [{ kind: 'interval', interval: ADVERBS[adverb!.norm]! }] };
  // After the setting is named, "4 hours" or "1 day" can only be the bars' size.
  const size = countThenUnit(tokens, at) ?? unitThenCount(tokens, at);
  return size && { end: size.end, clauses: [{ kind: 'interval', interval: size.interval }] };
}

/** Singular units, as an adjective before a noun left out is written: "the 4 hour", not "the 4 hours". */
const ADJECTIVE_UNITS = ['h', 'hr', 'hour', 'm', 'min', 'minute'];
/** "on 4 hours instead": hours or minutes run on, or swapped in, can only be bars (no backtest spans a few hours). */
const PLURAL_BAR_UNITS = ['hrs', 'hours', 'mins', 'minutes'];

/** "4 hours instead", "4 hours then?" closing the message; not "I sleep 8 hours then run …" or "every 4 hours then". */
function swappedIn(tokens: readonly Token[], end: number): boolean {
  const closes = end + 1 >= tokens.length || tokens.slice(end + 1).every((token) => token.kind === 'punct');
  return (isWord(tokens[end], 'instead') || (isWord(tokens[end], 'then') && closes)) && !isWord(tokens[end - 3], 'every', 'for', 'each');
}
const AFTER_LEFT_OUT_NOUN = ['instead', 'then', 'too', 'please', 'pls', 'one', 'version', 'as', 'and'];

/**
 * "try the 4 hour", "what about the 15 minute", "4 hour instead", "on 1 hour then": the chart named
 * by its size alone, the noun left out. Without "the", a singular unit after a count above one ("4
 * hour") or after "on" is still an adjective; "1 hour" alone may be a span of time.
 */
function readBarsWithNounLeftOut(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const article = isWord(tokens[index], 'the');
  const at = article ? index + 1 : index;
  const size = countThenUnit(tokens, at);
  const next = tokens[size?.end ?? index];
  if (size && isWord(tokens[size.end - 1], ...PLURAL_BAR_UNITS) && (isWord(tokens[index - 1], 'on') || swappedIn(tokens, size.end))) {
    return { end: size.end, clauses: [{ kind: 'interval', interval: size.interval }] };
  }
  if (!size || !isWord(tokens[size.end - 1], ...ADJECTIVE_UNITS) || (isWord(next) && !isWord(next, ...AFTER_LEFT_OUT_NOUN)) || isNumber(next)) return undefined;
  const countIsOne = isWord(tokens[at], 'one', 'a', 'an') || (isNumber(tokens[at]) && tokens[at]!.value === 1);
  const adjective = article || isWord(tokens[index - 1], 'on') || !countIsOne;
  return adjective ? { end: size.end, clauses: [{ kind: 'interval', interval: size.interval }] } : undefined;
}

const COPULAS = ['is', 'was', 'are', 'were', "'s", 'feels', 'seems'];
const JUDGEMENTS = ['too', 'not', 'way', 'much', 'really', 'kinda', 'pretty', 'so', 'far', 'just'];
/** Words that start the ask after a complaint ("6h is too noisy make it 12h"): never the judging adjective. */
const ASK_WORDS = ['make', 'try', 'use', 'go', 'switch', 'change', 'let', "let's", 'lets', 'run', 'do', 'instead', 'and', 'but', 'so', 'maybe', 'how', 'what'];

/** "Daily is too slow", "hourly was not enough": bars judged, as the reason for other bars, not asked for. */
function isJudgedAt(tokens: readonly Token[], end: number): boolean {
  return isWord(tokens[end], ...COPULAS) && isWord(tokens[end + 1], ...JUDGEMENTS);
}

/**
 * "Ethereum 1 hour line", "the 4 hour lines": the K-line ("K线") translated word for word, a candle.
 * Only bars of hours or minutes: "the 50 day line" is a moving average, never the bars.
 */
const LINES = phrases('line', 'lines');
function intradayLine(tokens: readonly Token[], written: { interval: string; end: number }): { end: number } | undefined {
  return /^\d+[mh]$/.test(written.interval) ? matchLongest(tokens, written.end, LINES) : undefined;
}

function readInterval(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const monthly = monthlyBars(tokens, index);
  if (monthly) return { end: monthly.end, clauses: [{ kind: 'unsupported_interval', written: monthly.written }] };
  const adverb = tokens[index];
  if (isWord(adverb) && Object.hasOwn(ADVERBS, adverb!.norm)) {
    const bars = matchLongest(tokens, index + 1, BAR_WORDS);
    const rebalancing = isWord(tokens[index + 1], ...REBALANCE_WORDS);
    // "hourly" alone is always an interval; "daily" needs no rebalancing after it; "weekly" also its place in a terse request.
    if (!rebalancing && (bars || adverb!.norm === 'hourly' || adverb!.norm === 'daily' || (adverb!.norm === 'weekly' && isLoneWeeklyBars(tokens, index)))) {
      // "4h bollinger …, I know the hourly data might not go back that far": the sized bars stand.
      const clauses: Clause[] = yieldsToSizedBars(tokens, index, (at) => sizedBarsAt(tokens, at)) ? [] : [{ kind: 'interval', interval: ADVERBS[adverb!.norm]! }];
      return { end: bars?.end ?? index + 1, clauses };
    }
    return undefined;
  }
  const changedTo = readBarSettingChangedTo(tokens, index) ?? readBarsWithNounLeftOut(tokens, index);
  if (changedTo) return changedTo;
  const namedFirst = readBarWordThenSize(tokens, index) ?? readSpanishBars(tokens, index) ?? readFrameWordThenSize(tokens, index);
  if (namedFirst) return namedFirst;
  const written = countThenUnit(tokens, index) ?? unitThenCount(tokens, index);
  if (!written) return undefined;
  const bars = matchLongest(tokens, written.end, BAR_WORDS) ?? intradayLine(tokens, written);
  // "bolinger 20d 2.5std": several days written as one word is a window; bars that long need a bar word ("3d candles").
  const severalDays = /^([2-9]|\d{2,})[dw]$/.test(written.interval) && !bars;
  // "4 hour macd": hours or minutes before a strategy's name are the bars it runs on ("20 day sma" stays a window).
  const beforeStrategy = /^\d+[mh]$/.test(written.interval) && strategyNameAt(tokens, written.end) !== undefined;
  // "4 hours" or "30 days" alone is a span of time; "4h" written as one word, "H4" or a bar word after it is an interval.
  const unmistakable = !severalDays && (bars || beforeStrategy || ('joined' in written ? written.joined : true));
  // "12-hour shifts", "my 15-minute breaks": the length of something in the writer's day, not bars.
  if (!unmistakable || (!bars && !beforeStrategy && namesOtherThing(tokens, written.end))) return undefined;
  return { end: bars?.end ?? written.end, clauses: [{ kind: 'interval', interval: written.interval }] };
}

/**
 * "hmm 6h is too noisy, make it 12h", "hourly is way too slow, try 4h": bars judged, then other bars
 * named after them. The judged bars are what the user moves away from, so the complaint ("6h is too
 * noisy") is read whole and asks for nothing; the later bars are the new interval. With no bars named
 * after it the complaint is left unread, so the message is not read as a change it does not state.
 */
function readComplaint(tokens: readonly Token[], index: number, found: RecognizerMatch): RecognizerMatch | undefined {
  let end = found.end + 1;
  while (isWord(tokens[end], ...JUDGEMENTS) && end < found.end + 4) end++;
  // The judging word: "noisy", "slow", "fast enough", "granular".
  if (isWord(tokens[end]) && !isWord(tokens[end], ...ASK_WORDS)) end++;
  if (isWord(tokens[end], 'enough')) end++;
  const laterBars = tokens.slice(end).some((_, offset) => sizedOrFamilyBarsAt(tokens, end + offset));
  if (!laterBars) return undefined;
  return { end, clauses: [{ kind: 'note', text: `read "${writtenText(tokens.slice(index, end))}" as the bars you are moving away from, not the ones to run` }] };
}

/** Bars asked for at `index`, the family words ("hourly") too, not judged themselves. */
function sizedOrFamilyBarsAt(tokens: readonly Token[], index: number): boolean {
  const found = readInterval(tokens, index);
  return found !== undefined && found.clauses.some((clause) => clause.kind === 'interval') && !isJudgedAt(tokens, found.end);
}

/** The sized bars read at `index` ("4h", "H4", "12-hour candles"), never a family word ("hourly"). */
function sizedBarsAt(tokens: readonly Token[], index: number): string | undefined {
  if (isWord(tokens[index]) && Object.hasOwn(ADVERBS, tokens[index]!.norm)) return undefined;
  const found = readInterval(tokens, index);
  const clause = found?.clauses[0];
  return clause?.kind === 'interval' && !isJudgedAt(tokens, found!.end) && !isReplacedAt(tokens, index) ? clause.interval : undefined;
}

export const recognizeInterval: Recognizer = (tokens, index) => {
  const found = readInterval(tokens, index);
  if (found && isJudgedAt(tokens, found.end)) return readComplaint(tokens, index, found);
  if (!found) return undefined;
  return isReplacedAt(tokens, index) && found.clauses.every((clause) => clause.kind === 'interval') ? { end: found.end, clauses: [] } : found;
};
