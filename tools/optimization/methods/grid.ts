import { CandidateBatch, type ProposeCandidates } from '../search_context.js';

/**
 * Grid search: the next untried points of the grid, coarse to fine; none once the grid is done.
 * Points that break the strategy's rules (short ≥ long) are not filtered here but rejected when
 * scored, on the worker threads for a heavy grid, so the serial part of a big grid stays small.
 */
export const proposeGridPoints: ProposeCandidates = (context, count) => {
  const batch = new CandidateBatch(context, false);
  const { grid, gridCursor } = context;
  while (gridCursor.next < grid.length && batch.size < count) batch.add(grid[gridCursor.next++]!);
  return batch.points;
};
