import { FunctionTool } from '@google/adk';
import { z } from 'zod';
import { csvFolderSource } from '../../tools/data/index.js';
import { fetchMissingData } from '../../tools/data/source/fetch_missing.js';
import { BacktestPilotError, isBacktestPilotError } from '../../tools/errors.js';
import type { RequestSpec } from '../../tools/request/request_spec.js';
import { runWindowFor } from '../../tools/request/run_window.js';
import { validateRequestSpec } from '../../tools/request/validate_request_spec.js';
import type { ValidationState } from '../../tools/request/validation_state.js';
import type { ToolDependencies } from '../../tools/tool_dependencies.js';
import { STATE, type ToolSession } from './session_state.js';
import { readState, writeState } from './state_key.js';
import { placeRequestSearch, queueExhaustiveSearch } from './queue_exhaustive_search.js';
import { runSession } from './run_values.js';
import { returningErrors } from './tool_response.js';

export const ValidateRequestInputSchema = z.object({});

/**
 * The data listing, after fetching (in parallel) what the request names that the data folders
 * lack: a symbol, an interval or dates. Offline, a piece the request cannot run without is
 * `data_unavailable`, reported as this validation's error.
 */
async function listingWithMissingFetched(spec: RequestSpec, dependencies: ToolDependencies) {
  const folders = csvFolderSource({ dataDir: dependencies.dataDir, cacheDir: dependencies.cacheDir });
  const list = () => folders.list();
  const listing = await list();
  const interval = (spec as RequestSpec & { interval?: string }).interval;
  const wanted = {
    // A malformed spec is validation's to report; only well-formed symbols and dates are looked for.
    symbols: [...new Set([...(Array.isArray(spec.symbols) ? spec.symbols : []), ...Object.keys(spec.portfolio?.weights ?? {})])].filter((symbol) => typeof symbol === 'string'),
    ...(typeof interval === 'string' ? { interval } : {}), start: spec.date_range?.start, end: spec.date_range?.end,
    today: dependencies.today(), now: dependencies.now,
  };
  try {
    const { attempted, notes } = await fetchMissingData(wanted, { dataDir: dependencies.dataDir, cacheDir: dependencies.cacheDir }, listing);
    return { listing: attempted ? await list() : listing, fetchNotes: notes, unavailable: undefined };
  } catch (error) {
    if (!isBacktestPilotError(error)) throw error;
    if (error.code === 'data_unavailable') return { listing, fetchNotes: [], unavailable: error };
    // A bad date or symbol in the spec: validation names it, with its own checks and order.
    return { listing, fetchNotes: [], unavailable: undefined };
  }
}

/**
 * Reads the conversation's spec and checks it against the data directory, before any heavy step.
 * A spec that passes becomes the conversation's confirmed request; one that fails is rolled back
 * to the last confirmed one, so a bad follow-up ("now try it on AVAX") loses nothing earlier.
 */
export async function validateRequestInSession(session: ToolSession, dependencies: ToolDependencies): Promise<ValidationState> {
  const spec = readState(session.state, STATE.spec);
  if (!spec) {
    throw new BacktestPilotError('no_symbol', 'there is no request to validate yet; ask for a backtest first, e.g. "Backtest SMA 20/50 on BTC for 2022"');
  }
  const { listing, fetchNotes, unavailable } = await listingWithMissingFetched(spec, dependencies);
  const checked = unavailable ? { ok: false as const, error: unavailable.toJSON() } : validateRequestSpec(spec, { today: dependencies.today(), symbols: listing });
  // An exhaustive search too big to run here is refused before anything runs when there is no fleet, and queued on it when there is.
  const placed = checked.ok && checked.spec.search === 'exhaustive' ? placeRequestSearch(checked.spec, dependencies) : undefined;
  const outcome = placed?.place.where === 'nowhere' ? { ok: false as const, error: placed.place.error.toJSON() } : checked;
  const validation: ValidationState = outcome.ok
    ? { ok: true, notes: [...fetchNotes, ...outcome.notes], run_window: runWindowFor(outcome.spec, listing) }
    : { ok: false, error: outcome.error };
  // Once per run: a second call (a model that validates twice) must not queue the search twice.
  if (validation.ok && placed?.place.where === 'fleet' && !readState(session.state, STATE.queuedSearch)) {
    const requestText = readState(session.state, STATE.requestHistory)?.at(-1) ?? '';
    // Placed on the fleet only when the app has one, so its Redis URL is set. Queued before the
    // validation is recorded: a queue that cannot be reached fails the step and nothing is marked valid.
    writeState(session.state, STATE.queuedSearch, await queueExhaustiveSearch(spec, validation.run_window, placed.grid.combos, requestText, dependencies.redisUrl!));
  }
  writeState(session.state, STATE.validation, validation);
  if (validation.ok) {
    writeState(session.state, STATE.validatedSpec, spec);
    writeState(session.state, STATE.validatedHistory, readState(session.state, STATE.requestHistory) ?? []);
  } else {
    writeState(session.state, STATE.spec, readState(session.state, STATE.validatedSpec) ?? null);
    writeState(session.state, STATE.requestHistory, readState(session.state, STATE.validatedHistory) ?? []);
  }
  return validation;
}

export function createValidateRequestTool(dependencies: ToolDependencies): FunctionTool<typeof ValidateRequestInputSchema> {
  return new FunctionTool({
    name: 'validate_request',
    description:
      'Check the current request spec against the available data before anything runs: symbols, strategies, parameters, ' +
      'dates and history length. Returns {ok, notes, run_window} or {ok: false, error: {code, message}}. ' +
      'An exhaustive search ("try every combination") too big to run here is queued on the worker fleet at this point (queued_sweeps, candidates); then only the report step runs.',
    parameters: ValidateRequestInputSchema,
    execute: (_input, context) => returningErrors(async () => {
      const session = runSession(context!);
      const validation = await validateRequestInSession(session, dependencies);
      const queued = readState(session.state, STATE.queuedSearch);
      if (queued) return { ...validation, queued_sweeps: queued.sweeps.map((one) => one.sweep), candidates: queued.candidates };
      // A clean pass has nothing to tell: the step ends on the reply, without a model call to paraphrase it.
      if (validation.ok && validation.notes.length === 0) context!.actions.skipSummarization = true;
      return validation;
    }),
  });
}
