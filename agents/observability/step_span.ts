/**
 * A span around work an agent does itself rather than through a tool call (the optimisation step):
 * parented on the agent's own span, like a tool's span, with the request's attributes, its duration
 * and, when the work throws, the error's code and an error status.
 */
import { SpanStatusCode, trace } from '@opentelemetry/api';
import type { Context } from '@google/adk';
import { STATE_KEYS } from '../tools/session_state.js';
import { parentContext } from './agent_runs.js';
import { describeError } from './failures.js';
import { ATTRIBUTES, TRACER_NAME, requestAttributes } from './span_attributes.js';

export async function inStepSpan<T>(spanName: string, context: Context, work: () => Promise<T>): Promise<T> {
  const attributes = {
    [ATTRIBUTES.agentName]: context.agentName,
    [ATTRIBUTES.invocationId]: context.invocationId,
    'agent.name': context.agentName,
    ...requestAttributes(context.state.get(STATE_KEYS.spec)),
  };
  const parent = parentContext(context.invocationId, context.invocationContext.agent);
  const span = trace.getTracer(TRACER_NAME).startSpan(spanName, { attributes }, parent);
  const startedAt = performance.now();
  try {
    return await work();
  } catch (error) {
    const failure = describeError(error);
    span.setAttribute(ATTRIBUTES.errorCode, failure.code);
    span.setStatus({ code: SpanStatusCode.ERROR, message: failure.message });
    throw error;
  } finally {
    span.setAttribute(ATTRIBUTES.durationMs, Math.round((performance.now() - startedAt) * 1000) / 1000);
    span.end();
  }
}
