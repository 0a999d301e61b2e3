import type { Recognizer } from '../clauses.js';
import { isNumber, isWord, matchLongest, phrases } from '../token_matchers.js';
import { describedStrategyClauses } from './described_strategy.js';
import { sideBefore } from './rule_leads.js';
import { MAX_OSCILLATOR_LEVEL, tradeAfterLevel } from './trades_after_levels.js';

/**
 * "buy on an oversold reading under 20", "buy when oversold below 25", "sell once overbought above 70": RSI
 * mean reversion told by its rule with the level it trades at. Only the side that agrees reads (buying an
 * oversold reading below a level, selling an overbought one above it); "buy when overbought above 70" is
 * another rule and stays unread. Beside a named RSI the words only give its level.
 */
const OVERSOLD_BELOW = phrases('oversold below|under|<|<=', 'oversold reading|level|value|zone below|under|<|<=');
const OVERBOUGHT_ABOVE = phrases('overbought above|over|>|>=', 'overbought reading|level|value|zone above|over|>|>=');

export const recognizeOversoldLevel: Recognizer = (tokens, index) => {
  const below = matchLongest(tokens, index, OVERSOLD_BELOW);
  const above = below ? undefined : matchLongest(tokens, index, OVERBOUGHT_ABOVE);
  const found = below ?? above;
  const level = found && tokens[found.end];
  if (!found || !isNumber(level) || level.value <= 0 || level.value >= MAX_OSCILLATOR_LEVEL) return undefined;
  // A trade told right after the level is its own; one further back may be the other half's ("…I buy, and once overbought above 75 I get out").
  if ((tradeAfterLevel(tokens, found.end + 1)?.side ?? sideBefore(tokens, index)) !== (below ? 'buy' : 'sell')) return undefined;
  const name = below ? 'lower' : 'upper';
  // The strategy once: an earlier oversold or overbought rule already gave it, so this level only completes it.
  const toldBefore = tokens.slice(0, index).some((token) => isWord(token, 'oversold', 'overbought'));
  const clauses = describedStrategyClauses(tokens, { start: index, end: found.end + 1, name: 'rsi_mean_reversion', params: { [name]: level.value }, standsAlone: !toldBefore });
  return clauses && { end: found.end + 1, clauses };
};
