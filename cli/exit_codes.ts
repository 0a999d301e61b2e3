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
  bad_input: EXIT_BAD_INPUT,
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
  not_understood: EXIT_BAD_INPUT,
  interval_unavailable: EXIT_BAD_INPUT,
  bad_data_file: EXIT_FAILED,
  database_newer_schema: EXIT_FAILED,
  database_corrupt: EXIT_FAILED,
  database_read_only: EXIT_FAILED,
};

/** The exit code of an error; a code from outside the table (an agent's model error) is a failure. */
export function exitCodeOf(error: { code: string }): FailureExit {
  return Object.hasOwn(EXIT_CODE_OF, error.code) ? EXIT_CODE_OF[error.code as ErrorCode] : EXIT_FAILED;
}
