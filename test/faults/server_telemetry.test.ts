/**
 * What `btp serve` tells operators (issue 16 §1): the seed's span tree with its attributes, trace
 * ids in Cloud Logging-shaped log lines, Prometheus metrics with bounded labels, and no key of any
 * kind in a log line or an answer (tested with a fake Gemini key and fake API keys).
 */
import { Writable } from 'node:stream';
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerLogger, secretValues } from '../../server/logger.js';
import { call, createSession, runBody, startTestServer, type Answer, type TestServer } from '../server_harness.js';

const FAKE_GEMINI_KEY = 'AIzaSyFAKE-gemini-key-000000000000000';
const HANK_KEY = 'hank-key-0123456789abcdef00';

const exporter = new InMemorySpanExporter();
let server: TestServer;
const answers: Answer[] = [];

beforeAll(async () => {
  server = await startTestServer({
    BTP_API_KEYS: `hank:${HANK_KEY}`,
    GOOGLE_API_KEY: FAKE_GEMINI_KEY,
    ADK_CAPTURE_MESSAGE_CONTENT_IN_SPANS: 'false',
  }, [new SimpleSpanProcessor(exporter)]);
  await createSession(server, 'hank', 't1', HANK_KEY);
  answers.push(await call(`${server.url}/run`, { key: HANK_KEY, body: runBody('hank', 't1', 'Compare SMA vs RSI on BTC and ETH from 2021 to 2024') }));
  answers.push(await call(`${server.url}/run`, { key: FAKE_GEMINI_KEY, body: runBody('hank', 't1', 'hi') }));
  answers.push(await call(`${server.url}/run`, { headers: { 'x-api-key': `${HANK_KEY}x` }, body: runBody('hank', 't1', 'hi') }));
  answers.push(await call(`${server.url}/nope/${HANK_KEY}`, { key: HANK_KEY }));
}, 300_000);

afterAll(async () => {
  await server?.stop();
});

function spanNamed(name: string): ReadableSpan {
  const span = exporter.getFinishedSpans().find((candidate) => candidate.name === name);
  if (!span) throw new Error(`no span ${name}; have ${[...new Set(exporter.getFinishedSpans().map((s) => s.name))].join(', ')}`);
  return span;
}

function parentOf(span: ReadableSpan): ReadableSpan | undefined {
  const parentId = span.parentSpanContext?.spanId;
  return exporter.getFinishedSpans().find((candidate) => candidate.spanContext().spanId === parentId);
}

function ancestorsOf(span: ReadableSpan): string[] {
  const names: string[] = [];
  for (let current = parentOf(span); current; current = parentOf(current)) names.push(current.name);
  return names;
}

describe('traces', () => {
  it('follow the seed\'s tree: user_request above every pipeline step, one trace per request', () => {
    expect(answers[0].status, answers[0].text).toBe(200);
    const root = spanNamed('user_request');
    expect(root.parentSpanContext?.spanId).toBeUndefined();
    for (const step of ['parse_request', 'validate_inputs', 'load_data', 'run_backtests', 'compute_risk', 'optimize', 'generate_report']) {
      const span = spanNamed(step);
      expect(span.spanContext().traceId).toBe(root.spanContext().traceId);
      expect(ancestorsOf(span)).toContain('user_request');
    }
  });

  it('carry the seed\'s attributes, and no query while content capture is off', () => {
    const root = spanNamed('user_request');
    expect(root.attributes['agent.name']).toBe('user_agent');
    expect(root.attributes.symbols).toEqual(['BTC', 'ETH']);
    expect(root.attributes.strategies).toEqual(expect.arrayContaining(['sma_crossover', 'rsi_mean_reversion']));
    expect(root.attributes.date_range).toBe('2021-01-01/2024-12-31');
    expect(root.attributes.query).toBeUndefined();
    const backtests = spanNamed('run_backtests');
    expect(backtests.attributes['agent.name']).toMatch(/^backtest_shard_/);
    expect(backtests.attributes.symbols).toEqual(['BTC', 'ETH']);
  });
});

describe('logs', () => {
  it('are Cloud Logging JSON lines, and a request\'s line carries its trace id', () => {
    const lines = server.logLines().map((line) => JSON.parse(line) as Record<string, unknown>);
    for (const line of lines) {
      expect(line.severity).toMatch(/^(DEBUG|INFO|WARNING|ERROR|CRITICAL)$/);
      expect(typeof line.message).toBe('string');
    }
    const runLine = lines.find((line) => line.event === 'http.request' && line.route === '/run' && line.status === 200);
    expect(runLine?.['logging.googleapis.com/trace']).toBe(spanNamed('user_request').spanContext().traceId);
    expect(runLine?.user_id).toBe('hank');
    expect(typeof runLine?.request_id).toBe('string');
  });

  it('never hold an API key or the Gemini key, and neither do the answers', () => {
    const everything = [...server.logLines(), ...answers.map((answer) => answer.text)].join('\n');
    expect(everything).not.toContain(HANK_KEY);
    expect(everything).not.toContain(FAKE_GEMINI_KEY);
    expect(answers[1].status).toBe(401);
    expect(answers[2].status).toBe(401);
  });

  it('redact keys however they reach a line: headers, fields, messages', () => {
    const lines: string[] = [];
    const destination = new Writable({ write(chunk: Buffer, _encoding, callback) { lines.push(chunk.toString('utf8')); callback(); } });
    const logger = createServerLogger({ secrets: secretValues([HANK_KEY], { GOOGLE_API_KEY: FAKE_GEMINI_KEY }), destination });
    logger.info({ req: { headers: { authorization: `Bearer ${HANK_KEY}`, 'x-api-key': HANK_KEY } } }, 'headers');
    logger.info({ config: { GOOGLE_API_KEY: FAKE_GEMINI_KEY } }, 'config');
    logger.error(`calling Gemini with key=${FAKE_GEMINI_KEY} failed for Bearer ${HANK_KEY}`);
    logger.warn({ detail: `unknown key btp_abcd1234_${'x'.repeat(43)}` }, 'a created key');
    const text = lines.join('');
    expect(lines).toHaveLength(4);
    expect(text).not.toContain(HANK_KEY);
    expect(text).not.toContain(FAKE_GEMINI_KEY);
    expect(text).not.toContain('x'.repeat(43));
    expect(text.match(/\[REDACTED\]/g)?.length).toBeGreaterThanOrEqual(5);
  });
});

describe('metrics', () => {
  it('serve the default process metrics and the seed\'s, with bounded labels only', async () => {
    const text = (await call(`${server.url}/metrics`)).text;
    for (const name of ['process_resident_memory_bytes', 'nodejs_eventloop_lag_seconds', 'backtests_total', 'api_requests_total', 'backtest_duration_seconds_bucket', 'api_request_duration_seconds_bucket', 'active_backtests', 'agent_duration_seconds_bucket', 'optimization_trials_total']) {
      expect(text).toContain(name);
    }
    expect(text).toMatch(/backtests_total\{strategy="sma_crossover",symbol="BTC"\} 1/);
    expect(text).toMatch(/agent_duration_seconds_count\{agent="report_agent"\} 1/);
    expect(text).toContain('api_requests_total{route="unmatched",status="404"} 1');
    expect(text).not.toContain('hank');
    expect(text).not.toContain('nope');
    expect(text).not.toContain('session_id');
  });
});
