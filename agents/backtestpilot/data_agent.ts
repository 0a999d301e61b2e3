import { LlmAgent } from '@google/adk';
import { AGENT_NAMES } from '../models/planners/agent_names.js';
import { withObservability } from '../observability/with_observability.js';
import { createLoadMarketDataTool } from '../tools/load_market_data_tool.js';
import type { AgentContext } from './agent_context.js';
import { PIPELINE_STEP, skipUnlessRunHere } from './guards.js';

/** Loads every symbol at once: the tool reads all files concurrently (tool-level fan-out). */
export function createDataAgent({ model, dependencies }: AgentContext): LlmAgent {
  return new LlmAgent(withObservability({
    name: AGENT_NAMES.data,
    description: 'Loads the market data of every requested symbol concurrently and checks its quality.',
    model,
    instruction: 'Call load_market_data once. Its reply ends your turn; if it returns an error, say the error message as it is.',
    tools: [createLoadMarketDataTool(dependencies)],
    beforeAgentCallback: skipUnlessRunHere,
    ...PIPELINE_STEP,
  }));
}
