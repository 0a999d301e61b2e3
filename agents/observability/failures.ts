/** How a failure is recorded in logs (`error` field) and on spans (status message, error code). */
export interface RunFailure {
  code: string;
  message: string;
}

/** BacktestPilotError carries a snake_case `code`; other errors fall back to their class name. */
export function describeError(error: unknown): RunFailure {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { code: typeof code === 'string' ? code : error.name, message: error.message };
  }
  return { code: 'error', message: String(error) };
}
