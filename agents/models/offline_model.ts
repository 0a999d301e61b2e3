/**
 * The deterministic offline model: each agent's reply comes from the planner registered for its
 * name. Importing this module registers it with ADK for every `offline-*` model name; agent files
 * must import it (directly or via model_choice.ts) because `adk web`/`api_server` bundle each agent
 * with its own copy of @google/adk, whose LLMRegistry is the one that must know the class.
 */
import { BaseLlm, LLMRegistry, type BaseLlmConnection, type LlmRequest, type LlmResponse } from '@google/adk';
import { toAgentTurn } from './agent_turn.js';
import { findPlanner, registeredPlannerNames } from './planner_registry.js';
import { errorResponse, toLlmResponse } from './planner_response.js';
import { OFFLINE_MODEL } from '../../adk.config.js';

async function plan(req: LlmRequest): Promise<LlmResponse> {
  const turn = toAgentTurn(req);
  const planner = findPlanner(turn.agentName);
  if (!planner) {
    const known = registeredPlannerNames().join(', ') || 'none';
    return errorResponse(
      'planner_not_registered',
      `The offline model has no planner for agent "${turn.agentName}"; registered: ${known}. Call registerPlanner("${turn.agentName}", ...) in the module that builds the agent.`,
    );
  }
  try {
    return toLlmResponse(await planner(turn), turn);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return errorResponse('planner_failed', `Planner for agent "${turn.agentName}" failed: ${reason}`);
  }
}

export class OfflineModel extends BaseLlm {
  static override readonly supportedModels = [/offline-.*/];

  constructor(params: { model: string } = { model: OFFLINE_MODEL }) {
    super(params);
  }

  /** With `stream` (SSE runs), a text answer is sent once as a partial chunk, then as the final response. */
  async *generateContentAsync(req: LlmRequest, stream = false): AsyncGenerator<LlmResponse, void> {
    const response = await plan(req);
    if (stream && response.content?.parts?.some((part) => part.text !== undefined)) {
      yield { ...response, partial: true };
    }
    yield { ...response, turnComplete: true };
  }

  connect(): Promise<BaseLlmConnection> {
    return Promise.reject(new Error('The offline model has no live (bidirectional) mode; use runAsync, /run or /run_sse.'));
  }
}

LLMRegistry.register(OfflineModel);
