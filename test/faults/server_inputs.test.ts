/**
 * Bad input to `btp serve` (issue 16 §1, §4 and issue 18 §6): each answers a clear 4xx JSON error
 * with a code, nothing is written to the session, the server stays up, and no answer carries a
 * stack trace, a file path or a key.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP, call, createSession, runBody, startTestServer, type Answer, type TestServer } from '../server_harness.js';

const ALICE_KEY = 'alice-key-0123456789abcdef';
const BOB_KEY = 'bob-key-0123456789abcdef00';
const LIMITED_KEY = 'limited-key-0123456789abcd';
const RATE_LIMIT = 150;

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({
    BTP_API_KEYS: `alice:${ALICE_KEY},bob:${BOB_KEY},limited:${LIMITED_KEY}`,
    BTP_RATE_LIMIT: String(RATE_LIMIT),
  });
  await createSession(server, 'alice', 's1', ALICE_KEY);
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

async function eventCount(): Promise<number> {
  const answer = await call(`${server.url}/apps/${APP}/users/alice/sessions/s1`, { key: ALICE_KEY });
  expect(answer.status).toBe(200);
  return answer.json<{ events: unknown[] }>().events.length;
}

function expectCleanError(answer: Answer, status: number, code: string): void {
  expect(answer.status, answer.text).toBe(status);
  expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
  const body = answer.json();
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(10);
  expect(answer.text).not.toMatch(/\bat .+\(|\/work\/|node_modules|\.ts:\d|\.js:\d|Error:/);
  for (const key of [ALICE_KEY, BOB_KEY, LIMITED_KEY]) expect(answer.text).not.toContain(key);
}

describe('authentication', () => {
  it('answers 401 without a key, with a wrong key and with a malformed header, all alike', async () => {
    const answers = await Promise.all([
      call(`${server.url}/run`, { body: runBody('alice', 's1', 'Backtest SMA on BTC for 2022') }),
      call(`${server.url}/run`, { key: 'not-a-key-0123456789', body: runBody('alice', 's1', 'Backtest SMA on BTC for 2022') }),
      call(`${server.url}/run`, { headers: { authorization: `Basic ${ALICE_KEY}` }, body: runBody('alice', 's1', 'x') }),
      call(`${server.url}/apps/${APP}/users/alice/sessions`),
    ]);
    for (const answer of answers) expectCleanError(answer, 401, 'unauthorized');
    expect(new Set(answers.map((answer) => answer.json().error.message)).size).toBe(1);
    expect(await eventCount()).toBe(0);
  });

  it('accepts x-api-key as well as Bearer', async () => {
    const answer = await call(`${server.url}/apps/${APP}/users/alice/sessions`, { headers: { 'x-api-key': ALICE_KEY } });
    expect(answer.status).toBe(200);
  });

  it('keeps each key to its own user: another user\'s sessions cannot be read, listed, created or run', async () => {
    const answers = await Promise.all([
      call(`${server.url}/apps/${APP}/users/alice/sessions/s1`, { key: BOB_KEY }),
      call(`${server.url}/apps/${APP}/users/alice/sessions`, { key: BOB_KEY }),
      call(`${server.url}/apps/${APP}/users/alice/sessions/s2`, { key: BOB_KEY, body: {} }),
      call(`${server.url}/run`, { key: BOB_KEY, body: runBody('alice', 's1', 'Backtest SMA on BTC for 2022') }),
    ]);
    for (const answer of answers) expectCleanError(answer, 403, 'forbidden_user');
    expect(await eventCount()).toBe(0);
  });

  it('health and metrics answer without a key', async () => {
    expect((await call(`${server.url}/healthz`)).status).toBe(200);
    expect((await call(`${server.url}/readyz`)).status).toBe(200);
    expect((await call(`${server.url}/metrics`)).text).toContain('process_resident_memory_bytes');
  });
});

describe('run bodies (zod, before the runner)', () => {
  const cases: Array<[string, unknown]> = [
    ['parts is a string', { ...runBody('alice', 's1', ''), newMessage: { role: 'user', parts: 'Backtest SMA on BTC' } }],
    ['role is model', { ...runBody('alice', 's1', ''), newMessage: { role: 'model', parts: [{ text: 'hi' }] } }],
    ['a part that is not text', { ...runBody('alice', 's1', ''), newMessage: { role: 'user', parts: [{ inlineData: { data: 'AA==', mimeType: 'image/png' } }] } }],
    ['no newMessage', { appName: APP, userId: 'alice', sessionId: 's1' }],
    ['parts is empty', { ...runBody('alice', 's1', ''), newMessage: { role: 'user', parts: [] } }],
    ['an empty request', runBody('alice', 's1', '   ')],
    ['a body that is an array', [runBody('alice', 's1', 'hi')]],
  ];
  for (const [name, body] of cases) {
    it(`refuses ${name} with 400 bad_request and appends nothing`, async () => {
      for (const route of ['/run', '/run_sse']) expectCleanError(await call(`${server.url}${route}`, { key: ALICE_KEY, body }), 400, 'bad_request');
      expect(await eventCount()).toBe(0);
    });
  }

  it('refuses a request over 4,000 characters with request_too_long', async () => {
    expectCleanError(await call(`${server.url}/run`, { key: ALICE_KEY, body: runBody('alice', 's1', `Backtest SMA on BTC ${'x'.repeat(4_000)}`) }), 400, 'request_too_long');
    expect(await eventCount()).toBe(0);
  });

  it('refuses client-written state in a run (stateDelta) and in a new session', async () => {
    expectCleanError(await call(`${server.url}/run`, { key: ALICE_KEY, body: { ...runBody('alice', 's1', 'Backtest SMA on BTC for 2022'), stateDelta: { validation: { ok: true } } } }), 400, 'client_state_refused');
    expectCleanError(await call(`${server.url}/apps/${APP}/users/alice/sessions/s3`, { key: ALICE_KEY, body: { state: { backtest_results: [] } } }), 400, 'client_state_refused');
    expectCleanError(await call(`${server.url}/apps/${APP}/users/alice/sessions`, { key: ALICE_KEY, body: { state: { 'user:plan': 'pro' } } }), 400, 'client_state_refused');
    expect((await call(`${server.url}/apps/${APP}/users/alice/sessions/s3`, { key: ALICE_KEY })).status).toBe(404);
  });

  it('answers 404 unknown_app for any other app, in the path or the body', async () => {
    expectCleanError(await call(`${server.url}/run`, { key: ALICE_KEY, body: { ...runBody('alice', 's1', 'hi'), appName: 'other_app' } }), 404, 'unknown_app');
    expectCleanError(await call(`${server.url}/apps/other_app/users/alice/sessions`, { key: ALICE_KEY }), 404, 'unknown_app');
  });

  it('answers 404 session_not_found for a run on a session that does not exist', async () => {
    expectCleanError(await call(`${server.url}/run`, { key: ALICE_KEY, body: runBody('alice', 'missing', 'Backtest SMA on BTC for 2022') }), 404, 'session_not_found');
  });
});

describe('malformed requests', () => {
  it('answers malformed JSON with 400 malformed_json', async () => {
    expectCleanError(await call(`${server.url}/run`, { key: ALICE_KEY, rawBody: '{"appName": "backtestpilot",', headers: { 'content-type': 'application/json' } }), 400, 'malformed_json');
  });

  it('answers a wrong content type with 415', async () => {
    expectCleanError(await call(`${server.url}/run`, { key: ALICE_KEY, rawBody: 'appName=backtestpilot', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, 'unsupported_media_type');
    expectCleanError(await call(`${server.url}/run`, { key: ALICE_KEY, rawBody: JSON.stringify(runBody('alice', 's1', 'hi')), headers: { 'content-type': 'text/plain' } }), 415, 'unsupported_media_type');
  });

  it('answers a 1 MB body with 413 body_too_large', async () => {
    expectCleanError(await call(`${server.url}/run`, { key: ALICE_KEY, body: runBody('alice', 's1', 'x'.repeat(1024 * 1024)) }), 413, 'body_too_large');
  });

  it('answers path traversal in app, user or session ids with 400', async () => {
    for (const path of [`/apps/..%2F..%2Fetc/users/alice/sessions`, `/apps/${APP}/users/..%2Fbob/sessions`, `/apps/${APP}/users/alice/sessions/..%2F..%2Fs1`, `/apps/${APP}/users/alice/sessions/%00`]) {
      expectCleanError(await call(`${server.url}${path}`, { key: ALICE_KEY }), 400, 'bad_id');
    }
    expectCleanError(await call(`${server.url}/run`, { key: ALICE_KEY, body: runBody('alice', '../s1', 'hi') }), 400, 'bad_request');
  });

  it('answers unknown routes, /debug/* and the Agent Engine route with 404 JSON', async () => {
    for (const path of ['/nope', '/debug/trace/session/s1', `/dev/apps/${APP}/debug/trace/session/s1`, '/api/reasoning_engine']) {
      expectCleanError(await call(`${server.url}${path}`, { key: ALICE_KEY }), 404, 'not_found');
    }
  });

  it('sets helmet headers and no CORS header for a foreign origin', async () => {
    const answer = await call(`${server.url}/healthz`, { headers: { origin: 'https://evil.example' } });
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('strict-transport-security')).toBeTruthy();
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    expect(answer.headers.get('x-powered-by')).toBeNull();
  });

  it('stays up and writes nothing after all of the above', async () => {
    expect((await call(`${server.url}/healthz`)).status).toBe(200);
    expect(await eventCount()).toBe(0);
  });
});

describe('rate limit', () => {
  it('answers 429 rate_limited with Retry-After past BTP_RATE_LIMIT a minute for one key, and not for another', async () => {
    const answers: Answer[] = [];
    for (let index = 0; index <= RATE_LIMIT; index++) answers.push(await call(`${server.url}/apps/${APP}/users/limited/sessions`, { key: LIMITED_KEY }));
    expect(answers.slice(0, RATE_LIMIT).every((answer) => answer.status === 200)).toBe(true);
    const over = answers[RATE_LIMIT];
    expectCleanError(over, 429, 'rate_limited');
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await call(`${server.url}/apps/${APP}/users/alice/sessions`, { key: ALICE_KEY })).status).toBe(200);
  });
});
