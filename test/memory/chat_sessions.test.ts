import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { STATE_KEYS } from '../../agents/tools/session_state.js';
import { searchExperiments } from '../../memory/search_experiments.js';
import { openSessionService } from '../../agents/runtime/session_service.js';
import { closeSharedExperimentStores, sharedExperimentStore } from '../../memory/shared_store.js';
import type { RequestSpec } from '../../tools/request/request_spec.js';
import { tempDatabasePath } from './temp_database.js';
import { BTP_COMMAND } from '../btp_command.js';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const folder = path.dirname(tempDatabasePath());
const SESSION_URI = `sqlite://${path.join(folder, 'sessions.db')}`;
const EXPERIMENTS_DB = path.join(folder, 'experiments.db');
const SESSION = 'trader_1';

afterAll(closeSharedExperimentStores);

/** One `btp chat --session` process: types `lines`, then stdin ends, the process exits. */
function chat(lines: string[], session = SESSION): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [...BTP_COMMAND, 'chat', '--session', session, '--today', '2026-11-24'], {
      cwd: REPO_ROOT, timeout: 90_000,
      env: {
        ...process.env, BTP_SESSION_URI: SESSION_URI, BTP_DB: EXPERIMENTS_DB, BTP_MODEL: 'offline-rules',
        BTP_DATA_DIR: path.resolve(process.env.BTP_DATA_DIR!), BTP_CACHE_DIR: path.resolve('data/processed'),
      },
    }, (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout)));
    child.stdin!.end(lines.map((line) => `${line}\n`).join(''));
  });
}

/** The session as the next process will find it, read through ADK's own session service. */
async function savedSession(): Promise<{ state: Record<string, unknown>; userMessages: number }> {
  const sessions = openSessionService(SESSION_URI);
  try {
    const session = await sessions.service.getSession({ appName: 'backtestpilot', userId: 'local_user', sessionId: SESSION });
    return { state: session!.state, userMessages: session!.events.filter((event) => event.author === 'user').length };
  } finally {
    await sessions.close();
  }
}

describe('btp chat --session: a conversation resumes after the process ends', () => {
  it('keeps the request across three separate processes, one follow-up each', async () => {
    const first = await chat(['Backtest SMA 20/50 on BTC for 2022']);
    expect(first).toContain(`session ${SESSION}; resume it later with: btp chat --session ${SESSION}`);
    expect(first).toContain('## Ranking');
    expect(first).toMatch(/saved as experiment #1/);

    const second = await chat(['Now try it on ETH']);
    expect(second).toContain(`resumed session ${SESSION} (1 earlier message(s))`);
    let { state } = await savedSession();
    let spec = state[STATE_KEYS.spec] as RequestSpec;
    expect(spec.symbols).toEqual(['ETH']);
    expect(spec.strategies[0]).toEqual({ name: 'sma_crossover', params: { short: 20, long: 50 } });
    expect(spec.date_range).toEqual({ start: '2022-01-01', end: '2022-12-31' });

    const third = await chat(['extend it to 2023', 'make the short window 10']);
    expect(third).toContain('resumed session');
    ({ state } = await savedSession());
    spec = state[STATE_KEYS.spec] as RequestSpec;
    expect(spec.symbols).toEqual(['ETH']);
    expect(spec.date_range).toEqual({ start: '2022-01-01', end: '2023-12-31' });
    expect(spec.strategies[0]).toEqual({ name: 'sma_crossover', params: { short: 10, long: 50 } });
    expect((await savedSession()).userMessages).toBe(4);

    const page = searchExperiments(sharedExperimentStore(EXPERIMENTS_DB));
    expect(page.experiments.map((experiment) => experiment.user_query)).toEqual([
      'make the short window 10', 'extend it to 2023', 'Now try it on ETH', 'Backtest SMA 20/50 on BTC for 2022',
    ]);
    expect(new Set(page.experiments.map((experiment) => experiment.session_id))).toEqual(new Set([SESSION]));
  }, 240_000);

  it('answers a memory question in a new process from the store, and refuses a malformed session id', async () => {
    const answer = await chat(['show my last 2 experiments'], 'another_session');
    expect(answer).toMatch(/Your 2 most recent experiment\(s\) \(4 in all\):\n- #4 .*"make the short window 10"/);
    await expect(chat(['hi'], '../../etc/passwd')).rejects.toThrow('a session id is 1 to 128 letters');
  }, 120_000);
});
