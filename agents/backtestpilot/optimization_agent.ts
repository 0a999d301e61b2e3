import { LlmAgent, LoopAgent } from '@google/adk';
import { MAX_TARGET_ITERATIONS } from '../../tools/optimization/search/target_search.js';
import { AGENT_NAMES } from '../models/planners/agent_names.js';
import { withObservability } from '../observability/with_observability.js';
import { createOptimizeStepTool } from '../tools/optimize_step_tool.js';
import type { AgentContext } from './agent_context.js';
import { PIPELINE_STEP, skipUnlessRunHere } from './guards.js';

/**
 * A bounded target-driven loop: each iteration tries a batch of parameters; the tool ends the loop
 * (escalate) as soon as every target holds, when no optimisation was asked for, or at the limit.
 */
export function createOptimizationAgent({ model, dependencies }: AgentContext): LoopAgent {
  const step = new LlmAgent(withObservability({
    name: AGENT_NAMES.optimizationStep,
    description: 'Runs one iteration of the parameter search toward the user\'s targets.',
    model,
    instruction: 'Call optimize_step once. Its reply ends your turn; only if it answers an error, say in one sentence what failed.',
    tools: [createOptimizeStepTool(dependencies)],
    ...PIPELINE_STEP,
  }));
  return new LoopAgent(withObservability({
    name: AGENT_NAMES.optimization,
    description: `Tunes strategy parameters toward the user's targets, at most ${MAX_TARGET_ITERATIONS} iterations, stopping early when every target holds.`,
    subAgents: [step],
    maxIterations: MAX_TARGET_ITERATIONS,
    beforeAgentCallback: skipUnlessRunHere,
  }));
}
