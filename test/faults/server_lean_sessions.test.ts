/**
 * Lean sessions (issue 16 §1): a `/run` of the README's request answers its events without the
 * run's curves, trades, trials or chart series, and the session keeps only small stand-ins for
 * them, while the experiment store still gets the full run and nothing is left in the process.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heldRunCount } from '../../agents/tools/run_values.js';
import { openSqliteRepository } from '../../memory/sqlite_repository.js';
import { APP, call, createSession, runBody, startTestServer, type Answer, type TestServer } from '../server_harness.js';

const KEY = 'lena-key-0123456789abcdef00';
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const README_REQUEST = 'Compare SMA vs RSI on BTC and ETH from 2021 to 2024, target Sharpe > 1.5';

let server: TestServer;
const sizes: number[] = [];
const answers: Answer[] = [];

async function sessionJson(): Promise<string> {
  const answer = await call(`${server.url}/apps/${APP}/users/lena/sessions/s1`, { key: KEY });
  expect(answer.status).toBe(200);
  return answer.text;
}

beforeAll(async () => {
  server = await startTestServer({ BTP_API_KEYS: `lena:${KEY}`, BTP_TODAY: '2026-11-24' });
  await createSession(server, 'lena', 's1', KEY);
  sizes.push((await sessionJson()).length);
  for (const text of [README_REQUEST, 'now try it on SOL']) {
    answers.push(await call(`${server.url}/run`, { key: KEY, body: runBody('lena', 's1', text) }));
    sizes.push((await sessionJson()).length);
  }
}, 300_000);

afterAll(async () => {
  await server?.stop();
});

describe('a /run turn', () => {
  it('answers the README\'s request in under 50 KB, the report included', () => {
    expect(answers[0]!.status, answers[0]!.text.slice(0, 300)).toBe(200);
    expect(answers[0]!.text.length).toBeLessThan(50_000);
    expect(answers[0]!.text).toContain('# Backtest report: sma_crossover vs rsi_mean_reversion on BTC, ETH');
    expect(answers[0]!.text).not.toContain('"equity"');
  });

  it('keeps stand-ins in session state, not the results, trials or report document', async () => {
    const state = (JSON.parse(await sessionJson()) as { state: Record<string, unknown> }).state;
    expect(JSON.stringify(state).length).toBeLessThan(5_000);
    expect(state.backtest_results).toEqual({ held_in_process: true, count: 3 });
    expect(state.report_document).toEqual({ held_in_process: true });
    expect(state.spec).toMatchObject({ symbols: ['SOL'] });
  });

  it('shows no file path of the server in the session (its events and its state)', async () => {
    const session = await sessionJson();
    expect(session).not.toContain(REPO_ROOT);
    expect(session).not.toContain(server.dir);
  });

  it('grows the session by the turn\'s events alone: under 20 KB a turn, five optimisation iterations included (it grew by 1.9 MB)', () => {
    expect(answers[1]!.status).toBe(200);
    const [readme, followUp] = sizes.slice(1).map((size, turn) => size - sizes[turn]!);
    // Measured 19.9 KB (19,949 bytes) and 14.1 KB. Of the README request's 24 events, the five optimisation iterations (one event
    // each, run without a model) are 2.6 KB and the report's text 3.8 KB; ADK's own fields (ids, timestamps, empty action maps)
    // take about 300 bytes an event. The README turn is held to issue 16's 20 KB, about 50 bytes above what it measured.
    expect(readme).toBeLessThan(20_000);
    expect(followUp).toBeLessThan(20_000);
  });

  it('saves the full run in the experiment store and holds nothing in the process afterwards', async () => {
    const repository = openSqliteRepository(path.join(server.dir, 'experiments.db'));
    try {
      const page = await repository.search({}, Date.parse('2026-11-25T00:00:00Z'));
      expect(page.total).toBe(2);
      const first = page.experiments.find((experiment) => experiment.symbols.includes('BTC'))!;
      const report = await repository.report(first.id) as { runs: Array<{ equity: { t: string[] } }> } | null;
      expect(report!.runs.length).toBe(6);
      expect(report!.runs.every((run) => run.equity.t.length > 100)).toBe(true);
    } finally {
      await repository.close();
    }
    expect(heldRunCount()).toBe(0);
    // The artifacts went to the artifact folder (BTP_ARTIFACT_URI), not into the process.
    expect(existsSync(path.join(server.dir, 'artifacts', 'users', 'lena', 'sessions', 's1', 'artifacts', 'report.html'))).toBe(true);
  });
});
