import type { SingleAgentCallback } from '@google/adk';
import type { Content } from '@google/genai';
import { STATE } from '../tools/session_state.js';
import { readState } from '../tools/state_key.js';
import { runState } from '../tools/run_values.js';

/**
 * The report agent's answer is the report this run rendered, as it is: no model retypes a document
 * whose every number must be exact, and the session stores its text once (not in the tool's reply
 * and again in the answer). A run whose render failed has no report: the model has said why.
 */
export const answerWithReport: SingleAgentCallback = (context) => {
  const report = readState(runState(context), STATE.report);
  if (report === undefined) return undefined;
  const answer: Content = { role: 'model', parts: [{ text: report }] };
  return answer;
};
