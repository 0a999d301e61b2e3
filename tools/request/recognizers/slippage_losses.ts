import type { Recognizer, RecognizerMatch } from '../clauses.js';
import type { Token } from '../tokenizer.js';
import { isPunct, isWord, matchLongest, phrases, skipWords } from '../token_matchers.js';
import { CHARGED_PER, COST_WORDS, costClauses, readCostValue } from './money.js';

/**
 * Slippage said as what is lost to it: "I usually lose another 0.05% to slippage", "lose 0.05% to
 * slippage each fill", "slippage eats about 0.05%", "slippage costs me 3 bps a trade". Read as the
 * slippage, where the amount was left unread or taken for a drawdown limit ("lose 0.05%").
 */
const LOSING = phrases('lose|loses|losing|lost|bleed|bleeds|leak|leaks|drop|drops|pay|pays|paying', 'give|gives|giving up');
const TO_WORDS: ReadonlySet<string> = new Set(['to', 'on', 'in', 'from', 'through', 'via']);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'my']);
const SLIPPAGE_VERBS = phrases('eats|eat|eating|takes|take|costs|cost|costing|adds|add|runs|run|is|was|averages|average', 'comes|come to', 'eats|eat|takes|take up|away');
const HEDGES: ReadonlySet<string> = new Set(['usually', 'typically', 'normally', 'often', 'always', 'another', 'an', 'extra', 'additional', 'further', 'about', 'around',
  'roughly', 'maybe', 'like', 'some', 'me', 'us', 'up', 'to', 'approx', 'approximately', 'nearly', 'almost', 'probably']);
/**
 * "lose 0.05% on the spread", "give up 3 bps to the bid-ask spread": what is lost crossing the spread is
 * slippage. Only as a loss: "spread 50/50 across BTC and ETH" spreads money, and a spread alone may be a pairs signal.
 */
const SPREADS = phrases('spread', 'spreads', 'bid ask|offer spread|spreads', 'bid - ask|offer spread|spreads', 'bid / ask|offer spread|spreads');
/** The noun alone: COST_WORDS' "slippage costs" would take the verb of "slippage costs me 3 bps". */
const SLIPPAGE_NOUNS = phrases('slippage', 'slip');
const EACH_FILL = phrases('each|every|a|per trade|side|fill|order|transaction', 'on each|every trade|side|fill|order|transaction');

function pastPerTrade(tokens: readonly Token[], index: number): number {
  return (matchLongest(tokens, index, CHARGED_PER) ?? matchLongest(tokens, index, EACH_FILL))?.end ?? index;
}

/** "lose 0.05% to slippage": the verb, the amount, then the slippage it goes to. */
function lostToSlippage(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const verb = matchLongest(tokens, index, LOSING);
  const value = verb && readCostValue(tokens, skipWords(tokens, verb.end, HEDGES));
  if (!value || value.unitless) return undefined;
  const at = pastPerTrade(tokens, value.end);
  const linkEnd = skipWords(tokens, at, TO_WORDS);
  const lossAt = skipWords(tokens, linkEnd, DETERMINERS);
  const slippage = linkEnd > at ? matchLongest(tokens, lossAt, COST_WORDS.slippage) ?? matchLongest(tokens, lossAt, SPREADS) : undefined;
  return slippage && { end: pastPerTrade(tokens, slippage.end), clauses: costClauses('slippage', value) };
}

/** "slippage eats about 0.05%", "slippage costs me 3 bps a trade": slippage, then what it takes. */
function slippageTakes(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const slippage = matchLongest(tokens, skipWords(tokens, index, DETERMINERS), SLIPPAGE_NOUNS);
  const verb = slippage && matchLongest(tokens, slippage.end, SLIPPAGE_VERBS);
  const value = verb && readCostValue(tokens, skipWords(tokens, verb.end, HEDGES));
  return value && !value.unitless ? { end: pastPerTrade(tokens, value.end), clauses: costClauses('slippage', value) } : undefined;
}

/** A loss named before its size: "a little", "a bit", "something". */
const VAGUE_AMOUNTS = phrases('a little|bit', 'a little bit', 'a tiny bit', 'something', 'some');

/**
 * "you lose a little on every trade to slippage, maybe 5 basis points": the loss said vaguely, then
 * its size after the slippage; the size needs its unit, so "to slippage, 5 of them" is not read.
 */
function lostThenSized(tokens: readonly Token[], index: number): RecognizerMatch | undefined {
  const verb = matchLongest(tokens, index, LOSING);
  const vague = verb && matchLongest(tokens, verb.end, VAGUE_AMOUNTS);
  if (!vague) return undefined;
  const at = pastPerTrade(tokens, vague.end);
  const linkEnd = skipWords(tokens, at, TO_WORDS);
  const slippage = linkEnd > at ? matchLongest(tokens, skipWords(tokens, linkEnd, DETERMINERS), COST_WORDS.slippage) : undefined;
  const sizeAt = slippage && skipWords(tokens, isPunct(tokens[slippage.end], ',', '-', ':') ? slippage.end + 1 : slippage.end, HEDGES);
  const value = sizeAt === undefined ? undefined : readCostValue(tokens, sizeAt);
  return value && !value.unitless ? { end: pastPerTrade(tokens, value.end), clauses: costClauses('slippage', value) } : undefined;
}

export const recognizeSlippageLoss: Recognizer = (tokens, index) =>
  (isWord(tokens[index]) ? lostToSlippage(tokens, index) ?? lostThenSized(tokens, index) ?? slippageTakes(tokens, index) : undefined);
