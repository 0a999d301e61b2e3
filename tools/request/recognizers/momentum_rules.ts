import type { Recognizer, RecognizerMatch } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isNumber, isPunct, isWord, matchLongest, phrases, skipWords } from '../token_matchers.js';
import { readValue, skipBarUnit } from './parameters.js';
import { describedStrategyClauses } from './described_strategy.js';
import { sideBefore } from './rule_leads.js';

/** What the rule compares, before the comparison: "it closes", "today's close is", "the price is". */
const SUBJECT_WORDS: ReadonlySet<string> = new Set(["today's", 'todays', 'the', 'its', 'it', 'price', 'close', 'closes', 'closing', 'current', 'is', 'has', 'was']);
/** Only an upward comparison is momentum: "lower than 60 bars ago" is a bet against the trend, left unread. */
/** "higher today than it was 60 days ago": the day compared may sit inside the comparison. */
const HIGHER_THAN = phrases('higher|greater|more than', 'higher|greater today|now than', 'above|over', 'exceeds|exceeding|exceeded|beats|tops', 'is|are up from|on|versus|vs', 'up from|on|versus|vs');
const THEN_WORDS: ReadonlySet<string> = new Set(['the', 'its', 'it', 'did', 'was', 'were', 'had', 'been', 'close', 'closed', 'closing', 'price', 'level', 'of', 'where',
  'at', 'from', 'as', 'that', 'stood', 'one']);
const AGO_WORDS = ['ago', 'back', 'before', 'earlier', 'prior', 'previously'];

/**
 * "Go long whenever it closes higher than it did 60 bars ago", "long when today's close is above the
 * close 120 days back": momentum named by its rule, the window being its lookback. On the selling
 * side ("sell when it closes above…") it is no momentum rule and is left unread; beside another
 * named strategy it is a filter that strategy cannot take, also left unread.
 */
/** Rising over a window: "going up over the last 90 days", "it has risen in the past 60 days". */
const RISING = phrases('going|trending|moving|heading|headed up|higher', 'gone|trended|moved up|higher', 'rising|climbing|gaining|risen|climbed|gained|rose', 'up');
const OVER_THE_LAST = phrases('over|in|during|across|for the last|past|previous|prior', 'over|in|during|across|for last|past');
/** A calendar window written for bars only with its days beside it: "the last 3 months (90 days)". */
const CALENDAR_UNITS = ['week', 'weeks', 'month', 'months'];

/** "90 days", "3 months (90 days)": the window in bars and where it ends. */
function risingWindow(tokens: readonly Token[], index: number): { value: number; end: number } | undefined {
  const value = readValue(tokens, index);
  const unitEnd = value && skipBarUnit(tokens, value.end);
  if (value && unitEnd! > value.end) return { value: value.value, end: unitEnd! };
  if (!isNumber(tokens[index]) || !isWord(tokens[index + 1], ...CALENDAR_UNITS) || !isPunct(tokens[index + 2], '(')) return undefined;
  const days = readValue(tokens, index + 3);
  const daysEnd = days && skipBarUnit(tokens, days.end);
  if (!days || daysEnd === days.end || !isPunct(tokens[daysEnd!], ')')) return undefined;
  return { value: days.value, end: daysEnd! + 1 };
}

/**
 * "hold eth whenever it's up over the previous 30 days, sit in cash otherwise": holding only while a
 * condition lasts is a buying rule too, with the condition word between the holding verb and the rise.
 * Only where no buying or selling lead comes first ("hold eth, but sell whenever it's up…" sells).
 */
const HOLDING_VERBS = ['hold', 'holds', 'holding', 'own', 'owning'];
const WHILE_WORDS = ['when', 'whenever', 'while', 'whilst', 'if'];

function heldWhile(tokens: readonly Token[], index: number): boolean {
  if (sideBefore(tokens, index) !== undefined) return false;
  const sentence = tokens[index]?.sentence;
  let condition = false;
  for (let at = index - 1; at >= 0 && tokens[at]!.sentence === sentence; at--) {
    if (isWord(tokens[at], ...WHILE_WORDS)) condition = true;
    else if (condition && isWord(tokens[at], ...HOLDING_VERBS)) return true;
  }
  return false;
}

