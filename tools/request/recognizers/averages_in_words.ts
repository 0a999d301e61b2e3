import type { Recognizer, RecognizerMatch } from '../clauses.js';
import { readNumberGroup } from '../number_groups.js';
import type { Token } from '../tokenizer.js';
import { isNumber, isPunct, isWord, matchLongest, phrases } from '../token_matchers.js';
import { strategyNameAt } from '../written_strategy_names.js';
import { readRuleAverage } from './rule_averages.js';
import { readAveragesNamedApart } from './separate_averages.js';

/**
 * A crossover named by its two averages in everyday words: "the 20 and 50 day averages", "10-day and
 * 30-day averages crossing", "moving averages of ten and thirty days", "exponential averages of 12 and
 * 26 days". Only where the message names no crossover otherwise: beside "an ema crossover using the 12
 * and 26 day averages" the numbers are that crossover's windows (read by strategies.ts).
 */
const CROSSOVERS = ['sma_crossover', 'ema_crossover'];
const BARE_AVERAGES = phrases('averages|avgs|mas');
const AVERAGES_OF = phrases('averages|mas of', 'moving|simple averages|mas of', 'simple moving averages of', 'exponential averages|mas of',
  'exponential moving averages of');
const CROSSING_TAILS = phrases('crossing|cross|crossover|crossovers', 'crossing over');
const BAR_WORDS = ['day', 'days', 'd', 'bar', 'bars', 'period', 'periods', 'candle', 'candles'];

function namesCrossoverOutside(tokens: readonly Token[], start: number, end: number): boolean {
  return tokens.some((_, at) => (at < start || at >= end) && CROSSOVERS.includes(strategyNameAt(tokens, at)?.id ?? ''));
}

/** Two whole windows written with their bar unit: "20 and 50 day", "10-day and 30-day". */
function twoWindows(tokens: readonly Token[], index: number, needsUnit: boolean): { windows: [number, number]; end: number } | undefined {
  const group = readNumberGroup(tokens, index);
  if (!group || group.numbers.length !== 2 || group.numbers.some((number) => number.decimal || number.value < 2)) return undefined;
  if (needsUnit && !tokens.slice(index, group.end).some((token) => isWord(token, ...BAR_WORDS))) return undefined;
  const [first, second] = group.numbers.map((number) => number.value) as [number, number];
  return first === second ? undefined : { windows: [Math.min(first, second), Math.max(first, second)], end: group.end };
}

function crossover(tokens: readonly Token[], index: number, end: number, exponential: boolean, windows: [number, number]): RecognizerMatch | undefined {
  const tail = matchLongest(tokens, end, CROSSING_TAILS)?.end ?? end;
  if (namesCrossoverOutside(tokens, index, tail)) return undefined;
  const [short, long] = windows;
  return { end: tail, clauses: [{ kind: 'strategy', name: exponential ? 'ema_crossover' : 'sma_crossover', params: { short, long } }] };
}

/**
 * "the 20 and 50 day averages": the bare noun after windows with their unit (the unit keeps "5 and 10
 * averages" unread). A crossing word after it says the same without the unit: "the 50 and 200 averages crossing".
 */
function windowsThenAverages(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const windows = twoWindows(tokens, index, false);
  const noun = windows && matchLongest(tokens, windows.end, BARE_AVERAGES);
  if (!noun) return undefined;
  const crossing = matchLongest(tokens, noun.end, CROSSING_TAILS) !== undefined;
  return crossing || twoWindows(tokens, index, true) ? crossover(tokens, index, noun.end, false, windows!.windows) : undefined;
}

/** "the crossing of the 50 and 200 averages": a crossing word before the windows names the crossover as the unit would. */
const CROSSING_LEADS = phrases('crossing|cross|crossover of the|of', 'crossing|cross|crossover of');

function crossingOfWindows(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const lead = matchLongest(tokens, index, CROSSING_LEADS);
  const windows = lead && twoWindows(tokens, lead.end, false);
  const noun = windows && matchLongest(tokens, windows.end, phrases('averages|avgs|mas', 'moving averages'));
  return noun && crossover(tokens, index, noun.end, false, windows!.windows);
}

/**
 * "the avg of the last 5 closes and the avg of the last 20 closes", "the fast avg (5 days) and the slow
 * avg (20 days)": two averages each named with its own window, joined as the pair a crossover watches.
 */
function ruleAveragesJoined(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const first = readRuleAverage(tokens, index);
  const second = first?.id && isWord(tokens[first.end], 'and', 'vs', 'versus') ? readRuleAverage(tokens, first.end + 1) : undefined;
  if (!first || !second?.id || first.window === second.window || (first.id !== second.id)) return undefined;
  const windows: [number, number] = [Math.min(first.window, second.window), Math.max(first.window, second.window)];
  const read = crossover(tokens, index, second.end, first.id === 'ema_crossover', windows);
  return read && { ...read, end: restatedRulesEnd(tokens, read.end, windows) };
}

const SIDE_WORDS = ['over', 'above', 'under', 'below', '>', '<'];
const RESTATED_LEADS = ['=', 'means', 'is', '->', ':'];
const POSITION_WORDS = ['in', 'out', 'long', 'flat', 'buy', 'sell', 'exit', 'cash'];

