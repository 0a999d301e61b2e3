import type { z } from 'zod';
import { computeMacdFromEmas } from '../indicators/macd/macd.js';
import type { StrategyDefinition } from '../types.js';
import { cachedEma } from './cached_indicators.js';
import { compareTargets } from './compare_targets.js';
import { requireLessThan, strategyParamsSchema, windowParam } from './param_schemas.js';

const paramsSchema = strategyParamsSchema({
  fast: windowParam(12, 'Bars in the fast EMA of closes; must be less than slow.'),
  slow: windowParam(26, 'Bars in the slow EMA of closes.'),
  signal: windowParam(9, 'Bars in the EMA of the MACD line (the signal line).'),
}).superRefine(requireLessThan('fast', 'slow'));

export type MacdParams = z.output<typeof paramsSchema>;

/**
 * `macd {fast=12, slow=26, signal=9}`: MACD line = EMA(fast) − EMA(slow) of closes, signal line =
 * EMA(signal) of the MACD line (all EMAs seeded by the mean of their first window). Long while
 * line > signal; with `allowShort`, short while line < signal; flat when equal. Requires
 * fast < slow. Warm-up: slow + signal − 1 bars (the line starts at bar slow − 1, the signal
 * `signal − 1` bars later).
 */
export const macd: StrategyDefinition<MacdParams> = {
  id: 'macd',
  description:
    'Momentum: long while the MACD line (12-bar EMA minus 26-bar EMA) is above its 9-bar signal line; ' +
    'short while below when shorting is allowed.',
  paramsSchema,
  searchSpace: { fast: { min: 4, max: 30, step: 1 }, slow: { min: 10, max: 80, step: 1 }, signal: { min: 3, max: 20, step: 1 } },
  warmupBars: (params) => params.slow + params.signal - 1,
  computeTargets: (bars, params, context) => {
    const { line, signal } = computeMacdFromEmas(
      cachedEma(bars, params.fast, context.indicators),
      cachedEma(bars, params.slow, context.indicators),
      params.signal,
    );
    return compareTargets(line, signal, context);
  },
};
