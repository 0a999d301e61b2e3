import { z } from 'zod';
import { DEFAULT_INTERVAL } from '../data/load_series.js';
import { DateWindowSchema } from '../dates/date_window.js';
import { BarIntervalSchema, RequestSpecSchema, StrategyRequestSchema } from '../request/request_spec.js';
import { EngineSettingsSchema } from './engine_settings.js';

/** A strategy and the parameters it is given: the request's own entry, less the baseline mark only the parser sets. */
export const StrategySelectionSchema = StrategyRequestSchema.omit({ baseline: true });

/**
 * Input of `btp backtest` and of the direct (agent-free) runs: the RequestSpec's fields — strategies,
 * interval, ranking metric, engine settings — taken from its schema, plus the two things a direct
 * run names its own way: symbols may be aliases ("ethereum"), and the window is `start`/`end`.
 */
export const BacktestRequestSchema = z.object({
  symbols: z.array(z.string().min(1)).min(1).max(25).describe('Symbols or aliases, e.g. ["BTC", "ethereum"]'),
  strategies: z.array(StrategySelectionSchema).min(1).max(25),
  ...DateWindowSchema.shape,
  interval: BarIntervalSchema.default(DEFAULT_INTERVAL),
  rank_by: RequestSpecSchema.shape.rank_by,
  ...EngineSettingsSchema.shape,
});

export type BacktestRequest = z.output<typeof BacktestRequestSchema>;
export type BacktestRequestInput = z.input<typeof BacktestRequestSchema>;
