import type { Recognizer, RecognizerMatch } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isNumber, isPunct, isWord, isYearNumber, matchLongest, phrases, skipWords } from '../token_matchers.js';
import { readValue, skipBarUnit } from './parameters.js';
import { strategyNameAt } from '../written_strategy_names.js';
import { describedStrategyClauses } from './described_strategy.js';
import { ENTRY_LEADS, EXIT_LEADS, sideBefore } from './rule_leads.js';

/** Between a lead and the extreme: "buy when price closes above the…", "get out when it drops below the…". */
const EXTREME_FILLERS: ReadonlySet<string> = new Set(['on', 'at', 'a', 'an', 'the', 'new', 'fresh', 'when', 'whenever', 'once', 'if', 'it', 'price', 'breaks',
  'hits', 'makes', 'below', 'above', 'under', 'over', 'through', 'close', 'closes', 'closed', 'closing', 'goes', 'moves', 'rises', 'falls', 'drops', 'dips', 'trades',
  'is', "it's", 'its', 'as', 'soon', 'prints', 'print', 'sets', 'set', 'to']);
const HIGHS = ['high', 'highs'];
const LOWS = ['low', 'lows'];
/**
 * "the top of the last 30 days' range", "the lowest low of the past 10 bars", "the lowest price of the
 * last 10 days", "higher than anything in the past 20 days": the extreme named first, its window after.
 */
const PRICE_NOUNS = 'price|prices|close|closes|level|levels|point';
const EXTREME_FIRST = phrases('top|high|highest|bottom|low|lowest', 'higher|lower than the highest|lowest', `higher|lower than the highest|lowest ${PRICE_NOUNS}`, 'highest high|close', 'lowest low|close', `highest|lowest ${PRICE_NOUNS}`,
  'higher|lower than anything|everything', `higher|lower than any|all ${PRICE_NOUNS}|day|days`, 'above|over|below|under anything|everything',
  `above|over|below|under any|all ${PRICE_NOUNS}`);
const LOW_WORDS = ['bottom', 'low', 'lowest', 'lower', 'below', 'under'];
const COMPARISON_WORDS = ['higher', 'lower', 'above', 'over', 'below', 'under'];
const RANGE_LEADS = phrases('of|in|over|across the|those last|past|previous|prior', 'of|in|over|across the', 'of|in|over|across last|past|previous|prior', 'of|in|over|across');
const RANGE_NOUNS: ReadonlySet<string> = new Set(['range', 'channel', 'trading', 'prices', 'closes', 'bars', 'candles']);

interface Extreme {
  /** Undefined for a window told without a number ("the past several weeks"). */
  value?: number;
  isLow: boolean;
  end: number;
  /** "higher than anything in…": written as a comparison, so its side is the rule's lead anywhere before it in the sentence. */
  compared: boolean;
}

/** A channel named without its side: "exiting on a 10-day channel"; the lead before it says which side it is. */
const SIDELESS_CHANNELS = ['channel', 'channels'];

/**
 * "20-day high", "55 day lows": a window with its bar unit, then the extreme. After a lead, a
 * channel ("exiting on a ten-day channel") is the extreme that lead trades: `ledAsExit` says which.
 */
function windowThenExtreme(tokens: readonly Token[], index: number, ledAsExit?: boolean): Extreme | undefined {
  const value = readValue(tokens, index);
  const unitEnd = value && skipBarUnit(tokens, value.end);
  if (!value || unitEnd === value.end) return undefined;
  const noun = tokens[unitEnd!];
  if (ledAsExit !== undefined && isWord(noun, ...SIDELESS_CHANNELS)) return { value: value.value, isLow: ledAsExit, end: unitEnd! + 1, compared: false };
  if (!isWord(noun, ...HIGHS, ...LOWS)) return undefined;
  return { value: value.value, isLow: isWord(noun, ...LOWS), end: unitEnd! + 1, compared: false };
}

/** After a window, what ends it: "…of the last 20. 2003 thru 2013", "…of the last 20, and…". */
const CLAUSE_ENDS = ['.', ',', ';', ')', '!', '?'];

function endsClause(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  return token === undefined || isPunct(token, ...CLAUSE_ENDS) || isWord(token, 'and', 'then');
}

