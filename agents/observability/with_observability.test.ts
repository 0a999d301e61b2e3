import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FunctionTool, LlmAgent, LoopAgent, ParallelAgent, SequentialAgent, maybeSetOtelProviders } from '@google/adk';
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { SpanStatusCode } from '@opentelemetry/api';
import { z } from 'zod';
import { loadConfig, type LogLevelName } from '../../adk.config.js';
import { BacktestPilotError } from '../../tools/errors.js';
import { registerPlanner } from '../models/planner_registry.js';
import { runTurns } from '../models/test_helpers.js';
import { createAgentLogger, type AgentLogger } from './agent_logger.js';
import { withObservability } from './with_observability.js';
import '../models/offline_model.js';

type LogLine = Record<string, unknown> & { event?: string; level: number };

const exporter = new InMemorySpanExporter();
let lines: LogLine[] = [];

function capturingLogger(level: LogLevelName = 'debug'): AgentLogger {
  return createAgentLogger({ level, destination: { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) } });
}

function ourSpans(): ReadableSpan[] {
  return exporter.getFinishedSpans().filter((span) => span.instrumentationScope.name === 'backtestpilot');
}

function spanNamed(name: string): ReadableSpan {
  const span = exporter.getFinishedSpans().find((candidate) => candidate.name === name);
  if (!span) throw new Error(`no span ${name}; have ${exporter.getFinishedSpans().map((s) => s.name).join(', ')}`);
  return span;
}

/** Names of the span's ancestors, nearest first, following parent ids through every exported span. */
function ancestorNames(span: ReadableSpan): string[] {
  const byId = new Map(exporter.getFinishedSpans().map((s) => [s.spanContext().spanId, s]));
  const names: string[] = [];
  for (let parent = span.parentSpanContext; parent; ) {
    const found = byId.get(parent.spanId);
    if (!found) break;
    names.push(found.name);
    parent = found.parentSpanContext;
  }
  return names;
}

function milliseconds([seconds, nanos]: [number, number]): number {
  return seconds * 1000 + nanos / 1e6;
}

function events(): Array<[string | undefined, unknown]> {
  return lines.map((line) => [line.event, line.tool ?? line.agent]);
}

beforeAll(() => {
  maybeSetOtelProviders([{ spanProcessors: [new SimpleSpanProcessor(exporter)] }]);
});

beforeEach(() => {
  exporter.reset();
  lines = [];
});

