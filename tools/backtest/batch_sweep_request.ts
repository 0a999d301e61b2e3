import { z } from 'zod';
import { IsoDateSchema } from '../dates/iso_date.js';
import { BarIntervalSchema } from '../request/request_spec.js';
import { MetricKeySchema } from '../risk/metric_key_schema.js';
import { StrategySelectionSchema } from './backtest_request.js';
import { EngineSettingsSchema } from './engine_settings.js';

/** Most backtests one batch sweep may hold (symbols × strategies × intervals). */
export const MAX_SWEEP_BACKTESTS = 100_000;

/**
 * Input of a batch sweep (`btp sweep --symbols … --strategies … --intervals …`): every strategy on
 * every symbol at every interval, over one window, with one set of engine settings.
 */
export const BatchSweepRequestSchema = z.object({
  symbols: z.union([z.literal('all'), z.array(z.string().min(1)).min(1).max(1_000)])
    .describe('Symbols or aliases, e.g. ["BTC", "ETH"], or "all": every symbol the data folder has at each interval'),
  strategies: z.union([z.literal('all'), z.array(StrategySelectionSchema).min(1).max(100)])
    .describe('Strategies with optional parameters, or "all": every strategy with its default parameters'),
  intervals: z.array(BarIntervalSchema).min(1).max(12).default(['1d']).describe('Bar intervals, e.g. ["1d", "1h"]'),
  start: IsoDateSchema.optional().describe('First day, YYYY-MM-DD; omitted = the start of the data'),
  end: IsoDateSchema.optional().describe('Last day, YYYY-MM-DD; omitted = the end of the data'),
  rank_by: MetricKeySchema.default('sharpe_ratio').describe('Metric to rank results by (best first)'),
  ...EngineSettingsSchema.shape,
}).strict()
  .refine((request) => request.symbols === 'all' || new Set(request.symbols).size === request.symbols.length, { message: 'a symbol is listed twice', path: ['symbols'] })
  .refine((request) => new Set(request.intervals).size === request.intervals.length, { message: 'an interval is listed twice', path: ['intervals'] })
  .refine((request) => request.strategies === 'all' || new Set(request.strategies.map((one) => JSON.stringify([one.name, one.params ?? {}]))).size === request.strategies.length, {
    message: 'a strategy is listed twice with the same parameters', path: ['strategies'],
  })
  .refine((request) => request.symbols === 'all' || request.strategies === 'all' || request.symbols.length * request.strategies.length * request.intervals.length <= MAX_SWEEP_BACKTESTS, {
    message: `at most ${MAX_SWEEP_BACKTESTS.toLocaleString('en-US')} backtests (symbols × strategies × intervals) per sweep`,
  });

export type BatchSweepRequest = z.output<typeof BatchSweepRequestSchema>;
export type BatchSweepRequestInput = z.input<typeof BatchSweepRequestSchema>;
