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
  | 'bad_input'
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