describe('withObservability on a two-agent pipeline', () => {
  it('logs start/finish per agent and records one tree of agent and tool spans', async () => {
    const logger = capturingLogger();
    const fetchPrice = new FunctionTool({
      name: 'fetch_price',
      description: 'Returns a fixed price.',
      parameters: z.object({ symbol: z.string() }),
      execute: ({ symbol }) => ({ symbol, price: 100 }),
    });
    registerPlanner('obs_fetcher', (turn) =>
      turn.lastIsFunctionResponse ? { text: 'fetched' } : { functionCalls: [{ name: 'fetch_price', args: { symbol: 'BTC' } }] },
    );
    registerPlanner('obs_writer', () => ({ text: 'written' }));
    const pipeline = new SequentialAgent(
      withObservability(
        {
          name: 'obs_pipeline',
          subAgents: [
            new LlmAgent(withObservability({ name: 'obs_fetcher', model: 'offline-rules', tools: [fetchPrice] }, { logger })),
            new LlmAgent(withObservability({ name: 'obs_writer', model: 'offline-rules' }, { logger })),
          ],
        },
        { logger },
      ),
    );

    await runTurns(pipeline, ['price of BTC']);

    expect(events()).toEqual([
      ['agent.started', 'obs_pipeline'],
      ['agent.started', 'obs_fetcher'],
      ['tool.completed', 'fetch_price'],
      ['agent.completed', 'obs_fetcher'],
      ['agent.started', 'obs_writer'],
      ['agent.completed', 'obs_writer'],
      ['agent.completed', 'obs_pipeline'],
    ]);
    const fetcherDone = lines[3]!;
    expect(fetcherDone).toMatchObject({ level: 30, skipped: false, invocation_id: expect.stringMatching(/^e-/), session_id: expect.any(String) });
    expect(fetcherDone.duration_ms).toBeGreaterThanOrEqual(0);

    expect(ourSpans().map((span) => span.name).sort()).toEqual(['agent obs_fetcher', 'agent obs_pipeline', 'agent obs_writer', 'tool fetch_price']);
    const toolSpan = spanNamed('tool fetch_price');
    expect(toolSpan.attributes).toMatchObject({ 'backtestpilot.tool.name': 'fetch_price', 'backtestpilot.agent.name': 'obs_fetcher' });
    expect(toolSpan.status.code).not.toBe(SpanStatusCode.ERROR);
    const agentSpan = spanNamed('agent obs_fetcher');
    expect(agentSpan.attributes).toMatchObject({ 'backtestpilot.agent.name': 'obs_fetcher', 'backtestpilot.agent.skipped': false });
    // The recorded duration is the span's own length, measured independently by the SDK's clock.
    expect(Math.abs(Number(agentSpan.attributes['backtestpilot.duration_ms']) - milliseconds(agentSpan.duration))).toBeLessThan(5);
    // Our spans form one tree in one trace: pipeline → fetcher → tool, pipeline → writer.
    expect(ancestorNames(toolSpan).slice(0, 2)).toEqual(['agent obs_fetcher', 'agent obs_pipeline']);
    expect(ancestorNames(spanNamed('agent obs_writer'))[0]).toBe('agent obs_pipeline');
    expect(new Set(ourSpans().map((span) => span.spanContext().traceId)).size).toBe(1);
  });
});

