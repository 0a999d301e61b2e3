import { isBacktestPilotError } from '../tools/errors.js';

/**
 * Wraps a command action so every failure prints one clear line (or `{"error": {...}}` with
 * --json) and exits non-zero; a stack trace is shown only for bugs, never for bad input.
 */
export function runCommand<Args extends unknown[]>(
  action: (...args: Args) => Promise<void> | void,
  wantsJson: (...args: Args) => boolean = () => false,
): (...args: Args) => Promise<void> {
  return async (...args: Args) => {
    try {
      await action(...args);
    } catch (error) {
      process.exitCode = 1;
      if (isBacktestPilotError(error)) {
        if (wantsJson(...args)) process.stdout.write(`${JSON.stringify({ error: error.toJSON() })}\n`);
        else process.stderr.write(`error [${error.code}]: ${error.message}\n`);
        return;
      }
      throw error;
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
