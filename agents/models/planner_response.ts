/**
 * Turns a planner's reply into the LlmResponse ADK expects, refusing replies ADK would mishandle:
 * a call to a tool the agent does not have makes ADK re-prompt until maxLlmCalls (adk-js.md §3.3),
 * and so does a transfer to an agent that is not a target; both become a final error response instead.
 */
import type { LlmResponse } from '@google/adk';
import type { AgentTurn, PlannedCall } from './agent_turn.js';
import type { PlannerReply } from './planner_registry.js';

/** The tool ADK adds to agents with sub-agents; its single argument is `agentName`. */
export const TRANSFER_TOOL = 'transfer_to_agent';

export type OfflineModelErrorCode =
  | 'planner_not_registered'
  | 'unknown_tool'
  | 'unknown_agent'
  | 'bad_planner_reply'
  | 'planner_failed';

export function errorResponse(errorCode: OfflineModelErrorCode, errorMessage: string): LlmResponse {
  return { errorCode, errorMessage };
}

function isTextReply(reply: PlannerReply): reply is { text: string } {
  return typeof reply === 'object' && reply !== null && 'text' in reply && typeof reply.text === 'string';
}

/** The calls a non-text reply asks for; undefined when the reply is malformed (planners are user code). */
function plannedCalls(reply: PlannerReply): PlannedCall[] | undefined {
  if (typeof reply !== 'object' || reply === null) return undefined;
  if ('transferTo' in reply && typeof reply.transferTo === 'string') {
    return [{ name: TRANSFER_TOOL, args: { agentName: reply.transferTo } }];
  }
  if ('functionCalls' in reply && Array.isArray(reply.functionCalls) && reply.functionCalls.length > 0) {
    return reply.functionCalls;
  }
  return undefined;
}

export function toLlmResponse(reply: PlannerReply, turn: AgentTurn): LlmResponse {
  if (isTextReply(reply)) return { content: { role: 'model', parts: [{ text: reply.text }] } };
  const calls = plannedCalls(reply);
  if (calls === undefined) {
    return errorResponse(
      'bad_planner_reply',
      `Planner for agent "${turn.agentName}" returned ${JSON.stringify(reply)}; expected {text}, {transferTo} or a non-empty {functionCalls}.`,
    );
  }
  const unknown = calls.map((call) => call.name).filter((name) => !turn.toolNames.includes(name));
  if (unknown.length > 0) {
    const allowed = turn.toolNames.length > 0 ? turn.toolNames.join(', ') : 'none';
    return errorResponse(
      'unknown_tool',
      `Planner for agent "${turn.agentName}" called ${unknown.join(', ')}, which this agent does not have; its tools: ${allowed}.`,
    );
  }
  const badTarget = calls.find((call) => call.name === TRANSFER_TOOL && !turn.transferTargets.includes(String(call.args.agentName)));
  if (badTarget) {
    return errorResponse(
      'unknown_agent',
      `Planner for agent "${turn.agentName}" transferred to "${String(badTarget.args.agentName)}", which is not one of its transfer targets: ${turn.transferTargets.join(', ')}.`,
    );
  }
  return { content: { role: 'model', parts: calls.map(({ name, args }) => ({ functionCall: { name, args } })) } };
}
