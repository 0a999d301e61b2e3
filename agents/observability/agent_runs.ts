/**
 * One span and a started/completed (or failed) log pair per agent run. Open runs live in one
 * module-level map keyed by invocation and agent name (names are unique in an agent tree), shared by
 * every wrapped agent so a run's span can be parented on its nearest wrapped ancestor's span.
 */
import { SpanStatusCode, context as otelContext, trace, type Context as OtelContext, type Span, type Tracer } from '@opentelemetry/api';
import type { BaseAgent, Context } from '@google/adk';
import type { AgentLogger } from './agent_logger.js';
import { describeError, type RunFailure } from './failures.js';
import { ATTRIBUTES } from './span_attributes.js';

interface OpenRun {
  span: Span;
  startedAt: number;
  /** Session events before this run; later ones are scanned for this agent's error events. */
  firstEventIndex: number;
}

const openRuns = new Map<string, OpenRun>();

function runKey(invocationId: string, agentName: string): string {
  return `${invocationId}|${agentName}`;
}

/**
 * The OTel context to start a child span in: the open span of `agentName` or its nearest wrapped
 * ancestor. Explicit because ADK's own spans do not record when its pinned @opentelemetry/api 1.9.0
 * is a second copy beside ours; the active context then carries no usable parent.
 */
export function parentContext(invocationId: string, agent: BaseAgent | undefined): OtelContext {
  for (let current = agent; current; current = current.parentAgent) {
    const run = openRuns.get(runKey(invocationId, current.name));
    if (run) return trace.setSpan(otelContext.active(), run.span);
  }
  return otelContext.active();
}

function logFields(context: Context): Record<string, string> {
  return { agent: context.agentName, invocation_id: context.invocationId, session_id: context.sessionId };
}

/**
 * ADK turns model failures (planner errors, the maxLlmCalls limit) into events with `errorCode`
 * instead of throwing, so a run failed when one of its own events carries one.
 */
function failureInEvents(context: Context, firstEventIndex: number): RunFailure | undefined {
  const failed = context.invocationContext.session.events
    .slice(firstEventIndex)
    .find((event) => event.author === context.agentName && event.errorCode);
  return failed ? { code: failed.errorCode!, message: failed.errorMessage ?? '' } : undefined;
}

export class AgentRunRecorder {
  constructor(
    private readonly logger: () => AgentLogger,
    private readonly tracer: () => Tracer,
  ) {}

  started(context: Context): void {
    const attributes = {
      [ATTRIBUTES.agentName]: context.agentName,
      [ATTRIBUTES.invocationId]: context.invocationId,
      [ATTRIBUTES.sessionId]: context.sessionId,
    };
    const parent = parentContext(context.invocationId, context.invocationContext.agent?.parentAgent);
    const span = this.tracer().startSpan(`agent ${context.agentName}`, { attributes }, parent);
    openRuns.set(runKey(context.invocationId, context.agentName), {
      span,
      startedAt: performance.now(),
      firstEventIndex: context.invocationContext.session.events.length,
    });
    this.logger().info({ event: 'agent.started', ...logFields(context) }, `agent ${context.agentName} started`);
  }

  /** Ends the run's span; `skipped` when a before-agent callback answered instead of the agent. */
  finished(context: Context, outcome: { skipped?: boolean; thrown?: unknown } = {}): void {
    const key = runKey(context.invocationId, context.agentName);
    const run = openRuns.get(key);
    if (!run) return;
    openRuns.delete(key);
    const durationMs = Math.round((performance.now() - run.startedAt) * 1000) / 1000;
    const skipped = outcome.skipped ?? false;
    const failure = outcome.thrown !== undefined ? describeError(outcome.thrown) : failureInEvents(context, run.firstEventIndex);
    run.span.setAttributes({ [ATTRIBUTES.durationMs]: durationMs, [ATTRIBUTES.skipped]: skipped });
    if (failure) {
      run.span.setAttribute(ATTRIBUTES.errorCode, failure.code);
      run.span.setStatus({ code: SpanStatusCode.ERROR, message: failure.message });
      this.logger().error(
        { event: 'agent.failed', ...logFields(context), duration_ms: durationMs, error: failure },
        `agent ${context.agentName} failed: ${failure.message}`,
      );
    } else {
      this.logger().info(
        { event: 'agent.completed', ...logFields(context), duration_ms: durationMs, skipped },
        `agent ${context.agentName} completed`,
      );
    }
    run.span.end();
  }
}
