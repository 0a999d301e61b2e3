/**
 * The deflated Sharpe ratio (Bailey & López de Prado, "The Deflated Sharpe Ratio", J. Portfolio
 * Management 40(5), 2014): the probability that a strategy's true Sharpe ratio is above what the best
 * of N unskilled trials would show by luck, given the sample's length, skewness and kurtosis. Every
 * Sharpe ratio here is per bar (not annualised), as in the paper.
 */
import type { ReturnMoments } from './return_moments.js';
import { normalCdf, normalQuantile } from './normal_distribution.js';

export const EULER_MASCHERONI = 0.5772156649015329;

/**
 * SR₀ = √V · ((1 − γ)·Φ⁻¹(1 − 1/N) + γ·Φ⁻¹(1 − 1/(N·e))): the expected maximum Sharpe ratio of N
 * independent trials whose Sharpe ratios have variance V and true value 0. One trial: 0.
 */
export function expectedMaximumSharpe(trials: number, sharpeVariance: number): number {
  if (trials <= 1 || !(sharpeVariance > 0)) return 0;
  const gamma = EULER_MASCHERONI;
  return Math.sqrt(sharpeVariance) * ((1 - gamma) * normalQuantile(1 - 1 / trials) + gamma * normalQuantile(1 - 1 / (trials * Math.E)));
}

/** An observed per-bar Sharpe ratio and the shape of the T returns it came from. */
export interface SharpeSample {
  sharpe: number;
  observations: number;
  skewness: number;
  /** Not excess: 3 for normal returns. */
  kurtosis: number;
}

/**
 * PSR(SR*) = Φ((SR − SR*)·√(T − 1) / √(1 − γ₃·SR + (γ₄ − 1)/4·SR²)): the probability that the true
 * Sharpe ratio exceeds SR*. `null` with fewer than two returns or a non-positive variance term
 * (possible only for extreme skewness).
 */
export function probabilisticSharpeRatio(sample: SharpeSample, benchmark: number): number | null {
  const { sharpe, observations, skewness, kurtosis } = sample;
  const variance = 1 - skewness * sharpe + ((kurtosis - 1) / 4) * sharpe * sharpe;
  if (observations < 2 || !(variance > 0)) return null;
  return normalCdf(((sharpe - benchmark) * Math.sqrt(observations - 1)) / Math.sqrt(variance));
}

export interface DeflatedSharpeInput extends SharpeSample {
  /** N: how many parameter sets were tried to find this one. */
  trials: number;
  /** Variance of the per-bar Sharpe ratios across the trials. */
  sharpeVariance: number;
}

/** DSR = PSR(SR₀): the Sharpe ratio's significance once the selection among N trials is priced in. */
export function deflatedSharpeRatio(input: DeflatedSharpeInput): number | null {
  return probabilisticSharpeRatio(input, expectedMaximumSharpe(input.trials, input.sharpeVariance));
}

/** Sample variance (divides by n − 1); 0 for fewer than two values. */
function sampleVariance(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1);
}

export interface SelectionFacts {
  /** The chosen parameters' annualised Sharpe ratio, as the metrics report it. */
  sharpeRatio: number | null;
  /** Every trial's annualised Sharpe ratio; trials without one (no variation) are not counted. */
  trialSharpeRatios: ReadonlyArray<number | null>;
  periodsPerYear: number;
  /** Of the chosen parameters' returns over the same bars. */
  moments: ReturnMoments | null;
}

/**
 * The deflated Sharpe ratio of an optimiser's pick, from annualised figures: each Sharpe ratio is
 * divided by √(periods per year) back to per-bar units; N counts every trial with a Sharpe ratio
 * (trials of neighbouring parameters are correlated, so this overstates the independent trials and
 * errs on the side of caution). `null` when the pick has no Sharpe ratio or its returns never vary.
 */
export function deflatedSharpeOfSelection(facts: SelectionFacts): number | null {
  if (facts.sharpeRatio === null || facts.moments === null) return null;
  const scale = Math.sqrt(facts.periodsPerYear);
  const trialSharpes = facts.trialSharpeRatios.filter((value): value is number => value !== null && Number.isFinite(value)).map((value) => value / scale);
  return deflatedSharpeRatio({
    sharpe: facts.sharpeRatio / scale,
    observations: facts.moments.count,
    skewness: facts.moments.skewness,
    kurtosis: facts.moments.kurtosis,
    trials: trialSharpes.length,
    sharpeVariance: sampleVariance(trialSharpes),
  });
}
