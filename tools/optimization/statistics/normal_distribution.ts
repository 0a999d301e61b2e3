/** The standard normal distribution: what the deflated Sharpe ratio and expected improvement need. */

const LOG_SQRT_TWO_PI = 0.9189385332046728;
/** Above this x the series needs hundreds of terms and Φ rounds to 1. */
const TAIL_CUTOFF = 8.5;
/** Below this x, Φ comes from the tail's continued fraction. */
export const LOWER_TAIL = -2;

/** φ(x), the density. */
export function normalPdf(x: number): number {
  return Math.exp(-0.5 * x * x - LOG_SQRT_TWO_PI);
}

/**
 * Φ(x) by Marsaglia's series (J. Stat. Software 11(4), 2004): 0.5 + φ(x)·(x + x³/3 + x⁵/(3·5) + …);
 * every term has the sign of x, absolute error about 1e-16. Below LOWER_TAIL that absolute error
 * would be a large relative one, so the lower tail comes from the continued fraction instead.
 */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x < LOWER_TAIL) return upperTail(-x);
  if (x >= TAIL_CUTOFF) return 1;
  const square = x * x;
  let term = x;
  let sum = x;
  for (let odd = 3; ; odd += 2) {
    term *= square / odd;
    const next = sum + term;
    if (next === sum) break;
    sum = next;
  }
  return 0.5 + sum * normalPdf(x);
}

/** 1 − Φ(z) for z > 0, with full relative precision in the tail. */
function upperTail(z: number): number {
  return normalPdf(z) * upperTailRatio(z);
}

/**
 * (1 − Φ(z)) / φ(z) for z > 0 (Mills' ratio) from Laplace's continued fraction
 * 1 / (z + 1/(z + 2/(z + 3/(z + …)))), evaluated by Lentz's method. Kept apart from φ so that a
 * caller can combine it with φ(z) without underflowing far in the tail.
 */
export function upperTailRatio(z: number): number {
  const tiny = 1e-300;
  let fraction = z;
  let numerator = z;
  let denominator = 0;
  for (let n = 1; n < 500; n++) {
    denominator = z + n * denominator;
    denominator = denominator === 0 ? 1 / tiny : 1 / denominator;
    numerator = z + n / numerator;
    if (numerator === 0) numerator = tiny;
    const delta = numerator * denominator;
    fraction *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return 1 / fraction;
}

/**
 * Φ⁻¹(p): a rational first guess (Abramowitz & Stegun 26.2.23, error < 4.5e-4) polished by Halley
 * steps on Φ, solved in the smaller tail so that 1 − p loses no digits.
 */
export function normalQuantile(p: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return Number.NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p > 0.5) return -normalQuantile(1 - p);
  const t = Math.sqrt(-2 * Math.log(p));
  let x = -(t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t));
  for (let step = 0; step < 8; step++) {
    const density = normalPdf(x);
    if (density === 0) break;
    const error = (normalCdf(x) - p) / density;
    const next = x - error / (1 + (x * error) / 2);
    if (Math.abs(next - x) <= 1e-15 * Math.max(1, Math.abs(x))) return next;
    x = next;
  }
  return x;
}
