import type { Trade } from '../../strategy/engine/types.js';

/** One out-of-sample run as the engine returned it: it started from the initial capital. */
export interface EquitySegment {
  equity: Float64Array;
  position: Int8Array;
  trades: ReadonlyArray<Pick<Trade, 'pnl'>>;
}

export interface StitchedEquity {
  equity: Float64Array;
  position: Int8Array;
  trades: Array<Pick<Trade, 'pnl'>>;
}

/**
 * Chains runs that each started from `initialCapital` into one curve: every segment is scaled so it
 * starts from the equity the one before ended with (equity and trade P&L alike), as if the capital
 * were carried from one test window to the next.
 */
export function stitchSegments(segments: readonly EquitySegment[], initialCapital: number): StitchedEquity {
  const length = segments.reduce((sum, segment) => sum + segment.equity.length, 0);
  const equity = new Float64Array(length);
  const position = new Int8Array(length);
  const trades: Array<Pick<Trade, 'pnl'>> = [];
  let offset = 0;
  let carried = initialCapital;
  for (const segment of segments) {
    const scale = carried / initialCapital;
    for (let index = 0; index < segment.equity.length; index++) equity[offset + index] = segment.equity[index]! * scale;
    position.set(segment.position, offset);
    for (const trade of segment.trades) trades.push({ pnl: trade.pnl * scale });
    offset += segment.equity.length;
    if (segment.equity.length > 0) carried = equity[offset - 1]!;
  }
  return { equity, position, trades };
}
