import { LOWER_TAIL, normalCdf, normalPdf, upperTailRatio } from '../statistics/normal_distribution.js';
import type { Prediction } from './gaussian_process.js';

/**
 * Expected improvement over `best` for maximisation: E[max(f − best − ξ, 0)] under the prediction
 * f ~ N(mean, variance) = (mean − best − ξ)·Φ(z) + σ·φ(z), z = (mean − best − ξ) / σ. The margin ξ
 * trades exploitation for exploration; with no uncertainty it is the plain improvement.
 */
export function expectedImprovement(prediction: Prediction, best: number, margin: number): number {
  const gain = prediction.mean - best - margin;
  const sigma = Math.sqrt(prediction.variance);
  if (sigma < 1e-12) return Math.max(gain, 0);
  const z = gain / sigma;
  // In the tails the textbook terms nearly cancel (far below the best) or the excess over the gain
  // drowns in the gain's rounding (far above it). The same value as max(gain, 0) plus the premium
  // for uncertainty, σ·φ(z)·(1 − |z|·R(|z|)) with R Mills' ratio, loses neither, and is never
  // negative and grows with σ even in the last bit.
  const distance = Math.abs(z);
  if (distance > -LOWER_TAIL) return Math.max(gain, 0) + sigma * normalPdf(z) * (1 - distance * upperTailRatio(distance));
  return gain * normalCdf(z) + sigma * normalPdf(z);
}
