import type { z } from 'zod';
import { BacktestPilotError } from '../../tools/errors.js';
import type { SessionState } from './session_state.js';

/**
 * One session-state key and the type of what it holds. The type is chosen once, where the key is
 * defined, instead of at each `state.get<T>` call site.
 */
export interface StateKey<T> {
  readonly name: string;
  /** The stored value as T, or a typed error when it is not one. */
  readonly decode: (stored: unknown) => T;
}

/**
 * A key whose value goes through the session store (JSON in SQLite or Postgres, sent back by
 * `/run`): it may come from an earlier turn, an older version of the app or another instance, so
 * it is parsed with its schema each time it is read.
 */
export function defineStateKey<T>(name: string, schema: z.ZodType<T>): StateKey<T> {
  return {
    name,
    decode: (stored) => {
      const parsed = schema.safeParse(stored);
      if (parsed.success) return parsed.data;
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
      throw new BacktestPilotError(
        'session_state_invalid',
        `session state "${name}" does not hold what this version of BackTestPilot writes there (${issue?.message ?? 'invalid'}${where}); start a new session`,
        { key: name },
      );
    },
  };
}

/**
 * A key for a bulky value of one run (results, optimiser trials, the report), which stays in the
 * process that made it and never reaches the session store (see run_values.ts): what a reader gets
 * is the very object its writer set in this invocation, so it is not parsed again.
 */
export function defineRunValueKey<T>(name: string): StateKey<T> {
  return { name, decode: (stored) => stored as T };
}

/** What session state shows for a run value of another invocation (run_values.ts). */
function isHeldElsewhere(stored: unknown): boolean {
  return typeof stored === 'object' && stored !== null && (stored as { held_in_process?: unknown }).held_in_process === true;
}

/** The key's value; `undefined` when it was never set, was cleared (null), or belongs to another run. */
export function readState<T>(state: SessionState, key: StateKey<T>): T | undefined {
  const stored = state.get(key.name);
  if (stored === undefined || stored === null || isHeldElsewhere(stored)) return undefined;
  return key.decode(stored);
}

/** Sets the key; null clears it (a new request clears the last run's outputs). */
export function writeState<T>(state: SessionState, key: StateKey<T>, value: T | null): void {
  state.set(key.name, value);
}
