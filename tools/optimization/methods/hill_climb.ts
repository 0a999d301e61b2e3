import type { ParameterRange, StrategyParams } from '../../strategy/types.js';
import { CandidateBatch, type ProposeCandidates, type SearchContext, type TrialPoint } from './search_context.js';
import { snapToStep } from '../space/search_space.js';
import { drawRandomPoints } from './random.js';

/** Moves reach at most this fraction of a parameter's range: farther jumps are exploration, not climbing. */
const LONGEST_MOVE_FRACTION = 0.25;

/** Step multiples 1, 2, 4, … up to a quarter of the range (at least one step). */
function moveSizes(range: ParameterRange): number[] {
  const longest = Math.max(range.step, (range.max - range.min) * LONGEST_MOVE_FRACTION);
  const sizes: number[] = [];
  for (let multiple = 1; multiple * range.step <= longest + 1e-9; multiple *= 2) sizes.push(multiple * range.step);
  return sizes;
}

/**
 * The moves from `center` along one parameter at a time (coordinate ascent), the smallest moves
 * first: ±1, ±2, ±4 … steps of each parameter, kept on the grid and inside the bounds.
 */
function coordinateMoves(context: SearchContext, center: StrategyParams): StrategyParams[] {
  const entries = Object.entries(context.space);
  const sizesByName = entries.map(([, range]) => moveSizes(range));
  const longestList = Math.max(0, ...sizesByName.map((sizes) => sizes.length));
  const moves: StrategyParams[] = [];
  for (let level = 0; level < longestList; level++) {
    entries.forEach(([name, range], axis) => {
      const size = sizesByName[axis]![level];
      if (size === undefined) return;
      for (const direction of [-1, 1]) {
        const value = center[name]! + direction * size;
        if (value < range.min - 1e-9 || value > range.max + 1e-9) continue;
        moves.push({ ...center, [name]: snapToStep(value, range) });
      }
    });
  }
  return moves;
}

/**
 * Hill climbing by coordinate ascent: from the best point so far, every untried move along one
 * parameter (small moves first), evaluated as one batch; the next batch climbs from whichever point
 * is best then. When the best point's moves are all tried it is a local optimum on the grid, and the
 * climb continues from the best point that still has untried moves; a fresh random point when none
 * has. Works for integer and continuous parameters alike: moves are whole steps of each range.
 */
export const proposeHillClimb = ((context: SearchContext, count: number): StrategyParams[] => {
  if (context.trials.length === 0) {
    const batch = new CandidateBatch(context);
    batch.add(context.start);
    return batch.size > 0 ? batch.points : drawRandomPoints(context, 1);
  }
  const ranked: TrialPoint[] = [...context.trials].sort((a, b) => b.score - a.score);
  for (const trial of ranked) {
    const batch = new CandidateBatch(context);
    for (const move of coordinateMoves(context, trial.params)) {
      if (batch.size >= count) break;
      batch.add(move);
    }
    if (batch.size > 0) return batch.points;
  }
  return drawRandomPoints(context, Math.min(count, 1));
}) satisfies ProposeCandidates;
