import { LoopAgent } from '@google/adk';
import { MAX_TARGET_ITERATIONS } from '../../tools/optimization/search/target_search.js';
import { AGENT_NAMES } from '../models/planners/agent_names.js';
import { withObservability } from '../observability/with_observability.js';
import type { AgentContext } from './agent_context.js';
import { skipUnlessRunHere } from './guards.js';
import { OptimizationStepAgent } from './optimization_step_agent.js';

/**
 * A bounded target-driven loop: each iteration tries a batch of parameters; the step ends the loop
 * (escalate) as soon as every target holds, when no optimisation was asked for, or at the limit.
 */
export function createOptimizationAgent({ dependencies }: AgentContext): LoopAgent {
  const step = new OptimizationStepAgent(withObservability({
    name: AGENT_NAMES.optimizationStep,
    description: 'Runs one iteration of the parameter search toward the user\'s targets.',
    dependencies,
  }));
  return new LoopAgent(withObservability({
    name: AGENT_NAMES.optimization,
    description: `Tunes strategy parameters toward the user's targets, at most ${MAX_TARGET_ITERATIONS} iterations, stopping early when every target holds.`,
    subAgents: [step],
    maxIterations: MAX_TARGET_ITERATIONS,
    beforeAgentCallback: skipUnlessRunHere,
  }));
}