describe('withObservability failures and guards', () => {
  it('marks tool spans failed for an {error} response and for a thrown error, and logs tool.failed', async () => {
    const logger = capturingLogger('info');
    const reportsError = new FunctionTool({
      name: 'reports_error',
      description: 'Answers with a structured error.',
      execute: () => ({ error: { code: 'unknown_symbol', message: 'No data for AVAX; known: BTC, ETH' } }),
    });
    const throws = new FunctionTool({
      name: 'throws_error',
      description: 'Throws.',
      execute: () => {
        throw new BacktestPilotError('bad_parameters', 'fast must be below slow');
      },
    });
    registerPlanner('obs_failing', (turn) =>
      turn.lastIsFunctionResponse
        ? { text: 'done' }
        : { functionCalls: [{ name: 'reports_error', args: {} }, { name: 'throws_error', args: {} }] },
    );
    await runTurns(new LlmAgent(withObservability({ name: 'obs_failing', model: 'offline-rules', tools: [reportsError, throws] }, { logger })), ['go']);

    const failed = lines.filter((line) => line.event === 'tool.failed');
    expect(failed).toMatchObject([
      { tool: 'reports_error', level: 30, error: { code: 'unknown_symbol', message: 'No data for AVAX; known: BTC, ETH' } },
      { tool: 'throws_error', level: 30, error: { code: 'tool_threw' } },
    ]);
    expect(spanNamed('tool reports_error').status).toEqual({ code: SpanStatusCode.ERROR, message: 'No data for AVAX; known: BTC, ETH' });
    expect(spanNamed('tool reports_error').attributes['backtestpilot.error.code']).toBe('unknown_symbol');
    expect(spanNamed('tool throws_error').status.code).toBe(SpanStatusCode.ERROR);
    expect(lines.some((line) => line.event === 'tool.completed')).toBe(false); // debug, below 'info'
  });

  it('logs agent.failed with the error when the agent ends on an error event', async () => {
    const logger = capturingLogger('warn');
    await runTurns(new LlmAgent(withObservability({ name: 'obs_unplanned', model: 'offline-rules' }, { logger })), ['go']);
    expect(lines).toMatchObject([
      { event: 'agent.failed', level: 50, agent: 'obs_unplanned', error: { code: 'planner_not_registered' } },
    ]);
    const span = spanNamed('agent obs_unplanned');
    expect(span.status.code).toBe(SpanStatusCode.ERROR);
    expect(span.attributes['backtestpilot.error.code']).toBe('planner_not_registered');
  });

  it('keeps the config\'s own guard: a skipped agent still closes its span, marked skipped', async () => {
    const logger = capturingLogger('info');
    const order: string[] = [];
    registerPlanner('obs_guarded', () => ({ text: 'should not run' }));
    const agent = new LlmAgent(
      withObservability(
        {
          name: 'obs_guarded',
          model: 'offline-rules',
          beforeAgentCallback: [
            () => void order.push('first guard'),
            () => {
              order.push('second guard');
              return { role: 'model', parts: [{ text: 'missing inputs' }] };
            },
            () => void order.push('never reached'),
          ],
        },
        { logger },
      ),
    );
    const [turn] = await runTurns(agent, ['go']);
    expect(order).toEqual(['first guard', 'second guard']);
    expect(turn!.map((event) => event.content?.parts?.[0]?.text)).toEqual(['missing inputs']);
    expect(events()).toEqual([['agent.started', 'obs_guarded'], ['agent.completed', 'obs_guarded']]);
    expect(lines[1]).toMatchObject({ skipped: true });
    expect(spanNamed('agent obs_guarded').attributes['backtestpilot.agent.skipped']).toBe(true);
  });

  it('works on ParallelAgent and LoopAgent: one span per branch and per loop iteration, under their parents', async () => {
    const logger = capturingLogger('info');
    for (const name of ['obs_left', 'obs_right', 'obs_critic']) registerPlanner(name, () => ({ text: name }));
    const observed = (name: string) => new LlmAgent(withObservability({ name, model: 'offline-rules' }, { logger }));
    const root = new SequentialAgent(
      withObservability(
        {
          name: 'obs_root',
          subAgents: [
            new ParallelAgent(withObservability({ name: 'obs_fanout', subAgents: [observed('obs_left'), observed('obs_right')] }, { logger })),
            new LoopAgent({ ...withObservability({ name: 'obs_loop', subAgents: [observed('obs_critic')] }, { logger }), maxIterations: 2 }),
          ],
        },
        { logger },
      ),
    );
    await runTurns(root, ['go']);
    const completed = lines.filter((line) => line.event === 'agent.completed').map((line) => line.agent);
    expect(completed.sort()).toEqual(['obs_critic', 'obs_critic', 'obs_fanout', 'obs_left', 'obs_loop', 'obs_right', 'obs_root']);
    const critics = ourSpans().filter((span) => span.name === 'agent obs_critic');
    expect(critics).toHaveLength(2);
    expect(critics.map((span) => ancestorNames(span).slice(0, 2))).toEqual([['agent obs_loop', 'agent obs_root'], ['agent obs_loop', 'agent obs_root']]);
    expect(ancestorNames(spanNamed('agent obs_right')).slice(0, 2)).toEqual(['agent obs_fanout', 'agent obs_root']);
    expect(ourSpans().every((span) => span.ended)).toBe(true);
  });
});

describe('BTP_LOG_LEVEL', () => {
  it('defaults to warn and accepts any pino level, case-insensitively', () => {
    expect(loadConfig({}).logLevel).toBe('warn');
    expect(loadConfig({ BTP_LOG_LEVEL: 'INFO' }).logLevel).toBe('info');
    expect(loadConfig({ BTP_LOG_LEVEL: 'silent' }).logLevel).toBe('silent');
    expect(() => loadConfig({ BTP_LOG_LEVEL: 'loud' })).toThrow(/BTP_LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud"/);
  });
});
