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

/**
 * The seed's span names for the pipeline's steps (user_request → parse_request → validate_inputs →
 * load_data → run_backtests → compute_risk → generate_report); other tools keep `tool <name>`.
 */
const SEED_SPAN_NAMES: Readonly<Record<string, string>> = {
  parse_request: 'parse_request',
  validate_request: 'validate_inputs',
  load_market_data: 'load_data',
  run_backtests: 'run_backtests',
  analyze_risk: 'compute_risk',
  render_report: 'generate_report',
};

/** The seed's span for an optimisation iteration, which the OptimizationStepAgent runs itself (no tool call). */
export const OPTIMIZE_SPAN_NAME = 'optimize';

export function toolSpanName(toolName: string): string {
  return Object.hasOwn(SEED_SPAN_NAMES, toolName) ? SEED_SPAN_NAMES[toolName] : `tool ${toolName}`;
}

interface SpecView {
  symbols?: unknown;
  strategies?: unknown;
  date_range?: { start?: unknown; end?: unknown } | null;
}

/** The seed's request attributes (`symbols`, `strategies`, `date_range`) from the session's spec, when there is one. */
export function requestAttributes(spec: SpecView | null | undefined): Record<string, string | string[]> {
  if (!spec || typeof spec !== 'object') return {};
  const attributes: Record<string, string | string[]> = {};
  if (Array.isArray(spec.symbols)) attributes.symbols = spec.symbols.filter((symbol): symbol is string => typeof symbol === 'string');
  if (Array.isArray(spec.strategies)) {
    attributes.strategies = spec.strategies
      .map((strategy: unknown) => (strategy && typeof strategy === 'object' ? (strategy as { name?: unknown }).name : undefined))
      .filter((name): name is string => typeof name === 'string');
  }
  const range = spec.date_range;
  if (range && (typeof range.start === 'string' || typeof range.end === 'string')) {
    attributes.date_range = `${typeof range.start === 'string' ? range.start : ''}/${typeof range.end === 'string' ? range.end : ''}`;
  }
  return attributes;
}
