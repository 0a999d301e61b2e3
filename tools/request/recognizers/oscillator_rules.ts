import type { Recognizer } from '../clauses.js';
import { isNumber, isWord, matchLongest, phrases } from '../token_matchers.js';
import { sideBefore } from './rule_leads.js';

const OVERSTRETCHED = phrases('when|once|if|whenever it\'s|its|gets|becomes oversold|overbought', 'when|once|if|whenever it|price|rsi is|gets|becomes|looks oversold|overbought',
  'when|once|if|whenever oversold|overbought');

/**
 * "buy ETH when it's oversold, sell when it's overbought": RSI mean reversion named by its rule. Only
 * on the side that agrees (buying oversold, selling overbought), and never with a level after it
 * ("oversold 25" is the lower band, read as a parameter).
 */
export const recognizeOscillatorRule: Recognizer = (tokens, index) => {
  const found = matchLongest(tokens, index, OVERSTRETCHED);
  if (!found || isNumber(tokens[found.end]) || isWord(tokens[found.end], 'at', 'below', 'under', 'above', 'over')) return undefined;
  const side = sideBefore(tokens, index);
  const buysLow = isWord(tokens[found.end - 1], 'oversold') ? 'buy' : 'sell';
  return side === buysLow ? { end: found.end, clauses: [{ kind: 'strategy', name: 'rsi_mean_reversion' }] } : undefined;
};
