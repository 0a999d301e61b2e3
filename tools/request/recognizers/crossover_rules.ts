import type { Clause, Recognizer, RecognizerContext } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isPunct, isWord, matchLongest, phrases, writtenText } from '../token_matchers.js';
import { readRuleAverage } from './rule_averages.js';
import { sideBefore } from './rule_leads.js';
import { recognizeSymbol } from './symbols.js';

const CROSS_VERBS = phrases('crosses|crossing|crossed|cross', 'crosses|crossing|crossed|cross above|over|below|under',
  'goes|go|moves|move|rises|climbs|falls|drops above|over|below|under', 'goes|go|moves|move up|down above|over|below|under',
  // "whenever the 50-day average rose above the 200-day", "sold when it fell back under": the story told in the past.
  'went|moved|rose|risen|climbed|fell|fallen|dropped above|over|below|under', 'went|moved up|down above|over|below|under',
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
  return symbol ? { end: symbol.end, clauses: symbol.clauses } : { end: price, clauses: [] };
}

/** "and sold when it fell back under", "sell whenever they cross back below": the exit said of the same two averages. */
const EXIT_LEG_LEADS = phrases('and|then sell|sold|sells|exit|exited|exits when|whenever|once|if it|they', 'sell|sold|sells|exit|exited|exits when|whenever|once|if it|they');

function sideOf(token: Token | undefined): 'above' | 'below' | undefined {
  return isWord(token, 'above', 'over') ? 'above' : isWord(token, 'below', 'under') ? 'below' : undefined;
}

/**
 * Where the exit leg after a crossing rule ends, when it crosses the other way ("bought whenever the
 * 50-day rose above the 200-day and sold when it fell back under"): part of the same crossover, not
 * words left unread. A leg crossing the same way is left to the other readers.
 */
function exitLegEnd(tokens: readonly Token[], index: number, entry: 'above' | 'below', windows: readonly number[]): number | undefined {
  const lead = matchLongest(tokens, isPunct(tokens[index], ',') ? index + 1 : index, EXIT_LEG_LEADS);
  const verb = lead && matchLongest(tokens, lead.end, CROSS_VERBS);
  const side = verb && sideOf(tokens[verb.end - 1]);
  if (!verb || !side || side === entry) return undefined;
  // "… and sold when it fell under the 100-day": an exit on a third average is another rule, left unread.
  const average = readRuleAverage(tokens, verb.end);
  if (average && !windows.includes(average.window)) return undefined;
  return average?.end ?? verb.end;
}

/**
 * "buying when the 20 day average crosses above the 50 day", "sell when the 50-day EMA drops below the
 * 200-day": a crossover named by its rule, the shorter window its short one. The side must agree
 * with the trade: buying as the shorter average crosses above (or selling as it crosses below);
 * the other way round is no crossover strategy, and a note says so rather than run one.
 */
export const recognizeCrossoverRule: Recognizer = (tokens, index, context) => {
  const first = readRuleAverage(tokens, index);
  const priceOf = first?.id === undefined ? undefined : pastPriceOf(tokens, first.end, context);
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
  const end = (side && exitLegEnd(tokens, second.end, side, [first.window, second.window])) ?? second.end;
  const [short, long] = [Math.min(first.window, second.window), Math.max(first.window, second.window)];
  const strategy = { kind: 'strategy' as const, name: id, params: { short, long } };
  if (!unnamed) return { end, clauses: [strategy, ...(priceOf?.clauses ?? [])] };
  const text = `read '${writtenText(tokens.slice(index, second.end))}' as a ${short}/${long} simple moving average crossover`;
  return { end, clauses: [strategy, { kind: 'note', text }] };
};
