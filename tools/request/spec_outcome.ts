import type { BacktestPilotError } from '../errors.js';
import type { RequestSpec } from './request_spec.js';

/** The `{"code", "message", ...details}` object every interface prints under `"error"`. */
export type ErrorJson = ReturnType<BacktestPilotError['toJSON']>;

/** What parsing and validation return: a spec with notes for the user, or the first problem found. */
export type SpecOutcome =
  | { ok: true; spec: RequestSpec; notes: string[] }
  | { ok: false; error: ErrorJson };

export function failure(error: BacktestPilotError): SpecOutcome {
  return { ok: false, error: error.toJSON() };
}
