import type { TargetContext } from '../types.js';
import { targetArray } from './target_array.js';

/**
 * The rule of every "long while A is above B" strategy: 1 where series > baseline, −1 where
 * series < baseline (only when shorting is allowed, else 0), 0 when equal or when either side is
 * still warming up (NaN compares false both ways, so warm-up bars come out flat).
 */
export function compareTargets(
  series: Float64Array, baseline: Float64Array | number, context: Pick<TargetContext, 'allowShort' | 'targetBuffer'>,
): Int8Array {
  const targets = targetArray(context, series.length);
  const short = context.allowShort ? -1 : 0;
  // One loop per kind of baseline: a type check inside the loop would run on every bar.
  if (typeof baseline === 'number') {
    for (let t = 0; t < series.length; t++) targets[t] = targetAgainst(series[t]!, baseline, short);
  } else {
    for (let t = 0; t < series.length; t++) targets[t] = targetAgainst(series[t]!, baseline[t]!, short);
  }
  return targets;
}

function targetAgainst(value: number, level: number, short: number): number {
  return value > level ? 1 : value < level ? short : 0;
}
