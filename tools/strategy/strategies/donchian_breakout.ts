import type { z } from 'zod';
import type { StrategyDefinition } from '../types.js';
import { cachedPriorHigh, cachedPriorLow } from './cached_indicators.js';
import { strategyParamsSchema, windowParam } from './param_schemas.js';
import { runPositionStateMachine } from './position_state_machine.js';

const paramsSchema = strategyParamsSchema({
  period: windowParam(20, 'Entry channel: bars before today whose highest high a close must beat.'),
  exit_period: windowParam(10, 'Exit channel: bars before today whose lowest low a close must break.'),
});

export type DonchianBreakoutParams = z.output<typeof paramsSchema>;

/**
 * `donchian_breakout {period=20, exit_period=10}` (turtle-style): enter long when close > highest
 * high of the previous `period` bars, exit when close < lowest low of the previous `exit_period`
 * bars, otherwise keep the position. With `allowShort`, the mirror: enter short when close <
 * lowest low of the previous `period` bars, cover when close > highest high of the previous
 * `exit_period` bars. The channels exclude the current bar. Warm-up: max(period, exit_period) + 1.
 */
export const donchianBreakout: StrategyDefinition<DonchianBreakoutParams> = {
  id: 'donchian_breakout',
  description:
    'Breakout: buy when the close beats the highest high of the previous 20 bars, sell when it breaks the ' +
    'lowest low of the previous 10; the mirror image short when allowed.',
  paramsSchema,
  searchSpace: { period: { min: 5, max: 100, step: 1 }, exit_period: { min: 3, max: 60, step: 1 } },
  warmupBars: (params) => Math.max(params.period, params.exit_period) + 1,
  computeTargets: (bars, params, context) => {
    const cache = context.indicators;
    const entryHigh = cachedPriorHigh(bars, params.period, cache);
    const entryLow = cachedPriorLow(bars, params.period, cache);
    const exitHigh = cachedPriorHigh(bars, params.exit_period, cache);
    const exitLow = cachedPriorLow(bars, params.exit_period, cache);
    const close = bars.close;
    return runPositionStateMachine(close.length, context, {
      firstBar: Math.max(params.period, params.exit_period),
      enterLong: (t) => close[t]! > entryHigh[t]!,
      exitLong: (t) => close[t]! < exitLow[t]!,
      enterShort: (t) => close[t]! < entryLow[t]!,
      exitShort: (t) => close[t]! > exitHigh[t]!,
    });
  },
};