/** "5 over 20 = in, 5 under 20 = out": the rule restated in the pair's own windows, part of the same crossover. */
function restatedRulesEnd(tokens: readonly Token[], index: number, windows: readonly number[]): number {
  let end = index;
  for (let at = isPunct(tokens[end], '.', ';', ':') ? end + 1 : end; ; at = isPunct(tokens[end], ',', ';') ? end + 1 : end) {
    const [first, side, second] = [tokens[at], tokens[at + 1], tokens[at + 2]];
    if (!isNumber(first) || !isNumber(second) || first.value === second.value || !windows.includes(first.value) || !windows.includes(second.value)) return end;
    if (!isWord(side, ...SIDE_WORDS) && !isPunct(side, ...SIDE_WORDS)) return end;
    const lead = isWord(tokens[at + 3], ...RESTATED_LEADS) || isPunct(tokens[at + 3], ...RESTATED_LEADS) ? at + 4 : at + 3;
    if (!isWord(tokens[lead], ...POSITION_WORDS)) return end;
    end = lead + 1;
  }
}

/** "moving averages of ten and thirty days", "exponential averages of 12 and 26". */
function averagesOfWindows(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const lead = matchLongest(tokens, index, AVERAGES_OF);
  const windows = lead && twoWindows(tokens, lead.end, false);
  const exponential = isWord(tokens[index], 'exponential');
  return windows && crossover(tokens, index, windows.end, exponential, windows.windows);
}

/**
 * "the two averages crossing thing", "two moving averages crossing": the crossover told by what it
 * watches, without windows. The count and the crossing word together say so; "two averages" alone may be anything,
 * and "the two lines cross" is as often MACD's signal line.
 */
const TWO_AVERAGES_CROSSING = [
  { exponential: false, names: phrases('two|2 averages|avgs|mas crossing|cross|crossover', 'two|2 moving|simple averages|avgs crossing|cross|crossover',
    'two|2 average lines crossing|cross|crossover', 'two|2 simple moving averages crossing|cross|crossover') },
  { exponential: true, names: phrases('two|2 exponential|ema averages|lines crossing|cross|crossover', 'two|2 emas crossing|cross|crossover',
    'two|2 exponential moving averages crossing|cross|crossover') },
];

/**
 * "the two lines cross" is a crossover only when no strategy is named. Beside a crossover or MACD it is
 * that strategy's own signal, read with nothing to add; beside another strategy it is left unread.
 */
const TWO_LINES_CROSSING = phrases('two|2 lines crossing|cross|crossover');
const STRATEGIES_OF_CROSSING_LINES = [...CROSSOVERS, 'macd'];

function twoLinesCrossing(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const lines = matchLongest(tokens, index, TWO_LINES_CROSSING);
  if (!lines) return undefined;
  const named = tokens.flatMap((_, at) => (at < index || at >= lines.end ? [strategyNameAt(tokens, at)?.id] : [])).filter((id) => id !== undefined);
  if (named.length === 0) return { end: lines.end, clauses: [{ kind: 'strategy', name: 'sma_crossover' }] };
  return named.some((id) => STRATEGIES_OF_CROSSING_LINES.includes(id)) ? { end: lines.end, clauses: [] } : undefined;
}

/**
 * "when the fast one crosses above the slow one": the rule restated after the crossover was named ("the
 * averages that weigh recent days more — fast one 8 days, slow one 34 — …"), read with nothing to add.
 * Alone "one" names nothing (MACD has a fast and a slow line too), so it is left unread.
 */
const FAST_ONE_CROSSING = phrases('fast|quick|short|faster|quicker|shorter one crosses|crossing|crossed|goes|moves above|over|below|under the|a slow|long|slower|longer one',
  'fast|quick|short|faster|quicker|shorter one crosses|crossing|crossed|goes|moves above|over|below|under slow|long|slower|longer one');

function fastOneCrossing(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const rule = matchLongest(tokens, index, FAST_ONE_CROSSING);
  return rule && namesCrossoverOutside(tokens, index, rule.end) ? { end: rule.end, clauses: [] } : undefined;
}

function twoAveragesCrossing(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const lines = twoLinesCrossing(tokens, index);
  if (lines) return lines;
  for (const { exponential, names } of TWO_AVERAGES_CROSSING) {
    const found = matchLongest(tokens, index, names);
    if (found && !namesCrossoverOutside(tokens, index, found.end)) {
      return { end: found.end, clauses: [{ kind: 'strategy', name: exponential ? 'ema_crossover' : 'sma_crossover' }] };
    }
  }
  return undefined;
}

export const recognizeAveragesInWords: Recognizer = (tokens, index) => windowsThenAverages(tokens, index) ?? crossingOfWindows(tokens, index) ?? averagesOfWindows(tokens, index) ?? ruleAveragesJoined(tokens, index)
  ?? readAveragesNamedApart(tokens, index) ?? twoAveragesCrossing(tokens, index) ?? fastOneCrossing(tokens, index);
