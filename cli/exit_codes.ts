import type { ErrorCode } from '../tools/errors.js';

/**
 * The one exit-code table (README, "Exit codes"): 0 only when the command did all it says,
 * including the save; 2 when the input was wrong (a usage error, a bad value, a name or an id
 * that does not exist), so a script can tell "fix the call" from "something broke" (1).
 */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_BAD_INPUT = 2;

type FailureExit = typeof EXIT_FAILED | typeof EXIT_BAD_INPUT;

// A Record, not a set: a new error code does not compile until it is placed in the table.
const EXIT_CODE_OF: Readonly<Record<ErrorCode, FailureExit>> = {
  usage: EXIT_BAD_INPUT,
  bad_flag: EXIT_BAD_INPUT,
  bad_id: EXIT_BAD_INPUT,
  bad_request: EXIT_BAD_INPUT,
  bad_interval: EXIT_BAD_INPUT,
  unsupported_rule: EXIT_BAD_INPUT,
  several_periods: EXIT_BAD_INPUT,
  data_window: EXIT_BAD_INPUT,
  unknown_source: EXIT_BAD_INPUT,
  bad_symbol: EXIT_BAD_INPUT,
  sweep_too_large: EXIT_BAD_INPUT,
  file_exists: EXIT_BAD_INPUT,
  database_missing: EXIT_BAD_INPUT,
  bad_eval_set: EXIT_BAD_INPUT,
  bad_date: EXIT_BAD_INPUT,
  bad_config: EXIT_BAD_INPUT,
  bad_parameters: EXIT_BAD_INPUT,
  request_too_long: EXIT_BAD_INPUT,
  no_symbol: EXIT_BAD_INPUT,
  unknown_symbol: EXIT_BAD_INPUT,
  unknown_strategy: EXIT_BAD_INPUT,
  end_before_start: EXIT_BAD_INPUT,
  future_dates: EXIT_BAD_INPUT,
  out_of_data_range: EXIT_BAD_INPUT,
  insufficient_history: EXIT_BAD_INPUT,
  insufficient_data: EXIT_BAD_INPUT,
  experiment_not_found: EXIT_BAD_INPUT,
  sweep_not_found: EXIT_BAD_INPUT,
  not_understood: EXIT_BAD_INPUT,
  interval_unavailable: EXIT_BAD_INPUT,
  bad_weights: EXIT_BAD_INPUT,
  infeasible_portfolio: EXIT_BAD_INPUT,
  unknown_metric: EXIT_BAD_INPUT,
  // The API server's refusals of a request (they reach the CLI only through a client).
  unauthorized: EXIT_BAD_INPUT,
  forbidden_user: EXIT_BAD_INPUT,
  body_too_large: EXIT_BAD_INPUT,
  malformed_json: EXIT_BAD_INPUT,
  unsupported_media_type: EXIT_BAD_INPUT,
  not_found: EXIT_BAD_INPUT,
  unknown_app: EXIT_BAD_INPUT,
  client_state_refused: EXIT_BAD_INPUT,
  session_not_found: EXIT_BAD_INPUT,
  session_exists: EXIT_BAD_INPUT,
  bad_data_file: EXIT_FAILED,
  invalid_data: EXIT_FAILED,
  data_unavailable: EXIT_FAILED,
  rate_limited: EXIT_FAILED,
  session_busy: EXIT_FAILED,
  overloaded: EXIT_FAILED,
  queue_timeout: EXIT_FAILED,
  run_timeout: EXIT_FAILED,
  shutting_down: EXIT_FAILED,
  internal: EXIT_FAILED,
  invalid_argument: EXIT_FAILED,
  run_failed: EXIT_FAILED,
  session_state_invalid: EXIT_FAILED,
  database_newer_schema: EXIT_FAILED,
  database_corrupt: EXIT_FAILED,
  database_read_only: EXIT_FAILED,
  database_unavailable: EXIT_FAILED,
  backup_failed: EXIT_FAILED,
  output_not_writable: EXIT_FAILED,
  queue_unavailable: EXIT_FAILED,
  sweep_failed: EXIT_FAILED,
  sweep_cancelled: EXIT_FAILED,
  // Asked for the results of a sweep that has not finished: ask again later.
  sweep_running: EXIT_FAILED,
  sweep_finished: EXIT_FAILED,
  sweep_store_mismatch: EXIT_FAILED,
  search_over_budget: EXIT_BAD_INPUT,
  // An agent tool called out of turn: the model's mistake, not the user's input.
  step_out_of_order: EXIT_FAILED,
};

/** Every error code with its exit code, in the table's order: what the README's exit-code table lists. */
export const ERROR_EXIT_CODES: ReadonlyArray<readonly [ErrorCode, FailureExit]> = Object.entries(EXIT_CODE_OF) as Array<[ErrorCode, FailureExit]>;

/** The exit code of an error; a code from outside the table (an agent's model error) is a failure. */
export function exitCodeOf(error: { code: string }): FailureExit {
  return Object.hasOwn(EXIT_CODE_OF, error.code) ? EXIT_CODE_OF[error.code as ErrorCode] : EXIT_FAILED;
}
