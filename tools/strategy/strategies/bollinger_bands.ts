import type { z } from 'zod';
import { computeBandsAroundMiddle } from '../indicators/bollinger/bollinger.js';
import type { StrategyDefinition } from '../types.js';
import { cachedPopulationStdDev, cachedSma } from './cached_indicators.js';
import { openRangeParam, strategyParamsSchema, windowParam } from './param_schemas.js';
import { runPositionStateMachine } from './position_state_machine.js';

const paramsSchema = strategyParamsSchema({
  period: windowParam(20, 'Bars in the moving average and standard deviation.'),
  std_dev: openRangeParam(2, 'Band width in population standard deviations.', 0, 10),
});

export type BollingerBandsParams = z.output<typeof paramsSchema>;

/**
 * `bollinger_bands {period=20, std_dev=2}`: bands = SMA(period) ± std_dev × POPULATION standard
 * deviation of closes over the window. Enter long when close < lower band, exit when close >
 * middle band, otherwise keep the position. With `allowShort`, the mirror: enter short when
 * close > upper band, cover when close < middle. Warm-up: `period` bars.
 */
export const bollingerBands: StrategyDefinition<BollingerBandsParams> = {
  id: 'bollinger_bands',
  description:
    'Mean reversion: buy when the close falls below the lower Bollinger band (20-bar SMA minus 2 standard ' +
    'deviations), sell when it rises above the middle band; short above the upper band when allowed.',
  paramsSchema,
  searchSpace: { period: { min: 5, max: 60, step: 1 }, std_dev: { min: 1, max: 3.5, step: 0.1 } },
  warmupBars: (params) => params.period,
  computeTargets: (bars, params, context) => {
    const middle = cachedSma(bars, params.period, context.indicators);
    const stdDev = cachedPopulationStdDev(bars, params.period, context.indicators);
    const { upper, lower } = computeBandsAroundMiddle(middle, stdDev, params.std_dev);
    const close = bars.close;
    return runPositionStateMachine(close.length, context, {
      firstBar: params.period - 1,
      enterLong: (t) => close[t]! < lower[t]!,
      exitLong: (t) => close[t]! > middle[t]!,
      enterShort: (t) => close[t]! > upper[t]!,
      exitShort: (t) => close[t]! < middle[t]!,
    });
  },
};
