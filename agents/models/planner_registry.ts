/**
 * Per-agent planners for the offline model. A module-level map (not model state) because ADK builds
 * a fresh model instance for every LLM call (LLMRegistry.newLlm).
 */
import type { AgentTurn, PlannedCall } from './agent_turn.js';

/** What a planner answers: final text, tool calls to run, or a hand-off to another agent. */
export type PlannerReply = { text: string } | { functionCalls: PlannedCall[] } | { transferTo: string };

export type Planner = (turn: AgentTurn) => PlannerReply | Promise<PlannerReply>;

const planners = new Map<string, Planner>();

/** Registers the planner for one agent name; registering a name again replaces its planner. */
export function registerPlanner(agentName: string, planner: Planner): void {
  planners.set(agentName, planner);
}

export function findPlanner(agentName: string): Planner | undefined {
  return planners.get(agentName);
}

export function registeredPlannerNames(): string[] {
  return [...planners.keys()].sort();
}