/**
 * "the top of the last 30 days' range", "the low of the past 10 sessions". A window written without
 * its unit ("exit on the lowest low of the last 20") takes the unit of the message's other channel
 * ("the highest high of the last 55 days"), as one would read the second half of one rule; with
 * no channel in bars elsewhere the bare number stays unread.
 */
function extremeThenWindow(tokens: readonly Token[], index: number, mayBorrowUnit = true): Extreme | undefined {
  const extreme = matchLongest(tokens, index, EXTREME_FIRST);
  const lead = extreme && matchLongest(tokens, extreme.end, RANGE_LEADS);
  const value = lead && readValue(tokens, lead.end);
  if (!value) return lead && unnumberedWindow(tokens, index, lead.end);
  const unitEnd = skipBarUnit(tokens, value.end);
  const borrowsUnit = unitEnd === value.end && mayBorrowUnit && endsClause(tokens, value.end) && channelInBarsElsewhere(tokens, index);
  if (unitEnd === value.end && !borrowsUnit) return undefined;
  const isLow = isWord(tokens[index], ...LOW_WORDS);
  return { value: value.value, isLow, end: skipWords(tokens, unitEnd, RANGE_NOUNS), compared: isWord(tokens[index], ...COMPARISON_WORDS) };
}

/**
 * "the highest price of the past several weeks [period 40, exit 20]": a window without a number is no
 * window, so it sets nothing; the rule still names the breakout when its settings are told beside it in
 * brackets, and its exit ("…the lowest of the last few weeks") only completes such a rule. Without
 * settings told that way the rule is left unread rather than run at windows nobody gave.
 */
const UNNUMBERED_WINDOWS = phrases('several|few|some|many days|weeks|months|sessions|bars', 'a few|couple days|weeks|months|sessions|bars', 'couple of days|weeks|months|sessions|bars',
  'a couple of days|weeks|months|sessions|bars');
const CHANNEL_SETTING_NAMES = ['period', 'exit', 'entry', 'lookback', 'window', 'exit_period'];

/** "[period 40, exit 20]", "(entry 55)": a setting named with its value (the tokenizer drops square brackets). */
function opensChannelSettings(tokens: readonly Token[], index: number): boolean {
  const at = isPunct(tokens[index], '(', ',', ':') ? index + 1 : index;
  return isWord(tokens[at], ...CHANNEL_SETTING_NAMES) && isNumber(tokens[at + 1]);
}

function unnumberedWindow(tokens: readonly Token[], index: number, windowAt: number): Extreme | undefined {
  const window = matchLongest(tokens, windowAt, UNNUMBERED_WINDOWS);
  if (!window) return undefined;
  const isLow = isWord(tokens[index], ...LOW_WORDS);
  const settled = opensChannelSettings(tokens, window.end) || (isLow && tokens.some((_, at) => opensChannelSettings(tokens, at)));
  return settled ? { isLow, end: window.end, compared: isWord(tokens[index], ...COMPARISON_WORDS) } : undefined;
}

function channelInBarsElsewhere(tokens: readonly Token[], index: number): boolean {
  return tokens.some((_, at) => at !== index && (windowThenExtreme(tokens, at) ?? extremeThenWindow(tokens, at, false)) !== undefined);
}

/** "55-day breakout to get in, 20-day channel to get out": a channel named by the side it trades. */
const CHANNEL_NOUNS = ['breakout', 'breakouts', 'channel', 'channels', 'high', 'highs', 'low', 'lows'];
const ENTRY_ROLES = phrases('to get in', 'to enter', 'for|on the entry|entries', 'for|on entry|entries', 'as the entry');
const EXIT_ROLES = phrases('to get out', 'to exit', 'for|on the exit|exits', 'for|on exit|exits', 'as the exit');

/** "a 40-day high breakout with a 15-day low exit": the extreme, then the side it trades as a noun. */
const ENTRY_NOUNS = phrases('breakout|breakouts|entry|entries');
const EXIT_NOUNS = phrases('exit|exits');

function namesBreakoutOutside(tokens: readonly Token[], start: number, end: number): boolean {
  return tokens.some((_, at) => (at < start || at >= end) && strategyNameAt(tokens, at)?.id === 'donchian_breakout');
}

/**
 * "donchian 55 to get in, 20 to get out": beside the breakout's name the channel noun may be left out;
 * elsewhere a number with a role is no channel ("RSI 30 to get in, 70 to get out" are levels).
 */