/**
 * "buy bitcoin whenever it's been going up over the last 3 months (90 days)": the buying rule's
 * window is momentum's lookback, not the run's period. Only on the buying side, and only with a
 * window in bars; "the last 3 months" alone is left to the dates, which ask rather than guess.
 */
function risingOverWindow(tokens: readonly Token[], index: number): { lookback: number; end: number } | undefined {
  const rising = matchLongest(tokens, index, RISING);
  const over = rising && matchLongest(tokens, rising.end, OVER_THE_LAST);
  const window = over && risingWindow(tokens, over.end);
  return window && (sideBefore(tokens, index) === 'buy' || heldWhile(tokens, index)) ? { lookback: window.value, end: window.end } : undefined;
}

/** "the last months", "the last 3 months", "a year": a calendar window, with its count when written. */
function calendarWindow(tokens: readonly Token[], index: number): { written: string; end: number } | undefined {
  const unitAt = index + (isNumber(tokens[index]) || isWord(tokens[index], 'a', 'one') ? 1 : 0);
  if (!isWord(tokens[unitAt], ...CALENDAR_UNITS, 'year', 'years')) return undefined;
  return { written: tokens.slice(index, unitAt + 1).map((token) => token.text).join(' '), end: unitAt + 1 };
}

/**
 * "buy Solana when its price is higher than it was 3 months ago", "buy the coin if it went up in the
 * last months": momentum by its rule, but with a calendar window where the lookback counts bars (a
 * month is about 21 bars of stocks and 30 of crypto), so the lookback is not guessed: the rule runs
 * at momentum's default and a note says how to set it.
 */
function risingOverCalendar(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const rising = matchLongest(tokens, index, RISING);
  const over = rising && matchLongest(tokens, rising.end, OVER_THE_LAST);
  const risen = over && calendarWindow(tokens, over.end);
  if (risen && (sideBefore(tokens, index) === 'buy' || heldWhile(tokens, index))) return momentumOverCalendar(tokens, index, risen);
  const comparison = matchLongest(tokens, skipWords(tokens, index, SUBJECT_WORDS), HIGHER_THAN);
  const then = comparison && calendarWindow(tokens, skipWords(tokens, comparison.end, THEN_WORDS));
  if (!then || !isWord(tokens[then.end], ...AGO_WORDS) || sideBefore(tokens, index) === 'sell') return undefined;
  return momentumOverCalendar(tokens, index, { written: then.written, end: then.end + 1 });
}

function momentumOverCalendar(tokens: readonly Token[], start: number, window: { written: string; end: number }): RecognizerMatch | undefined {
  const clauses = describedStrategyClauses(tokens, { start, end: window.end, name: 'momentum', params: {}, standsAlone: true });
  const text = `read the rule over '${window.written}' as momentum at its default lookback; the lookback counts bars, so write it in days to set it (e.g. "lookback 63")`;
  return clauses && { end: window.end, clauses: [...clauses, { kind: 'note', text }] };
}

export const recognizeMomentumRule: Recognizer = (tokens, index) => {
  const rising = risingOverWindow(tokens, index);
  if (rising) return momentumWithLookback(tokens, index, rising.lookback, rising.end);
  const calendar = risingOverCalendar(tokens, index);
  if (calendar) return calendar;
  const comparison = matchLongest(tokens, skipWords(tokens, index, SUBJECT_WORDS), HIGHER_THAN);
  const value = comparison && readValue(tokens, skipWords(tokens, comparison.end, THEN_WORDS));
  const unitEnd = value && skipBarUnit(tokens, value.end);
  if (!value || unitEnd === value.end || !isWord(tokens[unitEnd!], ...AGO_WORDS) || sideBefore(tokens, index) === 'sell') return undefined;
  return momentumWithLookback(tokens, index, value.value, unitEnd! + 1);
};

function momentumWithLookback(tokens: readonly Token[], start: number, lookback: number, end: number): RecognizerMatch | undefined {
  const clauses = describedStrategyClauses(tokens, { start, end, name: 'momentum', params: { lookback }, standsAlone: true });
  return clauses && { end, clauses };
}
