import { BacktestPilotError } from '../errors.js';
import type { Clause } from './clauses.js';
import { removedSymbols } from './dropped_holdings.js';
import { roundClean } from './token_matchers.js';

type Handover = Extract<Clause, { kind: 'portfolio_handover' }>;

function percent(weight: number): string {
  return `${roundClean(weight * 100)}%`;
}

/**
 * "drop DOGE and give its 10% to BTC" after BTC 40 / ETH 30 / SOL 20 / DOGE 10: DOGE leaves and BTC
 * alone takes its weight (BTC 50 / ETH 30 / SOL 20); the others keep theirs. "its" is the holding the
 * message dropped. A weight written that is not what the holding has is refused: which part goes
 * where would be a guess. With no portfolio, or no such holding, the weights stay as they were, with a
 * note. Returns the new weights, or undefined when the message hands nothing over.
 */
export function handOverWeights(portfolio: Readonly<Record<string, number>> | null, clauses: readonly Clause[], notes: string[], refusals: BacktestPilotError[]): Record<string, number> | undefined {
  const handovers = clauses.filter((clause): clause is Handover => clause.kind === 'portfolio_handover');
  if (handovers.length === 0) return undefined;
  let weights: Record<string, number> | undefined;
  for (const clause of handovers) {
    const current = weights ?? portfolio;
    const from = clause.from ?? removedSymbols(clauses).at(-1);
    const held = from === undefined ? undefined : current?.[from];
    if (from === undefined || !current || held === undefined) {
      notes.push(`ignored the weight handed to ${clause.to}: ${from === undefined ? 'no holding was dropped to give it' : !current ? 'there is no portfolio' : `${from} is not a holding of the portfolio`}; the weights were left as they were`);
      continue;
    }
    if (clause.weight !== undefined && Math.abs(clause.weight - held) > 1e-9) {
      refusals.push(new BacktestPilotError(
        'bad_weights',
        `${from} holds ${percent(held)}, not ${percent(clause.weight)}; say how its ${percent(held)} is shared out (e.g. "give ${from}'s ${percent(held)} to ${clause.to}")`,
        { weights: [clause.weight], sum: held },
      ));
      return undefined;
    }
    const rest = Object.entries(current).filter(([symbol]) => symbol !== from);
    weights = { ...Object.fromEntries(rest), [clause.to]: roundClean((current[clause.to] ?? 0) + held) };
  }
  return weights;
}
