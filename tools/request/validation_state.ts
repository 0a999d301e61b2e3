import type { RunWindow } from './run_window.js';
import type { ErrorJson } from './spec_outcome.js';

/** The outcome of validating a request against the data: the window the run uses, or the error. */
export type ValidationState =
  | { ok: true; notes: string[]; run_window: RunWindow }
  | { ok: false; error: ErrorJson };