function bareWindowWithRole(tokens: readonly Token[], value: { value: number }, roleAt: number): RecognizerMatch | undefined {
  const entry = matchLongest(tokens, roleAt, ENTRY_ROLES);
  const role = entry ?? matchLongest(tokens, roleAt, EXIT_ROLES);
  if (!role || isYearNumber(tokens[roleAt - 1]) || !namesBreakoutOutside(tokens, roleAt, roleAt)) return undefined;
  return { end: role.end, clauses: [{ kind: 'param', candidates: [entry ? 'period' : 'exit_period'], value: value.value }] };
}

function windowWithRole(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const value = readValue(tokens, index);
  const unitEnd = value && skipBarUnit(tokens, value.end);
  if (!value) return undefined;
  if (unitEnd === value.end || !isWord(tokens[unitEnd!], ...CHANNEL_NOUNS)) return bareWindowWithRole(tokens, value, unitEnd!);
  const extremeNamed = isWord(tokens[unitEnd!], ...HIGHS, ...LOWS);
  const sideNoun = extremeNamed ? matchLongest(tokens, unitEnd! + 1, ENTRY_NOUNS) ?? matchLongest(tokens, unitEnd! + 1, EXIT_NOUNS) : undefined;
  if (sideNoun) {
    const exits = matchLongest(tokens, unitEnd! + 1, EXIT_NOUNS) !== undefined;
    // The breakout's own name is in the phrase: it names the strategy, unless the message names it elsewhere.
    const namesBreakout = isWord(tokens[unitEnd! + 1], 'breakout', 'breakouts') && !namesBreakoutOutside(tokens, index, sideNoun.end);
    if (namesBreakout) return { end: sideNoun.end, clauses: [{ kind: 'strategy', name: 'donchian_breakout', params: { period: value.value } }] };
    return { end: sideNoun.end, clauses: [{ kind: 'param', candidates: [exits ? 'exit_period' : 'period'], value: value.value }] };
  }
  const entry = matchLongest(tokens, unitEnd! + 1, ENTRY_ROLES);
  const exit = entry ? undefined : matchLongest(tokens, unitEnd! + 1, EXIT_ROLES);
  const role = entry ?? exit;
  return role && { end: role.end, clauses: [{ kind: 'param', candidates: [entry ? 'period' : 'exit_period'], value: value.value }] };
}

/**
 * "exiting on a 15-day low", "buy a new 55-day high", "buy when it closes above the top of the last
 * 30 days' range": a breakout's channels written as the extreme a close breaks. A low is the exit
 * only when an exit word leads it ("buy the 20-day low" is no breakout); a high is the entry unless
 * an exit word leads it. The buying may be said further back in the sentence ("buying Solana
 * whenever it makes a new 20-day high"): that names the breakout as much as "buy new highs" does.
 */
export const recognizeChannelRule: Recognizer = (tokens, index): RecognizerMatch | undefined => {
  const withRole = windowWithRole(tokens, index);
  if (withRole) return withRole;
  const lead = isWord(tokens[index], ...EXIT_LEADS) ? 'exit' : isWord(tokens[index], ...ENTRY_LEADS) ? 'entry' : undefined;
  const at = lead ? skipWords(tokens, index + 1, EXTREME_FILLERS) : index;
  const extreme = windowThenExtreme(tokens, at, lead === undefined ? undefined : lead === 'exit') ?? extremeThenWindow(tokens, at);
  if (!extreme) return undefined;
  const exitLed = lead ? lead === 'exit'
    : extreme.compared ? sideBefore(tokens, index) === 'sell' : tokens.slice(Math.max(0, index - 3), index).some((token) => isWord(token, ...EXIT_LEADS));
  if (extreme.isLow !== exitLed) return undefined;
  const buying = lead === 'entry' || (!lead && sideBefore(tokens, index) === 'buy');
  // "buy new 20-day highs" is the breakout itself, named by its rule; its exit only completes it.
  const params = extreme.value === undefined ? {} : { [extreme.isLow ? 'exit_period' : 'period']: extreme.value };
  const clauses = describedStrategyClauses(tokens, { start: index, end: extreme.end, name: 'donchian_breakout', params, standsAlone: buying && !extreme.isLow });
  return clauses && { end: extreme.end, clauses };
};
