import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startSessionService, type SessionServiceHandle } from './session_service.js';

let dir: string | undefined;
let handles: SessionServiceHandle[] = [];

afterEach(async () => {
  await Promise.all(handles.map((handle) => handle.close()));
  handles = [];
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('startSessionService on SQLite', () => {
  it('lets several instances start at once on a fresh file: the slower ones find the tables the first made', async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'btp-session-race-'));
    const uri = `sqlite://${path.join(dir, 'sessions.db')}`;
    handles = await Promise.all(Array.from({ length: 6 }, () => startSessionService(uri)));
    const created = await handles[0]!.service.createSession({ appName: 'backtestpilot', userId: 'ana', state: { note: 'kept' } });
    for (const handle of handles) {
      const read = await handle.service.getSession({ appName: 'backtestpilot', userId: 'ana', sessionId: created.id });
      expect(read?.state).toMatchObject({ note: 'kept' });
    }
  });

  it('names a file it cannot create as database_unavailable at once, instead of after the pool\'s 60 s acquire timeout', async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'btp-session-bad-'));
    const notAFolder = path.join(dir, 'file');
    writeFileSync(notAFolder, '');
    const startedAt = Date.now();
    const failure: unknown = await startSessionService(`sqlite://${path.join(notAFolder, 'sessions.db')}`).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'database_unavailable' });
    expect(String(failure)).toContain(`${notAFolder}/sessions.db cannot be written (EEXIST`);
    expect(Date.now() - startedAt).toBeLessThan(5_000);
  });

  it('makes the folder of a new session file', async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'btp-session-new-'));
    handles = [await startSessionService(`sqlite://${path.join(dir, 'a', 'b', 'sessions.db')}`)];
    expect(existsSync(path.join(dir, 'a', 'b', 'sessions.db'))).toBe(true);
  });
});
