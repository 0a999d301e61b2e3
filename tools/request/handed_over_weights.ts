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
    // "its"/"their": the holdings the message dropped before the handover; several give all their weight.
    const owners = clause.from !== undefined ? [clause.from] : removedSymbols(clauses.slice(0, clauses.indexOf(clause)));
    const from = owners.join(', ') || undefined;
    const unheld = owners.find((owner) => current?.[owner] === undefined);
    if (owners.length === 0 || !current || unheld !== undefined) {
      notes.push(`ignored the weight handed to ${clause.to}: ${owners.length === 0 ? 'no holding was dropped to give it' : !current ? 'there is no portfolio' : `${unheld} is not a holding of the portfolio`}; the weights were left as they were`);
      continue;
    }
    const held = owners.reduce((total, owner) => total + current[owner]!, 0);
    if (clause.alsoTo) {
      refusals.push(new BacktestPilotError('bad_weights', `${from}'s ${percent(held)} was given to ${[clause.to, ...clause.alsoTo].join(' and ')} without saying how it is split; give every holding's new weight`, { weights: [held], sum: held }));
      return undefined;
    }
    if (clause.weight !== undefined && Math.abs(clause.weight - held) > 1e-9) {
      refusals.push(new BacktestPilotError(
        'bad_weights',
        `${from} holds ${percent(held)}, not ${percent(clause.weight)}; say how its ${percent(held)} is shared out (e.g. "give ${from}'s ${percent(held)} to ${clause.to}")`,
        { weights: [clause.weight], sum: held },
      ));
      return undefined;
    }
    const rest = Object.entries(current).filter(([symbol]) => !owners.includes(symbol));
    weights = { ...Object.fromEntries(rest), [clause.to]: roundClean((current[clause.to] ?? 0) + held) };
  }
  return weights;
}
