/** What crosses the queue: a job names its data and its candidates, never carries the series. */
import { z } from 'zod';
import { DateWindowSchema } from '../tools/dates/date_window.js';
import type { OhlcvSeries } from '../tools/data/types.js';
import type { InvalidRowPolicy } from '../tools/data/row_rules.js';
import { StoredResultSchema } from '../memory/experiment_schemas.js';
import { MetricKeySchema } from '../tools/risk/metric_key_schema.js';

/** The one queue every sweep's jobs go through; job names tell the kinds apart. */
export const SWEEP_QUEUE = 'btp-sweeps';
export const CANDIDATE_JOB = 'candidates';
export const BACKTEST_JOB = 'backtests';

/**
 * A series by identity: what a worker loads through its own data path, then checks, so that a
 * worker with other data fails the job instead of scoring different numbers.
 */
export const SeriesRefSchema = z.object({
  symbol: z.string().min(1),
  interval: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bars: z.number().int().positive(),
  first: z.number(),
  last: z.number(),
  invalidRows: z.enum(['error', 'drop']),
}).strict();
export type SeriesRef = z.infer<typeof SeriesRefSchema>;

const EngineSettingsSchema = z.object({
  initialCapital: z.number(), feesBps: z.number(), slippageBps: z.number(), fill: z.enum(['next_open', 'close']), allowShort: z.boolean(),
}).strict();

/** One slice of a parameter search: candidates of one strategy on one series and window. */
export const CandidateJobSchema = z.object({
  sweep: z.number().int().positive(),
  slice: z.number().int().nonnegative(),
  series: SeriesRefSchema,
  strategy: z.string().min(1),
  range: DateWindowSchema.optional(),
  settings: EngineSettingsSchema,
  riskFreeRate: z.number().optional(),
  names: z.array(z.string().min(1)).min(1),
  /** Candidates × names, row-major: doubles survive JSON exactly. */
  values: z.array(z.number()),
}).strict();
export type CandidateJob = z.infer<typeof CandidateJobSchema>;

/** One slice of a batch sweep: backtests of any strategies on any series, over one window and settings. */
export const BacktestJobSchema = z.object({
  sweep: z.number().int().positive(),
  slice: z.number().int().nonnegative(),
  range: DateWindowSchema.optional(),
  settings: EngineSettingsSchema,
  riskFreeRate: z.number().optional(),
  backtests: z.array(z.object({
    series: SeriesRefSchema,
    strategy: z.string().min(1),
    params: z.record(z.string(), z.number()).optional(),
  }).strict()).min(1),
}).strict();
export type BacktestJobData = z.infer<typeof BacktestJobSchema>;

/** What a worker returns for a slice of backtests: their summaries in the slice's order (JSON keeps every double exactly). */
export const BacktestJobResultSchema = z.object({
  summaries: z.array(StoredResultSchema.omit({ rank: true, baseline: true })),
  worker: z.string(),
  ms: z.number(),
}).strict();
export type BacktestJobResult = z.infer<typeof BacktestJobResultSchema>;

/** A finished batch sweep's ranked results, as the registry keeps them. */
export const BatchResultsSchema = z.object({
  results: BacktestJobResultSchema.shape.summaries,
  rank_by: MetricKeySchema,
  notes: z.array(z.string()),
}).strict();

/** What a worker returns for a job. */
export const JobResultSchema = z.object({
  /** Float64 packed metrics (NaN for null), little-endian, base64: NaN and -0 survive, JSON would not keep them. */
  metrics: z.string(),
  /** `host:pid` of the worker process that scored it. */
  worker: z.string(),
  ms: z.number(),
}).strict();
export type JobResult = z.infer<typeof JobResultSchema>;

/** Deterministic job ids, so a retried, duplicated or resumed job is one job (BullMQ ids may not contain ':'). */
export function jobIdOf(sweep: number, slice: number): string {
  return `sweep-${sweep}-${slice}`;
}

export function seriesRefOf(series: OhlcvSeries, invalidRows: InvalidRowPolicy): SeriesRef {
  return {
    symbol: series.symbol, interval: series.interval, sha256: series.sha256, bars: series.time.length,
    first: series.time[0] ?? 0, last: series.time[series.time.length - 1] ?? 0, invalidRows,
  };
}

export function encodeFloat64(values: Float64Array): string {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64');
}

export function decodeFloat64(text: string): Float64Array {
  const bytes = Buffer.from(text, 'base64');
  // Copied into its own aligned buffer: Buffer.from may hand back a slice of a shared pool.
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return new Float64Array(copy.buffer);
}
