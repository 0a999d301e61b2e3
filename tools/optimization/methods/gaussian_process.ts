/**
 * A Gaussian-process regression surrogate: zero prior mean, Matérn-5/2 kernel with one length-scale
 * over inputs scaled to [0, 1] per parameter, unit signal variance (fit to standardised scores) and
 * a small noise term. What Bayesian optimisation predicts untried parameters with.
 */
import { yieldToEventLoop } from './yield_to_event_loop.js';

export interface GaussianProcessOptions {
  lengthScale: number;
  /** Noise variance relative to the unit signal variance; also keeps the Cholesky factor stable. */
  noise: number;
}

export interface Prediction {
  mean: number;
  /** Posterior variance of the latent function (without the noise term), ≥ 0. */
  variance: number;
}

export interface GaussianProcess {
  readonly lengthScale: number;
  predict(point: readonly number[]): Prediction;
  /** log p(y | X, θ), for choosing the length-scale. */
  readonly logMarginalLikelihood: number;
}

const SQRT5 = Math.sqrt(5);

/** Matérn 5/2: (1 + √5·r/ℓ + 5r²/(3ℓ²))·exp(−√5·r/ℓ), r the Euclidean distance. */
export function maternKernel(a: readonly number[], b: readonly number[], lengthScale: number): number {
  let squared = 0;
  for (let index = 0; index < a.length; index++) squared += (a[index]! - b[index]!) ** 2;
  const scaled = (SQRT5 * Math.sqrt(squared)) / lengthScale;
  return (1 + scaled + (scaled * scaled) / 3) * Math.exp(-scaled);
}

/** Lower-triangular L with L·Lᵀ = A (row-major n × n); undefined when A is not positive definite. */
function cholesky(matrix: Float64Array, n: number): Float64Array | undefined {
  const lower = new Float64Array(n * n);
  for (let row = 0; row < n; row++) {
    for (let column = 0; column <= row; column++) {
      let sum = matrix[row * n + column]!;
      for (let k = 0; k < column; k++) sum -= lower[row * n + k]! * lower[column * n + k]!;
      if (row === column) {
        if (!(sum > 0)) return undefined;
        lower[row * n + row] = Math.sqrt(sum);
      } else {
        lower[row * n + column] = sum / lower[column * n + column]!;
      }
    }
  }
  return lower;
}

/** Solves L·x = b in place (forward substitution). */
function solveLower(lower: Float64Array, n: number, vector: Float64Array): Float64Array {
  for (let row = 0; row < n; row++) {
    let sum = vector[row]!;
    for (let k = 0; k < row; k++) sum -= lower[row * n + k]! * vector[k]!;
    vector[row] = sum / lower[row * n + row]!;
  }
  return vector;
}

/** Solves Lᵀ·x = b in place (back substitution). */
function solveUpper(lower: Float64Array, n: number, vector: Float64Array): Float64Array {
  for (let row = n - 1; row >= 0; row--) {
    let sum = vector[row]!;
    for (let k = row + 1; k < n; k++) sum -= lower[k * n + row]! * vector[k]!;
    vector[row] = sum / lower[row * n + row]!;
  }
  return vector;
}

/** The posterior given the inputs and their scores; undefined when the kernel matrix cannot be factored. */
export function fitGaussianProcess(
  inputs: ReadonlyArray<readonly number[]>, outputs: readonly number[], options: GaussianProcessOptions,
): GaussianProcess | undefined {
  const n = inputs.length;
  const matrix = new Float64Array(n * n);
  for (let row = 0; row < n; row++) {
    for (let column = 0; column <= row; column++) {
      const value = maternKernel(inputs[row]!, inputs[column]!, options.lengthScale) + (row === column ? options.noise : 0);
      matrix[row * n + column] = value;
      matrix[column * n + row] = value;
    }
  }
  const lower = cholesky(matrix, n);
  if (!lower) return undefined;
  // α = K⁻¹·y through the factor: L·z = y, then Lᵀ·α = z.
  const z = solveLower(lower, n, Float64Array.from(outputs));
  let dataFit = 0;
  for (let index = 0; index < n; index++) dataFit += z[index]! * z[index]!;
  let logDeterminant = 0;
  for (let index = 0; index < n; index++) logDeterminant += 2 * Math.log(lower[index * n + index]!);
  const alpha = solveUpper(lower, n, Float64Array.from(z));
  const scratch = new Float64Array(n);
  return {
    lengthScale: options.lengthScale,
    logMarginalLikelihood: -0.5 * dataFit - 0.5 * logDeterminant - 0.5 * n * Math.log(2 * Math.PI),
    predict(point) {
      // One scratch vector for every prediction: a search asks for hundreds per fit.
      let mean = 0;
      for (let index = 0; index < n; index++) {
        scratch[index] = maternKernel(point, inputs[index]!, options.lengthScale);
        mean += scratch[index]! * alpha[index]!;
      }
      const v = solveLower(lower, n, scratch);
      let explained = 0;
      for (let index = 0; index < n; index++) explained += v[index]! * v[index]!;
      return { mean, variance: Math.max(0, 1 - explained) };
    },
  };
}

/**
 * The fit whose length-scale explains the scores best (largest marginal likelihood) among
 * `lengthScales`, the event loop let in before each fit (one is O(n³) on up to 256 trials).
 */
export async function fitBestGaussianProcess(
  inputs: ReadonlyArray<readonly number[]>, outputs: readonly number[], lengthScales: readonly number[], noise: number,
): Promise<GaussianProcess | undefined> {
  let best: GaussianProcess | undefined;
  for (const lengthScale of lengthScales) {
    await yieldToEventLoop();
    const fit = fitGaussianProcess(inputs, outputs, { lengthScale, noise });
    if (fit && (!best || fit.logMarginalLikelihood > best.logMarginalLikelihood)) best = fit;
  }
  return best;
}
