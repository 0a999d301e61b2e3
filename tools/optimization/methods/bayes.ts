import type { StrategyParams } from '../../strategy/types.js';
import { CandidateBatch, type ProposeCandidates, type SearchContext } from './search_context.js';
import { MISSING_SCORE } from '../objective/targets.js';
import { toUnitCube } from '../space/search_space.js';
import { expectedImprovement } from './expected_improvement.js';
import { fitBestGaussianProcess, type GaussianProcess } from './gaussian_process.js';
import { proposeHillClimb } from './hill_climb.js';
import { drawRandomPoints } from './random.js';
import { yieldToEventLoop } from './yield_to_event_loop.js';

/** Points scored at random before the surrogate is trusted: 2·d + 1, at least 5. */
function initialDesignSize(dimensions: number): number {
  return Math.max(5, 2 * dimensions + 1);
}

/** Points proposed per surrogate fit: the batch shares one fit, spread by local penalisation. */
const POINTS_PER_FIT = 16;
/** Untried points the acquisition function is maximised over. */
const POOL_SIZE = 384;
/** At most this many trials train the surrogate (the best half and a spread of the rest): fits stay O(256³). */
const MAX_TRAINING_POINTS = 256;
const LENGTH_SCALES = [0.05, 0.1, 0.2, 0.4, 0.8];
const NOISE = 1e-4;
/** Pool points predicted between two turns of the event loop (a prediction is O(n²) on up to 256 trials). */
const PREDICTIONS_PER_SLICE = 64;
/** EI's exploration margin, in standard deviations of the scores. */
const EXPLORATION_MARGIN = 0.01;

/** Scores of trials the metric could not be computed for (MISSING_SCORE) would swamp the fit: floor them at the worst real score. */
function trainingSet(context: SearchContext): { inputs: number[][]; outputs: number[] } {
  const ranked = [...context.trials].sort((a, b) => b.score - a.score);
  const chosen = ranked.length <= MAX_TRAINING_POINTS
    ? ranked
    : [...ranked.slice(0, MAX_TRAINING_POINTS / 2), ...spread(ranked.slice(MAX_TRAINING_POINTS / 2), MAX_TRAINING_POINTS / 2)];
  const real = chosen.map((trial) => trial.score).filter((score) => score !== MISSING_SCORE);
  const floor = real.length > 0 ? Math.min(...real) : 0;
  const scores = chosen.map((trial) => (trial.score !== MISSING_SCORE ? trial.score : floor));
  const mean = scores.reduce((sum, score) => sum + score, 0) / scores.length;
  const deviation = Math.sqrt(scores.reduce((sum, score) => sum + (score - mean) ** 2, 0) / scores.length) || 1;
  return {
    inputs: chosen.map((trial) => toUnitCube(context.space, trial.params)),
    outputs: scores.map((score) => (score - mean) / deviation),
  };
}

/** `count` items evenly spaced through the list. */
function spread<T>(items: readonly T[], count: number): T[] {
  return Array.from({ length: count }, (_, index) => items[Math.floor((index * items.length) / count)]!);
}

/** Untried feasible points to rank: uniform draws plus the coordinate moves around the best points. */
function candidatePool(context: SearchContext): StrategyParams[] {
  const pool = new CandidateBatch(context);
  for (const move of proposeHillClimb(context, 4 * Object.keys(context.space).length * 8)) pool.add(move);
  return drawRandomPoints(context, POOL_SIZE, pool);
}

/**
 * Picks `count` points by expected improvement with local penalisation: the best point, then the
 * EI of every pool point is damped by 1 − k(x, chosen) so the batch spreads out instead of piling
 * onto one peak (a cheap stand-in for re-fitting after each pick).
 */
async function pickByExpectedImprovement(context: SearchContext, model: GaussianProcess, best: number, pool: StrategyParams[], count: number): Promise<StrategyParams[]> {
  const coordinates = pool.map((point) => toUnitCube(context.space, point));
  const acquisition: number[] = [];
  for (let index = 0; index < coordinates.length; index++) {
    if (index % PREDICTIONS_PER_SLICE === 0) await yieldToEventLoop();
    acquisition.push(expectedImprovement(model.predict(coordinates[index]!), best, EXPLORATION_MARGIN));
  }
  const picked: StrategyParams[] = [];
  for (let round = 0; round < count && round < pool.length; round++) {
    let chosen = -1;
    for (let index = 0; index < pool.length; index++) {
      if (acquisition[index]! >= 0 && (chosen < 0 || acquisition[index]! > acquisition[chosen]!)) chosen = index;
    }
    if (chosen < 0) break;
    picked.push(pool[chosen]!);
    acquisition[chosen] = -1;
    for (let index = 0; index < pool.length; index++) {
      if (acquisition[index]! < 0) continue;
      let squared = 0;
      coordinates[index]!.forEach((value, axis) => { squared += (value - coordinates[chosen]![axis]!) ** 2; });
      acquisition[index]! *= 1 - Math.exp(-squared / (2 * model.lengthScale * model.lengthScale));
    }
  }
  return picked;
}

/**
 * Bayesian optimisation: a Gaussian-process surrogate of the score over the space, and the untried
 * points with the largest expected improvement over the best score so far. Starts with the start
 * point and random draws until there is enough to fit; falls back to random draws if a fit fails.
 */
export const proposeBayesian: ProposeCandidates = async (context, count) => {
  const designSize = initialDesignSize(Object.keys(context.space).length);
  if (context.trials.length < designSize) {
    const batch = new CandidateBatch(context);
    if (context.trials.length === 0) batch.add(context.start);
    return drawRandomPoints(context, Math.min(count, designSize - context.trials.length), batch);
  }
  const { inputs, outputs } = trainingSet(context);
  const model = await fitBestGaussianProcess(inputs, outputs, LENGTH_SCALES, NOISE);
  const pool = candidatePool(context);
  const batchSize = Math.min(count, POINTS_PER_FIT);
  return model ? pickByExpectedImprovement(context, model, Math.max(...outputs), pool, batchSize) : pool.slice(0, batchSize);
};
