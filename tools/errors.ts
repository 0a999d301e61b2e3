/**
 * Typed errors shared by every tool. Callers and tests check `code` (stable, snake_case, shown to
 * users and the model), never the message text. `details` carries the structured facts a caller
 * needs to recover (the known symbols, the allowed range, ...).
 */
export type ErrorCode =
  | 'no_symbol'
  | 'unknown_symbol'
  | 'unknown_strategy'
  | 'bad_parameters'
  | 'end_before_start'
  | 'future_dates'
  | 'out_of_data_range'
  | 'insufficient_history'
  | 'bad_data_file'
  | 'bad_input'
  | 'experiment_not_found'
  | 'database_newer_schema'
  | 'database_corrupt'
  | 'database_read_only'
  | 'output_not_writable';

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
