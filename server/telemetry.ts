/**
 * OpenTelemetry for `btp serve`: the Node SDK with an OTLP/HTTP trace exporter when
 * OTEL_EXPORTER_OTLP_ENDPOINT is set, and no exporter otherwise (nothing leaves the process and
 * nothing is kept in memory: no in-memory exporter, no trace store). Spans are still recorded for
 * the processors given here, which turn agent spans into the agent_duration_seconds histogram,
 * and their ids go into the log lines.
 */
import type { Context } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { BatchSpanProcessor, type ReadableSpan, type Span, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { ATTRIBUTES } from '../agents/observability/span_attributes.js';
import type { ServerMetrics } from './metrics.js';

export interface Telemetry {
  shutdown(): Promise<void>;
}

/** agent_duration_seconds{agent} from the agents' own spans (plugin agent callbacks never fire in ADK 2.0.0). */
export class AgentMetricsProcessor implements SpanProcessor {
  constructor(private readonly metrics: ServerMetrics) {}

  onStart(_span: Span, _context: Context): void {}

  onEnd(span: ReadableSpan): void {
    const agent = span.attributes[ATTRIBUTES.agentName];
    if (!span.name.startsWith('agent ') || typeof agent !== 'string') return;
    const [seconds, nanos] = span.duration;
    this.metrics.observeAgent(agent, seconds + nanos / 1e9);
  }

  async forceFlush(): Promise<void> {}

  async shutdown(): Promise<void> {}
}

export interface TelemetryOptions {
  otlpEndpoint: string | undefined;
  /** Extra processors (the tests pass one over an in-memory exporter). */
  spanProcessors?: SpanProcessor[];
  metrics: ServerMetrics;
}

export function startTelemetry(options: TelemetryOptions): Telemetry {
  const processors: SpanProcessor[] = [new AgentMetricsProcessor(options.metrics), ...(options.spanProcessors ?? [])];
  // The exporter reads OTEL_EXPORTER_OTLP_ENDPOINT (and its _TRACES_ variant) itself.
  if (options.otlpEndpoint) processors.push(new BatchSpanProcessor(new OTLPTraceExporter()));
  const sdk = new NodeSDK({
    serviceName: 'backtestpilot',
    spanProcessors: processors,
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [],
    autoDetectResources: false,
  });
  sdk.start();
  return { shutdown: () => sdk.shutdown() };
}
