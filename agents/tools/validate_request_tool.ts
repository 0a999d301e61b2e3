import { FunctionTool } from '@google/adk';
import { z } from 'zod';
import { getSupportedSymbols } from '../../tools/data/index.js';
import { BacktestPilotError } from '../../tools/errors.js';
import type { RequestSpec } from '../../tools/request/request_spec.js';
import { runWindowFor } from '../../tools/request/run_window.js';
import { validateRequestSpec } from '../../tools/request/validate_request_spec.js';
import type { ValidationState } from '../../tools/request/validation_state.js';
import type { ToolDependencies } from '../../tools/tool_dependencies.js';
import { STATE_KEYS, type ToolSession } from './session_state.js';
import { returningErrors } from './tool_response.js';

export const ValidateRequestInputSchema = z.object({});

/**
 * Reads the conversation's spec and checks it against the data directory, before any heavy step.
 * A spec that passes becomes the conversation's confirmed request; one that fails is rolled back
 * to the last confirmed one, so a bad follow-up ("now try it on AVAX") loses nothing earlier.
 */
export async function validateRequestInSession(session: ToolSession, dependencies: ToolDependencies): Promise<ValidationState> {
  const spec = session.state.get<RequestSpec | null>(STATE_KEYS.spec);
  if (!spec) {
    throw new BacktestPilotError('no_symbol', 'there is no request to validate yet; ask for a backtest first, e.g. "Backtest SMA 20/50 on BTC for 2022"');
  }
  const listing = await getSupportedSymbols(dependencies.dataDir, { cacheDir: dependencies.cacheDir });
  const outcome = validateRequestSpec(spec, { today: dependencies.today(), symbols: listing });
  const validation: ValidationState = outcome.ok
    ? { ok: true, notes: outcome.notes, run_window: runWindowFor(outcome.spec, listing) }
    : { ok: false, error: outcome.error };
  session.state.set(STATE_KEYS.validation, validation);
  if (validation.ok) {
    session.state.set(STATE_KEYS.validatedSpec, spec);
    session.state.set(STATE_KEYS.validatedHistory, session.state.get<string[]>(STATE_KEYS.requestHistory) ?? []);
  } else {
    session.state.set(STATE_KEYS.spec, session.state.get<RequestSpec | null>(STATE_KEYS.validatedSpec) ?? null);
    session.state.set(STATE_KEYS.requestHistory, session.state.get<string[]>(STATE_KEYS.validatedHistory) ?? []);
  }
  return validation;
}

export function createValidateRequestTool(dependencies: ToolDependencies): FunctionTool<typeof ValidateRequestInputSchema> {
  return new FunctionTool({
    name: 'validate_request',
    description:
      'Check the current request spec against the available data before anything runs: symbols, strategies, parameters, ' +
      'dates and history length. Returns {ok, notes, run_window} or {ok: false, error: {code, message}}.',
    parameters: ValidateRequestInputSchema,
    execute: (_input, context) => returningErrors(() => validateRequestInSession(context!, dependencies)),
  });
}
