import { LlmAgent } from '@google/adk';
import { AGENT_NAMES } from '../models/planners/agent_names.js';
import { withObservability } from '../observability/with_observability.js';
import { createValidateRequestTool } from '../tools/validate_request_tool.js';
import type { AgentContext } from './agent_context.js';
import { PIPELINE_STEP } from './guards.js';

export function createValidationAgent({ model, dependencies }: AgentContext): LlmAgent {
  return new LlmAgent(withObservability({
    name: AGENT_NAMES.validation,
    description: 'Checks the request against the available data before anything expensive runs, and fails fast.',
    model,
    instruction:
      'Call validate_request once. If it returns ok with notes or queued sweeps, reply with one sentence giving the date window the run will use and the notes ' +
      '(a clean pass ends your turn by itself). ' +
      'If it returns an error, reply with the error message as it is (it says what was wrong and what is allowed). Do not run anything else.',
    tools: [createValidateRequestTool(dependencies)],
    ...PIPELINE_STEP,
  }));
}
