import { z } from 'zod';
import type { BacktestResult } from '../../tools/backtest/backtest_result.js';
import type { MarketDataSummary } from '../../tools/data/market_data_summary.js';
import { IsoDateSchema } from '../../tools/dates/iso_date.js';
import type { OptimizationState } from '../../tools/optimization/optimization_state.js';
import type { WeightSearchState } from '../../tools/portfolio/optimize/weight_target_search.js';
import type { PortfolioRunState } from '../../tools/portfolio/portfolio_from_spec.js';
import type { ReportDocument } from '../../tools/report/report_document.js';
import { RequestReaderSchema } from '../../tools/report/report_input.js';
import { RequestSpecSchema } from '../../tools/request/request_spec.js';
import { ValidationStateSchema } from '../../tools/request/validation_state.js';
import type { RiskAnalysis } from '../../tools/risk/risk_analysis.js';
import { StoredErrorSchema } from '../../tools/stored_error.js';
import { QueuedSearchSchema } from '../../tools/pipeline/queued_search.js';
import { defineRunValueKey, defineStateKey, type StateKey } from './state_key.js';

/**
 * The session-state contract of the backtest pipeline: which key holds what. Agents pass data
 * only through these keys (never by calling each other); each tool reads its inputs from here and
 * writes its outputs here. Values are plain JSON so every session service can persist them.
 */
export const STATE_KEYS = {
  /** RequestSpec: what the user asked for, merged over the conversation. */
  spec: 'spec',
  /** RequestReader | null: which model read the latest request, under BTP_MODEL=hybrid. */
  requestReader: 'request_reader',
  /** string[]: the user messages that built the spec, oldest first (for follow-ups). */
  requestHistory: 'request_history',
  /** RequestSpec and string[]: the last spec that passed validation and the messages that built it. */
  validatedSpec: 'validated_spec',
  validatedHistory: 'validated_history',
  /** ValidationState: the outcome of validation and the window the run uses. */
  validation: 'validation',
  /** MarketDataSummary[]: one per symbol, with the file used and its hash. */
  marketData: 'market_data',
  /** BacktestResult[] of one backtest shard (key per shard). */
  backtestShardPrefix: 'backtest_shard_',
  /** BacktestResult[]: all results, ranked best first. */
  backtestResults: 'backtest_results',
  /** PortfolioRunState | null: the portfolio run, when the request asked for a portfolio. */
  portfolio: 'portfolio',
  /** RiskAnalysis: the compact ranking the report and the model read. */
  ranking: 'ranking',
  /** OptimizationState. */
  optimization: 'optimization',
  /** QueuedSearch: an exhaustive search over the budget, queued on the worker fleet instead of run (the run then saves no experiment). */
  queuedSearch: 'queued_search',
  /** WeightSearchState: the portfolio's weights searched toward the targets, when it has targets and no objective. */
  weightSearch: 'weight_search',
  /** string: the final report text. */
  report: 'report',
  /** ReportDocument: the report as data (sections, tables, chart series), what every renderer reads. */
  reportDocument: 'report_document',
  /** {id} of the experiment the run was saved as, or {error} when the store refused it. */
  experiment: 'experiment',
  /** YYYY-MM-DD: the turn's date ("last week", "last year's data"), set as each turn starts (turn_facts.ts). */
  today: 'today',
} as const;

/** {id} of the saved experiment, or {error} when the store refused the run. */
const SavedExperimentSchema = z.object({ id: z.number().int().positive().optional(), error: StoredErrorSchema.optional() })
  .strict().refine((saved) => (saved.id === undefined) !== (saved.error === undefined), 'either the saved id or the error, not both');

/** The keys with the type each holds: tools read and write state only through these (state_key.ts). */
export const STATE = {
  spec: defineStateKey(STATE_KEYS.spec, RequestSpecSchema),
  requestReader: defineStateKey(STATE_KEYS.requestReader, RequestReaderSchema),
  requestHistory: defineStateKey(STATE_KEYS.requestHistory, z.array(z.string())),
  validatedSpec: defineStateKey(STATE_KEYS.validatedSpec, RequestSpecSchema),
  validatedHistory: defineStateKey(STATE_KEYS.validatedHistory, z.array(z.string())),
  validation: defineStateKey(STATE_KEYS.validation, ValidationStateSchema),
  marketData: defineRunValueKey<MarketDataSummary[]>(STATE_KEYS.marketData),
  today: defineStateKey(STATE_KEYS.today, IsoDateSchema),
  queuedSearch: defineStateKey(STATE_KEYS.queuedSearch, QueuedSearchSchema),
  experiment: defineStateKey(STATE_KEYS.experiment, SavedExperimentSchema),
  backtestResults: defineRunValueKey<BacktestResult[]>(STATE_KEYS.backtestResults),
  portfolio: defineRunValueKey<PortfolioRunState>(STATE_KEYS.portfolio),
  ranking: defineRunValueKey<RiskAnalysis>(STATE_KEYS.ranking),
  optimization: defineRunValueKey<OptimizationState>(STATE_KEYS.optimization),
  weightSearch: defineRunValueKey<WeightSearchState>(STATE_KEYS.weightSearch),
  report: defineRunValueKey<string>(STATE_KEYS.report),
  reportDocument: defineRunValueKey<ReportDocument>(STATE_KEYS.reportDocument),
} as const;

/** The results of one backtest shard (a run value, like the merged results). */
export function backtestShardKey(shard: number): StateKey<BacktestResult[]> {
  return defineRunValueKey<BacktestResult[]>(`${STATE_KEYS.backtestShardPrefix}${shard}`);
}

/** Keys one run writes; cleared when a new request is parsed so no stale result leaks into it. */
export const RUN_OUTPUT_KEYS: readonly StateKey<unknown>[] = [
  STATE.validation, STATE.marketData, STATE.backtestResults, STATE.portfolio, STATE.ranking,
  STATE.optimization, STATE.queuedSearch, STATE.weightSearch, STATE.report, STATE.reportDocument, STATE.experiment,
];

/**
 * The part of ADK's `State` the tools use; structural, so tests can pass a plain map. `get` answers
 * `unknown`: a value gets its type only through its key (readState), never at a call site.
 */
export interface SessionState {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

/** A tool's view of its ADK context: the session state it reads and writes. */
export interface ToolSession {
  readonly state: SessionState;
}

/** An in-memory session: the tools' tests, and the CLI reading a finished turn's state through the typed keys. */
export function createMemorySession(initial: Record<string, unknown> = {}): ToolSession {
  const values = new Map(Object.entries(initial));
  return {
    state: {
      get: (key: string) => values.get(key),
      set: (key: string, value: unknown) => { values.set(key, value); },
    },
  };
}
