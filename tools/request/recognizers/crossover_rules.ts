import type { Clause, Recognizer, RecognizerContext } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isPunct, isWord, matchLongest, phrases, writtenText } from '../token_matchers.js';
import { bracketedWindow, readRuleAverage, readWindowlessAverage, type RuleAverage } from './rule_averages.js';
import { sideBefore } from './rule_leads.js';
import { recognizeSymbol } from './symbols.js';

const CROSS_VERBS = phrases('crosses|crossing|crossed|cross', 'crosses|crossing|crossed|cross above|over|below|under',
  'goes|go|moves|move|rises|climbs|falls|drops above|over|below|under', 'goes|go|moves|move up|down above|over|below|under',
  // "whenever the 50-day average rose above the 200-day", "sold when it fell back under": the story told in the past.
  'went|moved|rose|risen|climbed|fell|fallen|dropped above|over|below|under',
  // "when it dips back under": a beginner's word for falling.
  'dips|dipped|dip below|under', 'dips|dipped|dip back below|under', 'went|moved up|down above|over|below|under',
  'crosses|crossed|cross|goes|go|moves|move|rises|climbs|falls|drops|went|moved|rose|climbed|fell|dropped back above|over|below|under',
  // "when the 5 day line is above the 20 day one be long": the state the crossing leads to.
  'is|stays|are above|over|below|under');

/**
 * "the 10-day average price of Bitcoin goes above the 30-day average": the price and its instrument
 * written between the first average and the crossing; the instrument is read as a symbol.
 */
function pastPriceOf(tokens: readonly Token[], index: number, context: RecognizerContext): { end: number; clauses: Clause[] } {
  const price = isWord(tokens[index], 'price', 'prices') ? index + 1 : index;
  const symbol = isWord(tokens[price], 'of', 'for') ? recognizeSymbol(tokens, price + 1, context) : undefined;
  if (!symbol) return { end: price, clauses: [] };
  // "of bitcoin's price": the price said after the instrument's possessive.
  const possessive = tokens[symbol.end - 1]!.norm.endsWith("'s") && isWord(tokens[symbol.end], 'price', 'prices');
  return { end: possessive ? symbol.end + 1 : symbol.end, clauses: symbol.clauses };
}

/**
 * The rule's first average and the price written after it: "the 10-day average price of Bitcoin", or a
 * beginner's "the short average of bitcoin's price (like 10 days)", the window in an aside after the price.
 */
function firstAverageOf(tokens: readonly Token[], index: number, context: RecognizerContext): { average: RuleAverage; priceOf?: { end: number; clauses: Clause[] } } | undefined {
  const average = readRuleAverage(tokens, index);
  if (average) return { average, ...(average.id === undefined ? {} : { priceOf: pastPriceOf(tokens, average.end, context) }) };
  const named = readWindowlessAverage(tokens, index);
  const priceOf = named && pastPriceOf(tokens, named.end, context);
  const window = priceOf && priceOf.end > named!.end ? bracketedWindow(tokens, priceOf.end) : undefined;
  if (!window) return undefined;
  return { average: { window: window.window, ...(named!.id ? { id: named!.id } : {}), end: named!.end }, priceOf: { end: window.end, clauses: priceOf!.clauses } };
}

/** "and sold when it fell back under", "sell whenever they cross back below": the exit said of the same two averages. */
const EXIT_LEG_LEADS = phrases('and|then sell|sold|sells|exit|exited|exits when|whenever|once|if it|they', 'sell|sold|sells|exit|exited|exits when|whenever|once|if it|they');

const WHEN_LEADS = phrases('and when|whenever|once|if it|they', 'when|whenever|once it|they');
const LATER_ENTRIES = phrases('i|we|then buy|enter', 'i|we get in');
/** "… I sell", "… get out": the exit that makes a later leg an exit; without it the leg is left to other readers. */
const LATER_EXITS = phrases('i|we|then sell|exit', 'sell|exit', 'i|we sell|exit it|out', 'i|we get out', 'get out');

