/** One span per tool call, plus `tool.failed` (info) and `tool.completed` (debug) log events. */
import { SpanStatusCode, type Span, type Tracer } from '@opentelemetry/api';
import type { BaseTool, Context } from '@google/adk';
import type { AgentLogger } from './agent_logger.js';
import { parentContext } from './agent_runs.js';
import { describeError, type RunFailure } from './failures.js';
import { ATTRIBUTES, requestAttributes, toolSpanName } from './span_attributes.js';
import { STATE_KEYS } from '../tools/session_state.js';

export interface ToolCall {
  tool: BaseTool;
  context: Context;
}

interface OpenCall {
  span: Span;
  startedAt: number;
}

function callKey({ tool, context }: ToolCall): string {
  return context.functionCallId ?? `${context.invocationId}|${context.agentName}|${tool.name}`;
}

/**
 * A tool failed when its response has an `error` key (our tools return `{error: {code, message}}`;
 * ADK's FunctionTool reports zod failures as a string). ADK hands after-tool callbacks a null
 * response when the tool threw, and keeps the message for the model only.
 */
function toolFailure(response: Record<string, unknown> | null | undefined): RunFailure | undefined {
  if (response === null || response === undefined) {
    return { code: 'tool_threw', message: 'the tool threw; ADK passed its message to the model as {error}' };
  }
  const error = response.error;
  if (error === undefined || error === null) return undefined;
  if (typeof error === 'object' && 'message' in error) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    return { code: typeof code === 'string' ? code : 'tool_error', message: String(message) };
  }
  return { code: 'tool_error', message: typeof error === 'string' ? error : JSON.stringify(error) };
}

export class ToolCallRecorder {
  private readonly open = new Map<string, OpenCall>();

  constructor(
    private readonly logger: () => AgentLogger,
    private readonly tracer: () => Tracer,
  ) {}

  started(call: ToolCall): void {
    const attributes = {
      [ATTRIBUTES.toolName]: call.tool.name,
      [ATTRIBUTES.agentName]: call.context.agentName,
      [ATTRIBUTES.invocationId]: call.context.invocationId,
      'agent.name': call.context.agentName,
      ...requestAttributes(call.context.state.get(STATE_KEYS.spec)),
    };
    const parent = parentContext(call.context.invocationId, call.context.invocationContext.agent);
    const span = this.tracer().startSpan(toolSpanName(call.tool.name), { attributes }, parent);
    this.open.set(callKey(call), { span, startedAt: performance.now() });
  }

  finished(call: ToolCall, response: Record<string, unknown> | null | undefined, thrown?: unknown): void {
    const key = callKey(call);
    const open = this.open.get(key);
    if (!open) return;
    this.open.delete(key);
    const durationMs = Math.round((performance.now() - open.startedAt) * 1000) / 1000;
    const failure = thrown !== undefined ? describeError(thrown) : toolFailure(response);
    const fields = { tool: call.tool.name, agent: call.context.agentName, invocation_id: call.context.invocationId, duration_ms: durationMs };
    open.span.setAttribute(ATTRIBUTES.durationMs, durationMs);
    // parse_request writes the spec it read: its span gets the request's attributes at the end.
    open.span.setAttributes(requestAttributes(call.context.state.get(STATE_KEYS.spec)));
    if (failure) {
      open.span.setAttribute(ATTRIBUTES.errorCode, failure.code);
      open.span.setStatus({ code: SpanStatusCode.ERROR, message: failure.message });
      this.logger().info({ event: 'tool.failed', ...fields, error: failure }, `tool ${call.tool.name} failed: ${failure.message}`);
    } else {
      this.logger().debug({ event: 'tool.completed', ...fields }, `tool ${call.tool.name} completed`);
    }
    open.span.end();
  }
}
