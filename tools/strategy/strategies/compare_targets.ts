import type { IndicatorStream } from '../indicators/indicator_stream.js';
import type { TargetContext } from '../types.js';
import { targetArray } from './target_array.js';

type CompareContext = Pick<TargetContext, 'allowShort' | 'targetBuffer'>;

/**
 * The rule of every "long while A is above B" strategy: 1 where series > baseline, −1 where
 * series < baseline (only when shorting is allowed, else 0), 0 when equal or when either side is
 * still warming up (NaN compares false both ways, so warm-up bars come out flat).
 */
export function compareTargets(series: Float64Array, baseline: Float64Array | number, context: CompareContext): Int8Array {
  const targets = targetArray(context, series.length);
  const short = context.allowShort ? -1 : 0;
  // One loop per kind of baseline: a type check inside the loop would run on every bar.
  if (typeof baseline === 'number') {
    for (let t = 0; t < series.length; t++) targets[t] = targetAgainst(series[t]!, baseline, short);
  } else {
    compareBlock(targets, 0, series, baseline, series.length, short);
  }
  return targets;
}

/** Bars per block of compareStreams: two blocks of 32 KB stay in the core's cache. */
const STREAM_BLOCK_BARS = 4096;

/**
 * compareTargets over `length` bars of two indicator streams, a block at a time: the same targets
 * as comparing the whole series, without allocating either of them.
 */
export function compareStreams(series: IndicatorStream, baseline: IndicatorStream, length: number, context: CompareContext): Int8Array {
  const targets = targetArray(context, length);
  const short = context.allowShort ? -1 : 0;
  const blockBars = Math.min(STREAM_BLOCK_BARS, length);
  const seriesBlock = new Float64Array(blockBars);
  const baselineBlock = new Float64Array(blockBars);
  for (let from = 0; from < length; from += blockBars) {
    const to = Math.min(length, from + blockBars);
    series.fill(seriesBlock, from, to);
    baseline.fill(baselineBlock, from, to);
    compareBlock(targets, from, seriesBlock, baselineBlock, to - from, short);
  }
  return targets;
}

/** targets[offset + k] for k < count, from series[k] against baseline[k]. */
function compareBlock(targets: Int8Array, offset: number, series: Float64Array, baseline: Float64Array, count: number, short: number): void {
  for (let k = 0; k < count; k++) targets[offset + k] = targetAgainst(series[k]!, baseline[k]!, short);
}

function targetAgainst(value: number, level: number, short: number): number {
  return value > level ? 1 : value < level ? short : 0;
}
