import type { Token } from './tokenizer.js';
import { matchLongest, phrases, skipWords, type Phrase } from './token_matchers.js';

/**
 * The share of trades that win, written with the trades instead of the metric's name: "70% winners",
 * "at least 60% of trades should be winners", "losing trades under 40%". Only a percentage makes
 * these a share ("30 winning trades" is a count), so callers read them next to one. A share of
 * losers is the win rate's complement: `losing` says which side the words named.
 */
export interface TradeShareWords {
  losing: boolean;
  end: number;
}

const WINNER_NOUNS = phrases('winners', 'winning|profitable|green trades|positions|bets', 'winning', 'winners rate');
const LOSER_NOUNS = phrases('losers', 'losing|unprofitable|red trades|positions|bets', 'loss making trades|positions');
// "more than half the trades win": "half" and "all" may leave the "of" unsaid.
const OF_THE_TRADES = phrases('of trades|positions|bets', 'of the|my|all trades|positions|bets', 'of all the|my trades|positions|bets', 'the|its|my|their trades|positions|bets');
/** Between "60% of trades" and how they end: "should be", "need to be", "have to end up". */
const BEING: ReadonlySet<string> = new Set(['should', 'must', 'to', 'be', 'are', 'were', 'being', 'as', 'need', 'needs', 'have', 'has', 'end', 'up', 'turn', 'out', 'come']);
const WINNING_STATE = phrases('winners', 'winning', 'profitable', 'win', 'wins', 'green', 'in profit', 'in the green');
const LOSING_STATE = phrases('losers', 'losing', 'lose', 'loses', 'unprofitable', 'red', 'in the red', 'at a loss', 'loss making');
/** Before the trades' name: "the share of winners above 60%". */
const SHARE_OF = phrases('share|percentage|proportion|fraction|percent of', 'the share|percentage|proportion|fraction of');

function sideAt(tokens: readonly Token[], index: number, winning: readonly Phrase[], losing: readonly Phrase[]): TradeShareWords | undefined {
  const lost = matchLongest(tokens, index, losing);
  if (lost) return { losing: true, end: lost.end };
  const won = matchLongest(tokens, index, winning);
  return won && { losing: false, end: won.end };
}

/** Right after a percentage: "70% winners", "40% losing trades", "60% of trades should be winners". */
export function matchShareAfterPercent(tokens: readonly Token[], index: number): TradeShareWords | undefined {
  const named = sideAt(tokens, index, WINNER_NOUNS, LOSER_NOUNS);
  if (named) return named;
  const trades = matchLongest(tokens, index, OF_THE_TRADES);
  return trades && sideAt(tokens, skipWords(tokens, trades.end, BEING), WINNING_STATE, LOSING_STATE);
}

/** Where a metric's name would stand: "winning trades above 60%", "the share of losers under 40%". */
export function matchShareName(tokens: readonly Token[], index: number): TradeShareWords | undefined {
  const share = matchLongest(tokens, index, SHARE_OF);
  return sideAt(tokens, share?.end ?? index, WINNER_NOUNS, LOSER_NOUNS);
}
