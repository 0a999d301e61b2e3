import type { z } from 'zod';
import type { StrategyDefinition } from '../types.js';
import { strategyParamsSchema } from './param_schemas.js';
import { targetArray } from './target_array.js';

const paramsSchema = strategyParamsSchema({});

export type BuyAndHoldParams = z.output<typeof paramsSchema>;

/**
 * `buy_and_hold {}`: long on every bar, the first included; ignores `allowShort`. The benchmark
 * every other strategy is compared with. Warm-up: 1 bar (its first target is valid at bar 0).
 */
export const buyAndHold: StrategyDefinition<BuyAndHoldParams> = {
  id: 'buy_and_hold',
  description: 'Benchmark: buy on the first bar and hold to the end.',
  paramsSchema,
  searchSpace: {},
  warmupBars: () => 1,
  computeTargets: (bars, _params, context) => targetArray(context, bars.close.length).fill(1),
};
