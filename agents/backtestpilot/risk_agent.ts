import { LlmAgent } from '@google/adk';
import { AGENT_NAMES } from '../models/planners/agent_names.js';
import { withObservability } from '../observability/with_observability.js';
import { createAnalyzeRiskTool } from '../tools/analyze_risk_tool.js';
import type { AgentContext } from './agent_context.js';
import { PIPELINE_STEP, skipUnlessRunHere } from './guards.js';

export function createRiskAgent({ model }: AgentContext): LlmAgent {
  return new LlmAgent(withObservability({
    name: AGENT_NAMES.risk,
    description: 'Computes the risk metrics of every result and ranks them by the metric the user cares about (Sharpe by default).',
    model,
    instruction:
      'Call analyze_risk once (pass rank_by only if the user asked to rank by a different metric than the request says). ' +
      'Its reply ends your turn; if it returns an error, say the error message as it is.',
    tools: [createAnalyzeRiskTool()],
    beforeAgentCallback: skipUnlessRunHere,
    ...PIPELINE_STEP,
  }));
}
