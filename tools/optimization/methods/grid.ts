import type { StrategyParams } from '../../strategy/types.js';
import type { ProposeCandidates } from './search_context.js';

/**
 * Grid search: the next untried points of the grid, coarse to fine; none once the grid is done.
 * Points that break the strategy's rules (short ≥ long) are not filtered here but rejected when
 * scored, on the worker threads for a heavy grid, so the serial part of a big grid stays small.
 */
export const proposeGridPoints: ProposeCandidates = (context, count) => {
  const { grid, gridCursor, tried, keyOf } = context;
  const points: StrategyParams[] = [];
  // Grid points are distinct and the cursor never goes back, so only an earlier iteration's trial
  // can repeat one; with none (a plain grid search) no point needs its key computed at all.
  while (gridCursor.next < grid.length && points.length < count) {
    const point = grid[gridCursor.next++]!;
    if (tried.size === 0 || !tried.has(keyOf(point))) points.push(point);
  }
  return points;
};
