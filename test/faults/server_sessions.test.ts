/**
 * Sessions under `btp serve` (issue 18 §6): a poisoned history still answers, 50 concurrent creates
 * on a fresh database all succeed, and concurrent runs on one session never cross answers.
 */
import path from 'node:path';
import { createEvent, DatabaseSessionService, type Event } from '@google/adk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSessionService } from '../../agents/runtime/session_service.js';
import { APP, call, createSession, runBody, startTestServer, type TestServer } from '../server_harness.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ BTP_AUTH: 'off' });
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

interface RunEvent {
  author?: string;
  content?: { parts?: Array<{ text?: string }> };
}

function finalText(events: RunEvent[]): string {
  return events.map((event) => (event.content?.parts ?? []).map((part) => part.text ?? '').join('')).filter(Boolean).at(-1) ?? '';
}

describe('a poisoned session', () => {
  it('answers the next turn when its stored history holds an event the agents cannot read', async () => {
    await createSession(server, 'carol', 'poisoned');
    // Written straight into the session store, as a /run with "parts": "..." once did.
    const handle = openSessionService(`sqlite://${path.join(server.dir, 'sessions.db')}`);
    try {
      expect(handle.service).toBeInstanceOf(DatabaseSessionService);
      const session = await handle.service.getSession({ appName: APP, userId: 'carol', sessionId: 'poisoned' });
      const poisoned = createEvent({ author: 'user', invocationId: 'poison', content: { role: 'user', parts: 'Backtest SMA 20/50 on BTC for 2022' } as unknown as Event['content'] });
      await handle.service.appendEvent({ session: session!, event: poisoned });
      const stored = await handle.service.getSession({ appName: APP, userId: 'carol', sessionId: 'poisoned' });
      expect(stored!.events).toHaveLength(1);
      expect(typeof stored!.events[0].content?.parts).toBe('string');
    } finally {
      await handle.close();
    }

    const answer = await call(`${server.url}/run`, { body: runBody('carol', 'poisoned', 'Backtest SMA 20/50 on ETH for 2022') });
    expect(answer.status, answer.text).toBe(200);
    const events = answer.json<RunEvent[]>();
    expect(finalText(events)).toContain('ETH');
    expect(server.logLines().some((line) => line.includes('session.unreadable_events'))).toBe(true);
  });
});

describe('session creation', () => {
  it('answers 50 concurrent creates on a fresh database with 50 × 200 (tables made at start-up)', async () => {
    const fresh = await startTestServer({ BTP_AUTH: 'off' });
    try {
      const answers = await Promise.all(Array.from({ length: 50 }, (_, index) =>
        call(`${fresh.url}/apps/${APP}/users/${index % 5 === 0 ? 'shared' : `user${index}`}/sessions/race${index}`, { body: {} })));
      expect(answers.map((answer) => answer.status)).toEqual(Array(50).fill(200));
      const listed = await call(`${fresh.url}/apps/${APP}/users/shared/sessions`);
      expect(listed.json<{ sessions: unknown[] }>().sessions).toHaveLength(10);
    } finally {
      await fresh.stop();
    }
  });

  it('answers a second create of the same id with 409 session_exists', async () => {
    await createSession(server, 'dave', 'twice');
    const again = await call(`${server.url}/apps/${APP}/users/dave/sessions/twice`, { body: {} });
    expect(again.status).toBe(409);
    expect(again.json().error.code).toBe('session_exists');
  });
});

describe('one run at a time per session', () => {
  it('answers four concurrent runs on one session with one 200 and three 409 session_busy, and the 200 answers its own request', async () => {
    await createSession(server, 'erin', 'busy');
    const symbols = ['BTC', 'ETH', 'SOL', 'ADA'];
    const answers = await Promise.all(symbols.map((symbol) => call(`${server.url}/run`, { body: runBody('erin', 'busy', `Backtest SMA 20/50 on ${symbol} for 2022`) })));
    const ok = answers.filter((answer) => answer.status === 200);
    const busy = answers.filter((answer) => answer.status === 409);
    expect(ok).toHaveLength(1);
    expect(busy).toHaveLength(3);
    for (const answer of busy) {
      expect(answer.json().error.code).toBe('session_busy');
      expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    const winner = symbols[answers.indexOf(ok[0])];
    const reply = finalText(ok[0].json<RunEvent[]>());
    expect(reply).toContain(winner);
    for (const other of symbols.filter((symbol) => symbol !== winner)) expect(reply).not.toContain(`${other} `);

    // The session holds exactly one turn, and the next turn runs once the first has answered.
    const next = await call(`${server.url}/run`, { body: runBody('erin', 'busy', 'now try it on BNB') });
    expect(next.status, next.text).toBe(200);
    expect(finalText(next.json<RunEvent[]>())).toContain('BNB');
  });
});
