import { isBacktestPilotError } from '../tools/errors.js';
import { reportError } from './report_error.js';

/**
 * Wraps a command action so every failure prints one clear line (or `{"error": {...}}` with
 * --json) and exits with the code the table gives it (cli/exit_codes.ts); a stack trace is shown only for bugs, never for bad input.
 */
export function runCommand<Args extends unknown[]>(
  action: (...args: Args) => Promise<void> | void,
  wantsJson: (...args: Args) => boolean = () => false,
): (...args: Args) => Promise<void> {
  return async (...args: Args) => {
    try {
      await action(...args);
    } catch (error) {
      if (!isBacktestPilotError(error)) throw error;
      reportError(error.toJSON(), wantsJson(...args));
    }
  };
}

/** Finds the options object commander passes last, to read `--json` from it. */
export function jsonFlagOf(...args: unknown[]): boolean {
  for (let index = args.length - 1; index >= 0; index--) {
    const candidate = args[index];
    if (candidate && typeof candidate === 'object' && 'json' in candidate) {
      return Boolean((candidate as { json?: unknown }).json);
    }
  }
  return false;
}