function sideOf(token: Token | undefined): 'above' | 'below' | undefined {
  return isWord(token, 'above', 'over') ? 'above' : isWord(token, 'below', 'under') ? 'below' : undefined;
}

/**
 * Where the exit leg after a crossing rule ends, when it crosses the other way ("bought whenever the
 * 50-day rose above the 200-day and sold when it fell back under"): part of the same crossover, not
 * words left unread. A leg crossing the same way is left to the other readers.
 */
function exitLegEnd(tokens: readonly Token[], index: number, entry: 'above' | 'below', windows: readonly number[]): number | undefined {
  const start = isPunct(tokens[index], ',') ? index + 1 : index;
  const lead = matchLongest(tokens, start, EXIT_LEG_LEADS);
  // "and when it dips back under I sell": the trade said after the crossing, as a beginner orders it.
  const tradeLater = lead ? undefined : matchLongest(tokens, start, WHEN_LEADS);
  const verb = (lead ?? tradeLater) && matchLongest(tokens, (lead ?? tradeLater)!.end, CROSS_VERBS);
  const side = verb && sideOf(tokens[verb.end - 1]);
  if (!verb || !side || side === entry) return undefined;
  // "… and sold when it fell under the 100-day": an exit on a third average is another rule, left unread.
  const average = readRuleAverage(tokens, verb.end);
  if (average && !windows.includes(average.window)) return undefined;
  const legEnd = average?.end ?? verb.end;
  if (!tradeLater) return legEnd;
  return matchLongest(tokens, isPunct(tokens[legEnd], ',') ? legEnd + 1 : legEnd, LATER_EXITS)?.end;
}

/**
 * "buying when the 20 day average crosses above the 50 day", "sell when the 50-day EMA drops below the
 * 200-day": a crossover named by its rule, the shorter window its short one. The side must agree
 * with the trade: buying as the shorter average crosses above (or selling as it crosses below);
 * the other way round is no crossover strategy, and a note says so rather than run one.
 */
export const recognizeCrossoverRule: Recognizer = (tokens, index, context) => {
  const found = firstAverageOf(tokens, index, context);
  const first = found?.average;
  const priceOf = found?.priceOf;
  const verb = first && matchLongest(tokens, priceOf?.end ?? first.end, CROSS_VERBS);
  const second = verb && readRuleAverage(tokens, verb.end);
  if (!first || !verb || !second || (first.id && second.id && second.id !== first.id) || first.window === second.window) return undefined;
  // "the 50 day crosses above the 200 day": two windows with their bar units crossing are moving
  // averages by the desk's habit (the 50-day, the 200-day), simple unless either names another kind.
  const id = first.id ?? second.id ?? 'sma_crossover';
  const unnamed = first.id === undefined && second.id === undefined;
  const side = sideOf(tokens[verb.end - 1]);
  const shorterGoesUp = side && (side === 'above') === first.window < second.window;
  const trade = sideBefore(tokens, index);
  if (side && trade && shorterGoesUp !== (trade === 'buy')) {
    const text = `'${writtenText(tokens.slice(index, second.end))}' is the opposite of a crossover strategy (it ${trade}s as the shorter average crosses ${shorterGoesUp ? 'above' : 'below'} the longer), so no crossover is run`;
    return { end: second.end, clauses: [{ kind: 'note', text }] };
  }
  // "… goes above the long average I buy, and when it dips back under I sell": the entry said after the rule, then its exit.
  const entryEnd = shorterGoesUp ? matchLongest(tokens, second.end, LATER_ENTRIES)?.end ?? second.end : second.end;
  const end = (side && exitLegEnd(tokens, entryEnd, side, [first.window, second.window])) ?? entryEnd;
  const [short, long] = [Math.min(first.window, second.window), Math.max(first.window, second.window)];
  const strategy = { kind: 'strategy' as const, name: id, params: { short, long } };
  if (!unnamed) return { end, clauses: [strategy, ...(priceOf?.clauses ?? [])] };
  const text = `read '${writtenText(tokens.slice(index, second.end))}' as a ${short}/${long} simple moving average crossover`;
  return { end, clauses: [strategy, { kind: 'note', text }] };
};
