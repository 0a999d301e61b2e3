import type { SingleAgentCallback } from '@google/adk';
import type { Content } from '@google/genai';
import { STATE } from '../tools/session_state.js';
import { readState } from '../tools/state_key.js';

/**
 * SequentialAgent runs every step even after a failed one (it ignores escalate), so each step
 * after validation skips itself unless the request passed. The empty answer ends that step
 * without adding text: the user has already been told why by the validation agent.
 */
export const skipUnlessValidated: SingleAgentCallback = (context) => {
  const validation = readState(context.state, STATE.validation);
  if (validation?.ok === true) return undefined;
  const skipped: Content = { role: 'model', parts: [] };
  return skipped;
};

/**
 * The steps that compute (data, backtests, risk, optimisation) run only for a validated request
 * whose search was not queued on the worker fleet: a queued search's answer is the queue's news,
 * and running the request's backtests first would only delay it.
 */
export const skipUnlessRunHere: SingleAgentCallback = (context) => {
  const skipped = skipUnlessValidated(context);
  if (skipped) return skipped;
  if (!readState(context.state, STATE.queuedSearch)) return undefined;
  const nothing: Content = { role: 'model', parts: [] };
  return nothing;
};

/** The portfolio step runs only for a validated request that asked for a portfolio. */
export const skipUnlessPortfolio: SingleAgentCallback = (context) => {
  const skipped = skipUnlessRunHere(context);
  if (skipped) return skipped;
  const spec = readState(context.state, STATE.spec);
  if (spec?.portfolio) return undefined;
  const nothing: Content = { role: 'model', parts: [] };
  return nothing;
};

/** Settings every pipeline step shares: no hand-offs (the pipeline decides the order). */
export const PIPELINE_STEP = { disallowTransferToParent: true, disallowTransferToPeers: true } as const;
