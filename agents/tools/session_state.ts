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
} as const;

/** Keys one run writes; cleared when a new request is parsed so no stale result leaks into it. */
export const RUN_OUTPUT_KEYS: readonly string[] = [
  STATE_KEYS.validation, STATE_KEYS.marketData, STATE_KEYS.backtestResults, STATE_KEYS.portfolio, STATE_KEYS.ranking,
  STATE_KEYS.optimization, STATE_KEYS.queuedSearch, STATE_KEYS.weightSearch, STATE_KEYS.report, STATE_KEYS.reportDocument, STATE_KEYS.experiment,
];

/** The part of ADK's `State` the tools use; structural, so tests can pass a plain map. */
export interface SessionState {
  get<T>(key: string, defaultValue?: T): T | undefined;
  set(key: string, value: unknown): void;
}

/** A tool's view of its ADK context: the state, and the loop-exit flag for the optimisation loop. */
export interface ToolSession {
  readonly state: SessionState;
  readonly actions?: { escalate?: boolean };
}

/** An in-memory session for tests and for the CLI's direct (agent-free) use of the tools. */
export function createMemorySession(initial: Record<string, unknown> = {}): ToolSession & { readonly actions: { escalate?: boolean } } {
  const values = new Map(Object.entries(initial));
  return {
    state: {
      get: <T>(key: string, defaultValue?: T) => (values.has(key) ? (values.get(key) as T) : defaultValue),
      set: (key: string, value: unknown) => { values.set(key, value); },
    },
    actions: {},
  };
}
