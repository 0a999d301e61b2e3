/**
 * Typed errors shared by every tool. Callers and tests check `code` (stable, snake_case, shown to
 * users and the model), never the message text. `details` carries the structured facts a caller
 * needs to recover (the known symbols, the allowed range, ...).
 */
export type ErrorCode =
  | 'no_symbol'
  | 'unknown_symbol'
  | 'unknown_strategy'
  | 'unknown_metric'
  | 'step_out_of_order'
  | 'bad_parameters'
  | 'end_before_start'
  | 'future_dates'
  | 'out_of_data_range'
  | 'insufficient_history'
  | 'bad_data_file'
  | 'invalid_data'
  | 'data_unavailable'
  // A flag's value the command cannot use (--port, --method, --target, --queue, ...); numbers in flags are bad_parameters.
  | 'bad_flag'
  // An id that is not well formed (an experiment, sweep, key, user or session id); a well-formed one that is absent is *_not_found.
  | 'bad_id'
  // A structured request whose shape is wrong: a JSON body, a request spec, a sweep or portfolio request, tool arguments.
  | 'bad_request'
  // A bar interval that is not spelled as a number and a unit (1d, 4h, 15m).
  | 'bad_interval'
  // Dates in a question about saved runs that name what their backtests covered ("my best sharpe on btc in 2022"): runs are found by the day they were made.
  | 'data_window'
  // Two or more separate date windows in one request ("2022 vs 2023"): one run covers one window.
  | 'several_periods'
  // An exit or sizing rule the strategies cannot follow (a stop loss, take profit, leverage, position sizing).
  | 'unsupported_rule'
  // A market-data source that cannot serve: an unknown exchange, or one without public OHLCV.
  | 'unknown_source'
  // A symbol that cannot be a ticker or a pair at its source ("BTC//" at Binance, "S P Y" at Yahoo).
  | 'bad_symbol'
  // A batch sweep larger than one command runs.
  | 'sweep_too_large'
  // A file a command would write already exists (a backup never overwrites).
  | 'file_exists'
  // No experiment database exists yet at the path the command reads.
  | 'database_missing'
  // A function was called with an argument it cannot use: a bug in its caller, never the user's input.
  | 'invalid_argument'
  // A file of the eval tooling (an eval set, its config, a Gemini recording) that cannot be read as one.
  | 'bad_eval_set'
  // A run the agents could not finish (a model error, a tool that raised): nothing was recorded from it.
  | 'run_failed'
  // A date that is malformed or does not exist (2021-02-31), wherever it was written: a flag, BTP_TODAY, a request.
  | 'bad_date'
  // An environment variable that configures the app (BTP_DATABASE_URL, BTP_SESSION_URI, BTP_API_KEYS, …) holds what it cannot use.
  | 'bad_config'
  | 'bad_weights'
  | 'infeasible_portfolio'
  | 'not_understood'
  | 'interval_unavailable'
  | 'experiment_not_found'
  | 'database_newer_schema'
  | 'database_corrupt'
  | 'database_read_only'
  | 'insufficient_data'
  | 'usage'
  // The API server (btp serve): each answers with its own HTTP status (server/api_errors.ts).
  | 'unauthorized'
  | 'forbidden_user'
  | 'rate_limited'
  | 'body_too_large'
  | 'malformed_json'
  | 'unsupported_media_type'
  | 'not_found'
  | 'unknown_app'
  | 'request_too_long'
  | 'client_state_refused'
  | 'session_not_found'
  | 'session_exists'
  | 'session_busy'
  | 'overloaded'
  | 'queue_timeout'
  | 'run_timeout'
  | 'shutting_down'
  | 'internal'
  // A stored session's state that this version cannot read (written by another version or by hand).
  | 'session_state_invalid'
  | 'database_unavailable'
  | 'backup_failed'
  | 'output_not_writable'
  // Sweeps on a worker fleet (btp worker, btp optimize --queue, btp sweep).
  | 'queue_unavailable'
  | 'sweep_not_found'
  | 'sweep_failed'
  | 'sweep_cancelled'
  | 'sweep_running'
  /** Resume or cancel of a sweep that has already finished. */
  | 'sweep_finished'
  /** A sweep's experiment was saved in another store than the one this caller reads. */
  | 'sweep_store_mismatch'
  /** An exhaustive search bigger than a request may run, with no fleet to queue it on. */
  | 'search_over_budget';

export class BacktestPilotError extends Error {
  override readonly name: string = 'BacktestPilotError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }

  /** The JSON shape every interface prints: `{"error": {"code", "message", ...details}}`. */
  toJSON(): { code: ErrorCode; message: string } & Record<string, unknown> {
    return { code: this.code, message: this.message, ...this.details };
  }
}

export function isBacktestPilotError(value: unknown): value is BacktestPilotError {
  return value instanceof BacktestPilotError;
}
