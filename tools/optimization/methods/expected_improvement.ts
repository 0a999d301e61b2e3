import { normalCdf, normalPdf } from '../normal_distribution.js';
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
  return gain * normalCdf(z) + sigma * normalPdf(z);
}
