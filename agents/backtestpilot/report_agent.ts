import { LlmAgent } from '@google/adk';
import { AGENT_NAMES } from '../models/planners/agent_names.js';
import { withObservability } from '../observability/with_observability.js';
import { createRenderReportTool } from '../tools/render_report_tool.js';
import type { AgentContext } from './agent_context.js';
import { PIPELINE_STEP, skipUnlessValidated } from './guards.js';

export function createReportAgent({ model, dependencies }: AgentContext): LlmAgent {
  return new LlmAgent(withObservability({
    name: AGENT_NAMES.report,
    description: 'Writes the report: executive summary, ranking table, trade-offs and recommendation, from the computed results only.',
    model,
    instruction:
      'Call render_report once and answer with its report text exactly as returned. You may add at most one short paragraph of ' +
      'interpretation after it, using only numbers that appear in the report. Never compute or invent a number.',
    tools: [createRenderReportTool(dependencies)],
    beforeAgentCallback: skipUnlessValidated,
    ...PIPELINE_STEP,
  }));
}
