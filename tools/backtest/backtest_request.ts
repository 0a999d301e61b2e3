import { z } from 'zod';
import { METRIC_KEYS } from '../risk/types.js';
import { IsoDateSchema } from '../dates/iso_date.js';
import { EngineSettingsSchema } from './engine_settings.js';

export const StrategySelectionSchema = z.object({
  name: z.string().min(1).describe('Strategy id, e.g. sma_crossover, rsi_mean_reversion, buy_and_hold'),
  params: z.record(z.string(), z.number()).optional()
    .describe('Parameter overrides by name, e.g. {"short": 20, "long": 50}; omitted ones take defaults'),
});

/**
 * Input of `btp backtest` and the backtest tool: which symbols × strategies, the window, the engine
 * settings and the ranking metric. The one schema that validates, types and declares it.
 */
export const BacktestRequestSchema = z.object({
  symbols: z.array(z.string().min(1)).min(1).max(25).describe('Symbols or aliases, e.g. ["BTC", "ethereum"]'),
  strategies: z.array(StrategySelectionSchema).min(1).max(25),
  start: IsoDateSchema.optional().describe('First day, YYYY-MM-DD; omitted = the start of the data'),
  end: IsoDateSchema.optional().describe('Last day, YYYY-MM-DD; omitted = the end of the data'),
  interval: z.string().regex(/^\d+[mhdw]$/, 'an interval like 1d or 1h').default('1d'),
  rank_by: z.enum(METRIC_KEYS as [string, ...string[]]).default('sharpe_ratio')
    .describe('Metric to rank results by (best first)'),
  ...EngineSettingsSchema.shape,
});

export type BacktestRequest = z.output<typeof BacktestRequestSchema>;
export type BacktestRequestInput = z.input<typeof BacktestRequestSchema>;
