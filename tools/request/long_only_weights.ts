import { BacktestPilotError } from '../errors.js';
import { roundClean } from './token_matchers.js';

function percentOf(fraction: number): string {
  return `${roundClean(fraction * 100)}%`;
}

/** What the legs are, in words: "a short leg (DOGE) and leverage (BTC)". */
function describeLegs(shorts: readonly string[], levered: readonly string[]): string {
  const parts = [
    ...(shorts.length > 0 ? [`${shorts.length > 1 ? 'short legs' : 'a short leg'} (${shorts.join(', ')})`] : []),
    ...(levered.length > 0 ? [`leverage (${levered.join(', ')} over 100%)`] : []),
  ];
  return parts.join(' and ');
}

/**
 * "short 20% DOGE and put 120% into BTC", "long 130% BTC short 30% ETH": a short leg or a leg over
 * the whole capital. A portfolio holds each symbol long with weights from 0 to 100% adding up to 100%,
 * so such a book is refused with what was written and what is allowed, never run long with its numbers
 * left unread.
 */
export function checkLongOnlyWeights(weights: Readonly<Record<string, number>>): BacktestPilotError | undefined {
  const entries = Object.entries(weights);
  const shorts = entries.filter(([, weight]) => weight < 0).map(([symbol]) => symbol);
  const levered = entries.filter(([, weight]) => weight > 1 + 1e-9).map(([symbol]) => symbol);
  if (shorts.length === 0 && levered.length === 0) return undefined;
  const written = entries.map(([symbol, weight]) => `${symbol} ${percentOf(weight)}`).join(', ');
  const allowed = entries.length > 1
    ? `give each symbol a weight from 0 to 100%, all adding up to 100% (e.g. "${entries.map(([symbol]) => `${symbol} ${Math.round(100 / entries.length)}%`).join(', ')}")`
    : `name ${entries[0]![0]} without a weight to trade the whole capital in it, or give it a weight from 0 to 100% and say the rest is cash`;
  // Shorting exists only as a strategy's own signals, which is the nearest thing the user can ask for.
  const shortHint = shorts.length > 0 ? `; to go short on a strategy's signals, name one and allow shorts ("SMA crossover on ${shorts[0]}, allow shorts")` : '';
  return new BacktestPilotError(
    'bad_weights',
    `${entries.length > 1 ? 'the weights' : 'the weight'} ${written} ${entries.length > 1 ? 'are' : 'is'} ${describeLegs(shorts, levered)}: a portfolio has no short legs or leverage; ${allowed}${shortHint}`,
    { weights, short: shorts, leveraged: levered },
  );
}
