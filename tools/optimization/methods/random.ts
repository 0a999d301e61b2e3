import { CandidateBatch, type ProposeCandidates, type SearchContext } from './search_context.js';
import { randomPoint } from '../space/search_space.js';
import type { StrategyParams } from '../../strategy/types.js';

/** Draws after which a space is taken to have no untried feasible point left. */
const DRAWS_PER_CANDIDATE = 50;

/** Up to `count` new feasible points drawn uniformly from the step grid. */
export function drawRandomPoints(context: SearchContext, count: number, batch = new CandidateBatch(context)): StrategyParams[] {
  const maxDraws = (count - batch.size) * DRAWS_PER_CANDIDATE + 100;
  for (let draw = 0; batch.size < count && draw < maxDraws; draw++) batch.add(randomPoint(context.space, context.random));
  return batch.points;
}

/** Random search: the start point first (the parameters as given are a fair baseline), then uniform draws. */
export const proposeRandomPoints: ProposeCandidates = (context, count) => {
  const batch = new CandidateBatch(context);
  if (context.trials.length === 0 && count > 0) batch.add(context.start);
  return drawRandomPoints(context, count, batch);
};
