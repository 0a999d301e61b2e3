import type { AgentTraceEntry, ToolTraceEntry } from './experiment_schemas.js';

/** The parts of an ADK Event the trace reads; structural, so tests can pass plain objects. */
export interface TraceEvent {
  readonly invocationId: string;
  readonly author?: string;
  readonly branch?: string;
  readonly timestamp: number;
  readonly partial?: boolean;
  readonly content?: {
    readonly parts?: ReadonlyArray<{
      readonly functionCall?: { readonly id?: string; readonly name?: string };
      readonly functionResponse?: { readonly id?: string; readonly name?: string; readonly response?: Record<string, unknown> };
    }>;
  };
  readonly actions?: { readonly transferToAgent?: string };
}

export interface AgentTrace {
  entries: AgentTraceEntry[];
  /** Epoch ms of the turn's first event (the user's message); undefined when the turn has no events. */
  startedAt: number | undefined;
  /** Epoch ms of its last event. */
  endedAt: number | undefined;
}

interface OpenRun {
  entry: AgentTraceEntry;
  /** Calls waiting for their response, by call id (or tool name when ADK gave no id). */
  pending: Map<string, { call: ToolTraceEntry; at: number }>;
}

function errorCodeOf(response: Record<string, unknown> | undefined): string | undefined {
  const error = response?.error;
  if (error === undefined || error === null) return undefined;
  const code = typeof error === 'object' ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : 'tool_error';
}

/**
 * An agent's own run ends with its answer (no call, no response) or when it hands off. An event
 * without content only records a callback's state change (the turn's date, as the agent starts).
 */
function endsRun(event: TraceEvent): boolean {
  if (event.actions?.transferToAgent) return true;
  if (event.content === undefined) return false;
  const parts = event.content?.parts ?? [];
  return !event.partial && !parts.some((part) => part.functionCall || part.functionResponse);
}

/**
 * Which agents and tools ran in one turn, in order, and for how long, read from the session's
 * events (what every session service keeps). An agent's run starts when the event before its first
 * one was written and ends at its last event; a tool takes from its call to its response. Agents run
 * in parallel keep their ADK branch; a loop's agent appears once per iteration.
 */
export function buildAgentTrace(events: readonly TraceEvent[], invocationId: string): AgentTrace {
  const turn = events.filter((event) => event.invocationId === invocationId);
  const startedAt = turn[0]?.timestamp;
  if (startedAt === undefined) return { entries: [], startedAt: undefined, endedAt: undefined };
  const entries: AgentTraceEntry[] = [];
  const open = new Map<string, OpenRun>();
  let previousAt = startedAt;
  for (const event of turn) {
    const agent = event.author;
    if (!agent || agent === 'user') {
      previousAt = event.timestamp;
      continue;
    }
    const key = `${agent}|${event.branch ?? ''}`;
    let run = open.get(key);
    if (!run) {
      const entry: AgentTraceEntry = { agent, ...(event.branch ? { branch: event.branch } : {}), started_ms: previousAt - startedAt, duration_ms: 0, tools: [] };
      run = { entry, pending: new Map() };
      open.set(key, run);
      entries.push(entry);
    }
    for (const part of event.content?.parts ?? []) {
      if (part.functionCall?.name) {
        const call: ToolTraceEntry = { tool: part.functionCall.name, duration_ms: 0 };
        run.entry.tools.push(call);
        run.pending.set(part.functionCall.id ?? part.functionCall.name, { call, at: event.timestamp });
      }
      const response = part.functionResponse;
      const callKey = response?.id ?? response?.name;
      const waiting = callKey === undefined ? undefined : run.pending.get(callKey);
      if (response && waiting) {
        run.pending.delete(callKey!);
        waiting.call.duration_ms = event.timestamp - waiting.at;
        const errorCode = errorCodeOf(response.response);
        if (errorCode) waiting.call.error_code = errorCode;
      }
    }
    run.entry.duration_ms = event.timestamp - startedAt - run.entry.started_ms;
    if (endsRun(event)) open.delete(key);
    previousAt = event.timestamp;
  }
  return { entries, startedAt, endedAt: turn.at(-1)!.timestamp };
}
