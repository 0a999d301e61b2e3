import { CandidateBatch, type ProposeCandidates } from '../search_context.js';

/** Grid search: the next untried points of the grid, coarse to fine; none once the grid is done. */
export const proposeGridPoints: ProposeCandidates = (context, count) => {
  const batch = new CandidateBatch(context);
  for (const point of context.grid) {
    if (batch.size >= count) break;
    batch.add(point);
  }
  return batch.points;
};
