import { BacktestPilotError } from '../errors.js';
import type { Clause } from './clauses.js';
import { checkLongOnlyWeights } from './long_only_weights.js';
import type { PlacedClause } from './read_clauses.js';
import { roundClean } from './token_matchers.js';

/** Written weights within rounding of 100 % ("33/33/33" is 99 %) are whole. */
const SHORT_BY = 0.015;

/** Fractions that add up to 100 %, within the rounding of written weights. */
export function isWholeSplit(fractions: readonly number[]): boolean {
  const sum = fractions.reduce((total, fraction) => total + fraction, 0);
  return sum >= 1 - SHORT_BY && sum < 1 + 1e-9;
}

function percentOf(fraction: number): number {
  return roundClean(fraction * 100);
}

/** The weights a clause writes without saying the rest is cash. */
function weightsWithoutCash(clause: Clause): readonly number[] | undefined {
  if (clause.kind === 'portfolio') return clause.weights && !clause.restInCash ? Object.values(clause.weights) : undefined;
  return clause.kind === 'portfolio_weights' && !clause.restInCash ? clause.weights : undefined;
}

/**
 * Weights the message wrote that add up to less than 100 % without saying where the rest goes:
 * "70/20 BTC ETH" is as likely a slip for 70/30 as 10 % held in cash, so it is refused, never
 * read one way or the other; "…, the rest in cash" says it. Over 100 % is validation's
 * `bad_weights` (validate_request_spec.ts).
 */
export function checkWrittenWeights(placed: readonly PlacedClause[]): BacktestPilotError | undefined {
  const heldOver = overfullHoldings(placed);
  if (heldOver) return heldOver;
  for (const { clause } of placed) {
    const longOnly = clause.kind === 'portfolio' && clause.weights ? checkLongOnlyWeights(clause.weights) : undefined;
    if (longOnly) return longOnly;
    const own = weightsWithoutCash(clause);
    if (!own) continue;
    const weights = [...own, ...addedBeside(placed, clause)];
    const sum = weights.reduce((total, weight) => total + weight, 0);
    if (sum >= 1 - SHORT_BY) continue;
    if (clause.kind === 'portfolio' && weights.length === 1) return oneHoldingUnderWhole(Object.keys(clause.weights!)[0]!, sum);
    const written = weights.map(percentOf).join('/');
    return new BacktestPilotError(
      'bad_weights',
      `the weights ${written} add up to ${percentOf(sum)}%, not 100%; give weights that add up to 100% (e.g. ${weights.slice(0, -1).map(percentOf).join('/')}/${percentOf(1 - sum + weights.at(-1)!)}), or say the rest is cash ("${written}, the rest in cash")`,
      { weights, sum },
    );
  }
  return undefined;
}

/** "add QQQ at 20%, SPY at 50 and GLD at 30": a holding added at a weight beside the others' fills their split. */
function addedBeside(placed: readonly PlacedClause[], clause: PlacedClause['clause']): number[] {
  if (clause.kind !== 'portfolio' || !clause.weights) return [];
  const written = clause.weights;
  return placed.flatMap(({ clause: added }) => (added.kind === 'portfolio_add' && !Object.hasOwn(written, added.symbol) ? [added.weight] : []));
}

/** "bump btc to 70% and leave eth at 40%": one-by-one weights that cannot all hold (110 %). */
function overfullHoldings(placed: readonly PlacedClause[]): BacktestPilotError | undefined {
  const held = placed.flatMap(({ clause }) => (clause.kind === 'portfolio_add' ? [clause] : []));
  const sum = held.reduce((total, clause) => total + clause.weight, 0);
  if (held.length < 2 || sum <= 1 + 1e-9) return undefined;
  const written = held.map((clause) => `${clause.symbol} ${percentOf(clause.weight)}%`).join(', ');
  return new BacktestPilotError('bad_weights', `the weights ${written} add up to ${percentOf(sum)}%, over 100%; give weights that add up to 100% at most`, { weights: held.map((clause) => clause.weight), sum });
}

/** "put 80% into BTC": one holding under the whole capital, with nothing said of the rest. */
function oneHoldingUnderWhole(symbol: string, weight: number): BacktestPilotError {
  const shown = percentOf(weight);
  return new BacktestPilotError(
    'bad_weights',
    `the weight ${symbol} ${shown}% leaves ${percentOf(1 - weight)}% of the capital unsaid; name ${symbol} without a weight to trade the whole capital in it, add holdings for the other ${percentOf(1 - weight)}% (weights adding up to 100%), or say the rest is cash ("${shown}% in ${symbol}, the rest in cash")`,
    { weights: [weight], sum: weight },
  );
}
