import { LlmAgent } from '@google/adk';
import { AGENT_NAMES } from '../models/planners/agent_names.js';
import { withObservability } from '../observability/with_observability.js';
import { answerWithReport } from '../callbacks/answer_with_report.js';
import { createRenderReportTool } from '../tools/render_report_tool.js';
import type { AgentContext } from './agent_context.js';
import { PIPELINE_STEP, skipUnlessValidated } from './guards.js';

export function createReportAgent({ model, dependencies }: AgentContext): LlmAgent {
  return new LlmAgent(withObservability({
    name: AGENT_NAMES.report,
    description: 'Writes the report: executive summary, ranking table, trade-offs and recommendation, from the computed results only.',
    model,
    instruction:
      'Call render_report once. The report it renders becomes your answer as it is; if it returns an error, say the error message as it is.',
    tools: [createRenderReportTool(dependencies)],
    beforeAgentCallback: skipUnlessValidated,
    afterAgentCallback: answerWithReport,
    ...PIPELINE_STEP,
  }));
}
