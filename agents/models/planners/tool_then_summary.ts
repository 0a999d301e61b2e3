import type { AgentTurn } from '../agent_turn.js';
import type { Planner } from '../planner_registry.js';

type ToolReply = Record<string, unknown>;

/** The tool's typed error, when it answered with one. */
export function errorOf(response: ToolReply): { code: string; message: string } | undefined {
  const error = response.error;
  return typeof error === 'object' && error !== null ? (error as { code: string; message: string }) : undefined;
}

/**
 * The plan of every pipeline agent: call its one tool, then say what came back in a sentence.
 * The offline model's whole "reasoning" for such an agent, deterministic by construction. Without
 * `summarize`, the tool ends the agent's turn itself when it succeeds (`returningUnsummarized`), so
 * only a failure comes back here to be told.
 */
export function toolThenSummary(
  toolName: string,
  args: (turn: AgentTurn) => Record<string, unknown>,
  summarize?: (response: ToolReply) => string,
): Planner {
  return (turn) => {
    const response = turn.lastIsFunctionResponse ? turn.functionResponses[toolName] : undefined;
    if (response) {
      // `{ok: false, error}` is an answer (a request that failed validation), not a broken tool.
      const error = response.ok === false ? undefined : errorOf(response);
      if (error) return { text: `${toolName} failed [${error.code}]: ${error.message}` };
      if (!summarize) throw new Error(`${toolName} answered without ending its step: its tool must skip the summary`);
      return { text: summarize(response) };
    }
    return { functionCalls: [{ name: toolName, args: args(turn) }] };
  };
}
