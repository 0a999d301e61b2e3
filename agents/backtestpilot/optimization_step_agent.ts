import { BaseAgent, Context, createEvent, type BaseAgentConfig, type Event, type InvocationContext } from '@google/adk';
import { isBacktestPilotError } from '../../tools/errors.js';
import type { ToolDependencies } from '../../tools/tool_dependencies.js';
import { inStepSpan } from '../observability/step_span.js';
import { OPTIMIZE_SPAN_NAME } from '../observability/span_attributes.js';
import { optimizeStepInSession } from '../tools/optimization_step_in_session.js';
import { describeOptimizationStep } from '../tools/optimization_step_line.js';
import { runSession } from '../tools/run_values.js';

export interface OptimizationStepAgentConfig extends BaseAgentConfig {
  dependencies: ToolDependencies;
}

/**
 * One iteration of the OptimizationAgent's loop, run directly: a model asked to call the step
 * could only ever call it, at the price of a model call carrying the whole conversation and two
 * events (the call and its reply) per iteration. This yields one event per iteration instead: the
 * iteration's line as text, the search's state writes as its stateDelta (bulky values held in
 * process, as for tools), and `escalate` once the search is over, which ends the loop.
 */
export class OptimizationStepAgent extends BaseAgent<OptimizationStepAgentConfig> {
  // BaseAgent's constructor takes any BaseAgentConfig: this one insists on the dependencies (kept in `config`, so clone() keeps them).
  constructor(config: OptimizationStepAgentConfig) {
    super(config);
  }

  protected async *runAsyncImpl(invocation: InvocationContext): AsyncGenerator<Event, void, void> {
    // A Context records state writes in its event actions, as a tool's context does.
    const context = new Context({ invocationContext: invocation });
    let text: string;
    try {
      const step = await inStepSpan(OPTIMIZE_SPAN_NAME, context, () => optimizeStepInSession(runSession(context), this.config.dependencies));
      text = describeOptimizationStep(step.state, step.objectiveMetrics);
      if (step.finished) context.actions.escalate = true;
    } catch (error) {
      // A typed failure ends the loop with what failed; the report still runs on the results. Anything else is a bug.
      if (!isBacktestPilotError(error)) throw error;
      text = `The optimisation step failed [${error.code}]: ${error.message}`;
      context.actions.escalate = true;
    }
    yield createEvent({
      invocationId: invocation.invocationId,
      author: this.name,
      branch: invocation.branch,
      content: { role: 'model', parts: [{ text }] },
      actions: context.actions,
    });
  }

  // No model is involved, so a live (audio/video) run takes the same step.
  protected async *runLiveImpl(invocation: InvocationContext): AsyncGenerator<Event, void, void> {
    yield* this.runAsyncImpl(invocation);
  }
}
