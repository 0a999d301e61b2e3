import type { z } from 'zod';
import type { StrategyDefinition } from '../types.js';
import { cachedMomentum } from './cached_indicators.js';
import { compareTargets } from './compare_targets.js';
import { strategyParamsSchema, windowParam } from './param_schemas.js';

const paramsSchema = strategyParamsSchema({
  lookback: windowParam(90, 'Bars back to compare the close with.'),
});

export type MomentumParams = z.output<typeof paramsSchema>;

/**
 * `momentum {lookback=90}` (time-series momentum): long while close_t / close_(t−lookback) − 1 > 0;
 * with `allowShort`, short while it is < 0; flat when the price is unchanged.
 * Warm-up: lookback + 1 bars.
 */
export const momentum: StrategyDefinition<MomentumParams> = {
  id: 'momentum',
  description:
    'Time-series momentum: long while the close is above the close 90 bars earlier; short while below when ' +
    'shorting is allowed.',
  paramsSchema,
  searchSpace: { lookback: { min: 5, max: 250, step: 1 } },
  warmupBars: (params) => params.lookback + 1,
  computeTargets: (bars, params, context) =>
    compareTargets(cachedMomentum(bars, params.lookback, context.indicators), 0, context),
};
