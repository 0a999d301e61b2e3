import type { Recognizer } from '../clauses.js';
import { strategiesNamed } from '../written_strategy_names.js';
import { matchLongest, phrases } from '../token_matchers.js';

/**
 * "buying the dip every month", "what if I bought the dips on QQQ", "btfd on eth": buying after each
 * fall is a strategy we do not have, so it is named ("buy_the_dip", answered as an unknown strategy)
 * rather than run as a silent buy and hold. Only where the message names no strategy: "RSI is
 * basically buying the dip" describes the one named.
 */
const DIP_BUYING = phrases('buy|buys|buying|bought the|a dip|dips', 'buy|buys|buying|bought dips', 'dip buying', 'btfd');

export const recognizeDipBuying: Recognizer = (tokens, index) => {
  const dip = matchLongest(tokens, index, DIP_BUYING);
  if (!dip || strategiesNamed(tokens).size > 0) return undefined;
  return { end: dip.end, clauses: [{ kind: 'strategy', name: 'buy_the_dip' }, { kind: 'note', text: 'read buying the dip as a strategy of its own ("buy_the_dip"), which is not one we have' }] };
};
