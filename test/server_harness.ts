/**
 * Test helper: `btp serve` started in this process on a free loopback port, over a fresh temp
 * folder (experiment store, sessions, locks, keys), with its log lines kept for assertions.
 * stop() drains and closes it, and removes the folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { loadConfig } from '../adk.config.js';
import { startBtpServer } from '../server/btp_server.js';
import { loadServerConfig } from '../server/server_config.js';

export const APP = 'backtestpilot';

export interface TestServer {
  url: string;
  dir: string;
  logLines(): string[];
  stop(): Promise<void>;
}

export async function startTestServer(env: Record<string, string> = {}, spanProcessors?: SpanProcessor[]): Promise<TestServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'btp-serve-test-'));
  const merged: Record<string, string | undefined> = {
    ...process.env,
    BTP_MODEL: 'offline-rules',
    BTP_TODAY: '2025-06-30',
    BTP_DB: path.join(dir, 'experiments.db'),
    BTP_KEYS_DB: path.join(dir, 'keys.db'),
    BTP_SESSION_URI: `sqlite://${path.join(dir, 'sessions.db')}`,
    BTP_LOCK_DB: path.join(dir, 'locks.db'),
    BTP_ARTIFACT_URI: `file://${path.join(dir, 'artifacts')}`,
    ...env,
  };
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      callback();
    },
  });
  const previousKeysDb = process.env.BTP_KEYS_DB;
  process.env.BTP_KEYS_DB = merged.BTP_KEYS_DB;
  const server = await startBtpServer({
    app: loadConfig(merged),
    server: loadServerConfig(merged, { host: '127.0.0.1', port: 0 }),
    logDestination: destination,
    env: merged,
    spanProcessors,
  });
  if (previousKeysDb === undefined) delete process.env.BTP_KEYS_DB;
  else process.env.BTP_KEYS_DB = previousKeysDb;
  return {
    url: server.url,
    dir,
    logLines: () => lines,
    stop: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function runBody(userId: string, sessionId: string, text: string): Record<string, unknown> {
  return { appName: APP, userId, sessionId, newMessage: { role: 'user', parts: [{ text }] } };
}

export interface ErrorBody {
  error: { code: string; message: string; request_id?: string };
}

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json<T = ErrorBody>(): T;
}

export async function call(url: string, init: { method?: string; key?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.key) headers.authorization = `Bearer ${init.key}`;
  let body: string | undefined = init.rawBody;
  if (init.body !== undefined) {
    body = JSON.stringify(init.body);
    headers['content-type'] ??= 'application/json';
  }
  const response = await fetch(url, { method: init.method ?? (body === undefined ? 'GET' : 'POST'), headers, body, signal: AbortSignal.timeout(60_000) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: <T = ErrorBody>() => JSON.parse(text) as T };
}

export async function createSession(server: TestServer, userId: string, sessionId: string, key?: string): Promise<void> {
  const answer = await call(`${server.url}/apps/${APP}/users/${userId}/sessions/${sessionId}`, { key, body: {} });
  if (answer.status !== 200) throw new Error(`session create answered ${answer.status}: ${answer.text}`);
}
