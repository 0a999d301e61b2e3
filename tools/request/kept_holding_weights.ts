import { BacktestPilotError } from '../errors.js';
import type { Clause } from './clauses.js';
import { roundClean } from './token_matchers.js';
import { isWholeSplit } from './written_weights.js';

type HoldingSet = Extract<Clause, { kind: 'portfolio_add' }>;

function percent(weight: number): string {
  return `${roundClean(Math.round(weight * 1000) / 10)}%`;
}

/** "bump btc to 30" with no portfolio holding BTC: the bare number may be anything, so it is not read as a weight in silence. */
function bareWeightUnheld(clause: HoldingSet): BacktestPilotError {
  return new BacktestPilotError(
    'bad_weights',
    `read ${clause.symbol} to ${percent(clause.weight)} as a portfolio weight, but no portfolio holds ${clause.symbol}; write the whole allocation (e.g. "${clause.symbol} ${percent(clause.weight)}, the rest in cash")`,
    { weights: [clause.weight], sum: clause.weight },
  );
}

/**
 * "bump gold to 30 and take spy down to 40" after SPY 50 / QQQ 30 / GLD 20, "take sol down to 10"
 * after 50/30/20: several held holdings given new weights, or one given a bare number beside two or more
 * others. The others keep theirs (which of them would make room is not said), so the result must add up
 * to 100 % (or to what the portfolio held before, beside cash); otherwise it is refused with bad_weights
 * rather than rescaled in silence. A single
 * weight written as a percentage ("bump btc to 70%") keeps the pro-rata reading. Undefined when
 * the old reading settles it: one holding beside a single other (that one takes the rest), a new
 * holding joining (the others shrink pro rata), or a holding that pays for the change (`fundedBy`).
 */
export function setKeptHoldings(
  portfolio: Readonly<Record<string, number>> | null,
  clauses: readonly Clause[],
): Record<string, number> | BacktestPilotError | undefined {
  const adds = clauses.filter((clause): clause is HoldingSet => clause.kind === 'portfolio_add');
  const unheld = adds.find((clause) => clause.bare && !(portfolio && Object.hasOwn(portfolio, clause.symbol)));
  if (unheld) return bareWeightUnheld(unheld);
  // "add QQQ at 20%, keep SPY at 60 and GLD at 40": weights written beside stand as written (portfolio_follow_ups.ts).
  const writtenBeside = clauses.some((clause) => clause.kind === 'portfolio' && clause.weights !== null);
  if (!portfolio || writtenBeside || adds.length === 0 || adds.some((clause) => clause.fundedBy !== undefined || !Object.hasOwn(portfolio, clause.symbol))) return undefined;
  // "bump btc to 70%": one weight written as a percentage still moves the others pro rata. Several
  // set at once must each stand as written (applied one by one, the second would move the first), and a
  // bare number ("take sol down to 10", "up to half") may not even be meant as a weight: both must add up.
  if (adds.length === 1 && !adds[0]!.bare) return undefined;
  const named = new Set(adds.map((clause) => clause.symbol));
  const others = Object.keys(portfolio).filter((symbol) => !named.has(symbol));
  if (adds.length === 1 && others.length === 1) return undefined;
  const weights: Record<string, number> = { ...portfolio };
  for (const clause of adds) weights[clause.symbol] = clause.weight;
  const sum = Object.values(weights).reduce((total, weight) => total + weight, 0);
  // Exactly: a kept weight was never rounded, so a 1 % gap is money moved to cash in silence. Cash the
  // portfolio already held ("the rest in cash") stays; only every weight written ("33/33/33") may round.
  const before = Object.values(portfolio).reduce((total, weight) => total + weight, 0);
  const exact = Math.abs(sum - 1) < 1e-9 || Math.abs(sum - before) < 1e-9;
  if (exact || (others.length === 0 && isWholeSplit(Object.values(weights)))) return weights;
  const written = adds.map((clause) => `${clause.symbol} ${percent(clause.weight)}`).join(', ');
  const kept = others.map((symbol) => `${symbol} ${percent(portfolio[symbol]!)}`).join(', ');
  return new BacktestPilotError(
    'bad_weights',
    `${written}${kept ? ` with ${kept} kept` : ''} add up to ${percent(sum)}, not 100%; say where the difference goes ("the rest to ${others[0] ?? adds[0]!.symbol}") or give every weight (${Object.keys(weights).join(', ')})`,
    { weights: Object.values(weights), sum },
  );
}
