/** Attribute names on our spans; ADK's own spans use `gen_ai.*` and `gcp.vertex.agent.*`. */
export const TRACER_NAME = 'backtestpilot';

export const ATTRIBUTES = {
  agentName: 'backtestpilot.agent.name',
  toolName: 'backtestpilot.tool.name',
  invocationId: 'backtestpilot.invocation_id',
  sessionId: 'backtestpilot.session_id',
  durationMs: 'backtestpilot.duration_ms',
  skipped: 'backtestpilot.agent.skipped',
  errorCode: 'backtestpilot.error.code',
} as const;
