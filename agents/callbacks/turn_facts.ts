import type { SingleAgentCallback, SingleBeforeModelCallback } from '@google/adk';
import type { ToolDependencies } from '../../tools/tool_dependencies.js';
import { STATE } from '../tools/session_state.js';
import { readState, writeState } from '../tools/state_key.js';

/**
 * Facts of the turn rather than of the agent, such as today's date, live in session state: the
 * instruction stays the same text from turn to turn (Gemini's context cache keeps hitting), and
 * the offline models get the date as a value instead of reading it back out of prose.
 */

/** The request label that carries the turn's date to the model, as ADK's own label carries the agent's name. */
export const TODAY_LABEL = 'btp_today';

/** The root's before-agent callback: the turn's date, from the one clock every tool reads. */
export function recordTurnFacts(dependencies: Pick<ToolDependencies, 'today'>): SingleAgentCallback {
  return (context) => {
    const today = dependencies.today();
    // Unchanged since the last turn: no state write, so no event of its own.
    if (readState(context.state, STATE.today) !== today) writeState(context.state, STATE.today, today);
    return undefined;
  };
}

/**
 * A before-model callback: hands the turn's date to the model as a request label. ADK drops
 * labels before calling the Gemini API, so Gemini reads the date from the instruction's `{today}`.
 */
export const labelTurnFacts: SingleBeforeModelCallback = ({ context, request }) => {
  const today = readState(context.state, STATE.today);
  if (today !== undefined) request.config = { ...request.config, labels: { ...request.config?.labels, [TODAY_LABEL]: today } };
  return undefined;
};
