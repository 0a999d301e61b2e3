import type { z } from 'zod';
import type { StrategyDefinition } from '../types.js';
import { cachedRsi } from './cached_indicators.js';
import { openRangeParam, requireLessThan, strategyParamsSchema, windowParam } from './param_schemas.js';
import { runPositionStateMachine } from './position_state_machine.js';

const paramsSchema = strategyParamsSchema({
  period: windowParam(14, 'Bars in the Wilder RSI.'),
  lower: openRangeParam(30, 'Oversold level: enter long when RSI falls below it; must be less than upper.', 0, 100),
  upper: openRangeParam(70, 'Overbought level: exit the long when RSI rises above it.', 0, 100),
}).superRefine(requireLessThan('lower', 'upper'));

export type RsiMeanReversionParams = z.output<typeof paramsSchema>;

/**
 * `rsi_mean_reversion {period=14, lower=30, upper=70}` on Wilder's RSI of closes: enter long when
 * RSI < lower, exit when RSI > upper, otherwise keep the previous position. With `allowShort`,
 * the mirror: enter short when RSI > upper, cover when RSI < lower (so a long exited above
 * `upper` reverses to short on that bar). Requires 0 < lower < upper < 100.
 * Warm-up: period + 1 bars (the first RSI needs `period` changes, at bar `period`).
 */
export const rsiMeanReversion: StrategyDefinition<RsiMeanReversionParams> = {
  id: 'rsi_mean_reversion',
  description:
    'Mean reversion: buy when the 14-bar RSI drops below 30 (oversold), sell when it rises above 70 ' +
    '(overbought); short above 70 and cover below 30 when shorting is allowed.',
  paramsSchema,
  searchSpace: { period: { min: 2, max: 30, step: 1 }, lower: { min: 10, max: 45, step: 1 }, upper: { min: 55, max: 90, step: 1 } },
  warmupBars: (params) => params.period + 1,
  computeTargets: (bars, params, context) => {
    const rsi = cachedRsi(bars, params.period, context.indicators);
    const { lower, upper } = params;
    return runPositionStateMachine(rsi.length, context, {
      firstBar: params.period,
      enterLong: (t) => rsi[t]! < lower,
      exitLong: (t) => rsi[t]! > upper,
      enterShort: (t) => rsi[t]! > upper,
      exitShort: (t) => rsi[t]! < lower,
    });
  },
};
