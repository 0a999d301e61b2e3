/** What every interface prints under "error": a stable code, a message, and details. */
interface ErrorJson {
  code: string;
  message: string;
}
import { EXIT_FAILED, exitCodeOf } from './exit_codes.js';

/**
 * The one error format: `error [code]: message` on stderr (or `{"error": {...}}` on stdout with
 * --json, where a script reads it), and the exit code from the table. Nothing else prints errors.
 */
export function reportError(error: ErrorJson & Record<string, unknown>, json: boolean): void {
  process.exitCode = exitCodeOf(error);
  if (json) process.stdout.write(`${JSON.stringify({ error })}\n`);
  else process.stderr.write(`error [${error.code}]: ${error.message}\n`);
}

/**
 * A run whose result printed but whose save failed: the result stays on stdout, the failure goes
 * to stderr, and the command exits non-zero, since it did not do all it says.
 */
export function reportSaveFailure(error: ErrorJson): void {
  process.exitCode = EXIT_FAILED;
  process.stderr.write(`error [${error.code}]: not saved: ${error.message}\n`);
}
