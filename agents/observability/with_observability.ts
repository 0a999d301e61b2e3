/**
 * Adds structured logs and OpenTelemetry spans to one agent's config. Agent-level callbacks are the
 * hook because plugin-level agent callbacks never fire in ADK 2.0.0 (adk-js.md §7.3). Works for
 * LlmAgent and for SequentialAgent/ParallelAgent/LoopAgent and our own BaseAgents (the optimisation
 * step), which accept the agent callbacks too.
 *
 *   new LlmAgent(withObservability({ name: 'analyst', model, tools, beforeAgentCallback: guard }))
 *
 * The config's own callbacks keep ADK's semantics (in order, first non-empty answer wins); ours wrap
 * them so that a guard answering for the agent still closes its span (`skipped: true`).
 */
import { trace, type Tracer } from '@opentelemetry/api';
import type {
  BaseAgentConfig,
  BeforeToolCallback,
  AfterToolCallback,
  SingleAgentCallback,
  SingleAfterToolCallback,
  SingleBeforeToolCallback,
} from '@google/adk';
import { createAgentLogger, type AgentLogger } from './agent_logger.js';
import { AgentRunRecorder } from './agent_runs.js';
import { TRACER_NAME } from './span_attributes.js';
import { ToolCallRecorder } from './tool_calls.js';

export interface ObservabilityOptions {
  /** Default: one shared stderr logger at BTP_LOG_LEVEL, created on first use. */
  logger?: AgentLogger;
  /** Default: the global provider's tracer named 'backtestpilot', looked up on every span. */
  tracer?: Tracer;
}

export type ObservableAgentConfig = BaseAgentConfig & {
  beforeToolCallback?: BeforeToolCallback;
  afterToolCallback?: AfterToolCallback;
};

let sharedLogger: AgentLogger | undefined;

function defaultLogger(): AgentLogger {
  sharedLogger ??= createAgentLogger();
  return sharedLogger;
}

function listOf<T>(callbacks: T | T[] | undefined): T[] {
  if (callbacks === undefined) return [];
  return Array.isArray(callbacks) ? callbacks : [callbacks];
}

/** ADK's rule for callback lists: call in order until one returns something. */
async function firstAnswer<A, R>(callbacks: Array<(arg: A) => R | Promise<R>>, arg: A): Promise<R | undefined> {
  for (const callback of callbacks) {
    const answer = await callback(arg);
    if (answer) return answer;
  }
  return undefined;
}

export function withObservability<C extends ObservableAgentConfig>(config: C, options: ObservabilityOptions = {}): C {
  const logger = options.logger ? () => options.logger! : defaultLogger;
  const tracer = options.tracer ? () => options.tracer! : () => trace.getTracer(TRACER_NAME);
  const runs = new AgentRunRecorder(logger, tracer);
  const calls = new ToolCallRecorder(logger, tracer);
  const ownBeforeAgent = listOf(config.beforeAgentCallback);
  const ownAfterAgent = listOf(config.afterAgentCallback);
  const ownBeforeTool = listOf(config.beforeToolCallback);
  const ownAfterTool = listOf(config.afterToolCallback);

  const beforeAgentCallback: SingleAgentCallback = async (context) => {
    runs.started(context);
    try {
      const answer = await firstAnswer(ownBeforeAgent, context);
      if (answer) runs.finished(context, { skipped: true });
      return answer;
    } catch (error) {
      runs.finished(context, { thrown: error });
      throw error;
    }
  };

  const afterAgentCallback: SingleAgentCallback = async (context) => {
    try {
      const answer = await firstAnswer(ownAfterAgent, context);
      runs.finished(context);
      return answer;
    } catch (error) {
      runs.finished(context, { thrown: error });
      throw error;
    }
  };

  const beforeToolCallback: SingleBeforeToolCallback = async (params) => {
    calls.started(params);
    try {
      return await firstAnswer(ownBeforeTool, params);
    } catch (error) {
      calls.finished(params, undefined, error);
      throw error;
    }
  };

  // ADK runs after-tool callbacks for every call, even when a before-tool callback answered.
  const afterToolCallback: SingleAfterToolCallback = async (params) => {
    try {
      const replaced = await firstAnswer(ownAfterTool, params);
      calls.finished(params, replaced ?? params.response);
      return replaced;
    } catch (error) {
      calls.finished(params, undefined, error);
      throw error;
    }
  };

  return { ...config, beforeAgentCallback, afterAgentCallback, beforeToolCallback, afterToolCallback };
}
