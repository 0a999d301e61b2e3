import type { Recognizer } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isWord, matchLongest, phrases, writtenText } from '../token_matchers.js';
import { readMoney } from './money.js';
import { matchSymbolAt } from './symbols.js';

/**
 * "could btc reach 100k", "will bitcoin hit $150,000", "the price gets to 50k": an amount an asset or
 * its price comes to is a price level, never the starting capital nor a money goal. Before, the amount
 * was read as the capital in silence; now it is consumed with a note saying it was left out.
 */
const REACHING = phrases('reach|reaches|hit|hits|top|tops|break|breaks|touch|touches|pass|passes', 'get|gets|go|goes|climb|climbs|rise|rises|fall|falls|drop|drops to',
  'get|gets|go|goes back to');
/** Adverbs between the subject and the verb: "could btc ever reach 100k". */
const ADVERBS: ReadonlySet<string> = new Set(['ever', 'really', 'actually', 'still', 'eventually', 'finally', 'even', 'again']);
/** Words that name a price as subject; a symbol does too. */
const PRICE_WORDS = ['price', 'prices', 'bitcoin', 'btc', 'stock', 'share', 'shares', 'coin', 'token'];

/** Whether the words ending right before `end` name an asset or its price ("btc", "the price", "s&p 500"). */
function isPriceSubject(tokens: readonly Token[], end: number, shouting: boolean): boolean {
  if (isWord(tokens[end - 1], ...PRICE_WORDS)) return true;
  for (let start = end - 1; start >= Math.max(0, end - 3); start--) {
    if (matchSymbolAt(tokens, start, { shouting, strong: true })?.end === end) return true;
  }
  return false;
}

export const recognizePriceReached: Recognizer = (tokens, index, context) => {
  const verb = matchLongest(tokens, index, REACHING);
  if (!verb) return undefined;
  let subjectEnd = index;
  while (subjectEnd > 0 && isWord(tokens[subjectEnd - 1], ...ADVERBS)) subjectEnd--;
  if (!isPriceSubject(tokens, subjectEnd, context.shouting)) return undefined;
  const price = readMoney(tokens, verb.end);
  // A bare number has other readings (a level, a setting); only money is at risk of being the capital.
  if (!price?.marked) return undefined;
  const said = writtenText(tokens.slice(index, price.end));
  return { end: price.end, clauses: [{ kind: 'note', text: `ignored: '${said}' names a price, not the starting capital nor a goal` }] };
};
