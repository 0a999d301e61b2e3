import { BacktestPilotError } from '../errors.js';

/**
 * Per-bar simple returns r_t = E_t / E_{t−1} − 1, with E_{−1} = the initial capital, so there is
 * one return per bar in range. After a short blows the account up (equity ≤ 0) the engine holds it
 * flat, and a ratio of non-positive equities means nothing, so those bars return 0.
 */
export function computeReturns(equity: Float64Array, initialCapital: number): Float64Array {
  const returns = new Float64Array(equity.length);
  let previous = initialCapital;
  for (let t = 0; t < equity.length; t++) {
    const current = equity[t]!;
    if (!Number.isFinite(current)) {
      throw new BacktestPilotError('bad_input', `equity must be finite at every bar; bar ${t} is ${current}`, { bar: t });
    }
    returns[t] = previous > 0 ? current / previous - 1 : 0;
    previous = current;
  }
  return returns;
}
