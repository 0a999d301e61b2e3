import { solveLinearSystem } from './solve_linear_system.js';

/** minimise ½·xᵀQx − cᵀx subject to A·x = b (a few rows) and lower ≤ x ≤ upper. */
export interface BoxQp {
  /** n × n, row-major, symmetric positive semi-definite (definite on the feasible directions). */
  q: Float64Array;
  c: Float64Array;
  /** Equality rows, each of length n. */
  rows: readonly Float64Array[];
  lower: Float64Array;
  upper: Float64Array;
}

const FREE = 0;
const AT_LOWER = -1;
const AT_UPPER = 1;

/**
 * Primal active-set method (Nocedal & Wright, algorithm 16.3) from a feasible start: on the free
 * variables, solve the equality-constrained step by its KKT system; take it up to the first bound
 * it hits; when the step is zero, release the bound whose multiplier has the wrong sign, or stop
 * (all signs right: the KKT conditions hold, so the point is the global optimum of this convex
 * problem). Equality rows that are dependent on the free variables are left out of the step's
 * system, whose constraints they repeat. Exact up to rounding; finite for non-degenerate problems.
 */
export function solveBoxQp(problem: BoxQp, start: Float64Array): Float64Array {
  const { q, c, rows, lower, upper } = problem;
  const n = c.length;
  const x = Float64Array.from(start);
  const state = new Int8Array(n);
  const scale = Math.max(1e-300, ...Array.from({ length: n }, (_, i) => Math.abs(q[i * n + i]!)));
  for (let i = 0; i < n; i++) {
    if (x[i]! <= lower[i]! + BOUND_SLACK) { x[i] = lower[i]!; state[i] = AT_LOWER; }
    else if (x[i]! >= upper[i]! - BOUND_SLACK) { x[i] = upper[i]!; state[i] = AT_UPPER; }
  }
  const gradient = new Float64Array(n);
  for (let iteration = 0; iteration < 100 * (n + 1); iteration++) {
    for (let i = 0; i < n; i++) {
      let sum = -c[i]!;
      for (let j = 0; j < n; j++) sum += q[i * n + j]! * x[j]!;
      gradient[i] = sum;
    }
    const free: number[] = [];
    for (let i = 0; i < n; i++) if (state[i] === FREE) free.push(i);
    const active = independentRows(rows, free);
    const { step, multipliers } = equalityStep(q, n, gradient, rows, active, free, scale);
    let stepSize = 0;
    for (const value of step) stepSize = Math.max(stepSize, Math.abs(value));
    if (stepSize <= 1e-15) {
      // Released bound: the one whose multiplier most violates its sign.
      let release = -1;
      let worst = MULTIPLIER_TOLERANCE * (scale + maxAbs(c));
      for (let i = 0; i < n; i++) {
        if (state[i] === FREE) continue;
        let reduced = gradient[i]!;
        active.forEach((row, at) => { reduced += rows[row]![i]! * multipliers[at]!; });
        const violation = state[i] === AT_LOWER ? -reduced : reduced;
        if (violation > worst) { worst = violation; release = i; }
      }
      if (release < 0) return x;
      state[release] = FREE;
      continue;
    }
    let fraction = 1;
    let blocking = -1;
    let blockingState = FREE;
    free.forEach((variable, at) => {
      const move = step[at]!;
      if (move < 0) {
        const limit = (lower[variable]! - x[variable]!) / move;
        if (limit < fraction) { fraction = limit; blocking = variable; blockingState = AT_LOWER; }
      } else if (move > 0) {
        const limit = (upper[variable]! - x[variable]!) / move;
        if (limit < fraction) { fraction = limit; blocking = variable; blockingState = AT_UPPER; }
      }
    });
    fraction = Math.max(0, fraction);
    free.forEach((variable, at) => { x[variable] += fraction * step[at]!; });
    if (blocking >= 0) {
      state[blocking] = blockingState;
      x[blocking] = blockingState === AT_LOWER ? lower[blocking]! : upper[blocking]!;
    }
  }
  return x;
}

const BOUND_SLACK = 1e-13;
/** Multipliers within this (relative to the problem's scale) of the right sign count as right. */
const MULTIPLIER_TOLERANCE = 1e-13;

function maxAbs(values: Float64Array): number {
  let largest = 0;
  for (const value of values) largest = Math.max(largest, Math.abs(value));
  return largest;
}

/** The equality rows that stay linearly independent when restricted to the free variables (greedy). */
function independentRows(rows: readonly Float64Array[], free: readonly number[]): number[] {
  const kept: number[] = [];
  const basis: Float64Array[] = [];
  rows.forEach((row, index) => {
    const vector = Float64Array.from(free, (variable) => row[variable]!);
    const norm = Math.hypot(...vector);
    for (const unit of basis) {
      let dot = 0;
      for (let k = 0; k < vector.length; k++) dot += vector[k]! * unit[k]!;
      for (let k = 0; k < vector.length; k++) vector[k] -= dot * unit[k]!;
    }
    const residual = Math.hypot(...vector);
    if (!(residual > 1e-10 * norm) || norm === 0) return;
    basis.push(vector.map((value) => value / residual));
    kept.push(index);
  });
  return kept;
}

/** The step on the free variables and the equality multipliers: [Q_FF Aᵀ; A 0]·[p; λ] = [−g_F; 0]. */
function equalityStep(
  q: Float64Array, n: number, gradient: Float64Array, rows: readonly Float64Array[], active: readonly number[], free: readonly number[], scale: number,
): { step: Float64Array; multipliers: Float64Array } {
  const f = free.length;
  const m = active.length;
  const size = f + m;
  if (f === 0) return { step: new Float64Array(0), multipliers: zeroMultipliers(active) };
  const matrix = new Float64Array(size * size);
  const rhs = new Float64Array(size);
  for (let a = 0; a < f; a++) {
    for (let b = 0; b < f; b++) matrix[a * size + b] = q[free[a]! * n + free[b]!]!;
    // A whisper of ridge keeps the step defined where Q is only semi-definite (collinear returns).
    matrix[a * size + a] += scale * 1e-14;
    rhs[a] = -gradient[free[a]!]!;
    active.forEach((row, at) => {
      matrix[a * size + f + at] = rows[row]![free[a]!]!;
      matrix[(f + at) * size + a] = rows[row]![free[a]!]!;
    });
  }
  const solution = solveLinearSystem(matrix, rhs, size);
  if (!solution) return { step: new Float64Array(f), multipliers: zeroMultipliers(active) };
  return { step: solution.subarray(0, f), multipliers: solution.subarray(f) };
}

/**
 * Where no step is possible (every variable at a bound), zero multipliers: if every bound's sign is
 * right with them, they prove optimality; if not, releasing the worst bound is still a valid move.
 */
function zeroMultipliers(active: readonly number[]): Float64Array {
  return new Float64Array(active.length);
}
