/**
 * The Gemini path, offline: ADK's Gemini class (with our retry settings) and the real @google/genai
 * client talk to recorded `generateContent` answers in the API's JSON format, served by an HTTP
 * interceptor (msw over Node's fetch). Nothing reaches the network: an unmatched request fails.
 */
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../adk.config.js';
import { Conversation } from '../../agents/runtime/conversation.js';
import { replayingGemini } from '../../evals/gemini/eval_with_gemini.js';
import { startGeminiReplay, type GeminiReplay } from '../../evals/gemini/gemini_replay.js';
import { runEvals } from '../../evals/scoring/run_evals.js';
import { GeminiRecordingSchema } from '../../evals/gemini/recording.js';
import { openSqliteRepository } from '../../memory/sqlite_repository.js';
import { closeSharedExperimentRepositories } from '../../memory/shared_repository.js';
import { STATE_KEYS } from '../../agents/tools/session_state.js';
import { tempDatabasePath } from '../memory/temp_database.js';

const recording = GeminiRecordingSchema.parse(JSON.parse(readFileSync(new URL('../../evals/gemini/recordings/sma_btc_2022.json', import.meta.url), 'utf8')));
const FAKE_KEY = 'AIza-test-key-for-the-replay';

let replay: GeminiReplay;
let database: string;

function geminiConversation(): Promise<Conversation> {
  database = tempDatabasePath();
  const config = loadConfig({ ...process.env, BTP_MODEL: 'gemini-2.5-flash', GOOGLE_API_KEY: FAKE_KEY, BTP_TODAY: recording.today, BTP_DB: database, BTP_DATABASE_URL: '' });
  return Conversation.start({ config });
}

async function savedExperiments(): Promise<number> {
  const repository = openSqliteRepository(database);
  try {
    return (await repository.search({})).total;
  } finally {
    await repository.close();
  }
}

beforeAll(() => vi.stubEnv('GOOGLE_API_KEY', FAKE_KEY));
afterEach(async () => {
  replay?.close();
  await closeSharedExperimentRepositories();
});
afterAll(() => vi.unstubAllEnvs());

/**
 * The agents in the order they asked, except that the backtest shards run side by side (a
 * ParallelAgent): which shard asks first depends on the scheduler, so each run of shard requests is
 * compared as a sorted list.
 */
function inParallelOrder(agents: readonly string[]): string[] {
  const ordered: string[] = [];
  let shards: string[] = [];
  const flush = () => { ordered.push(...shards.sort()); shards = []; };
  for (const agent of agents) {
    if (/^backtest_shard_\d+$/.test(agent)) shards.push(agent);
    else {
      flush();
      ordered.push(agent);
    }
  }
  flush();
  return ordered;
}

describe('the agents on gemini-2.5-flash, replayed', () => {
  it('run the whole pipeline and a follow-up: Gemini\'s function calls go through the same tools and spec', async () => {
    replay = startGeminiReplay(recording);
    const conversation = await geminiConversation();
    const first = await conversation.send(recording.requests![0]!);
    expect(first.errors).toEqual([]);
    expect(first.state[STATE_KEYS.spec]).toMatchObject({ symbols: ['BTC'], strategies: [{ name: 'sma_crossover', params: { short: 20, long: 50 } }, { name: 'buy_and_hold' }], date_range: { start: '2022-01-01', end: '2022-12-31' } });
    expect(first.reply).toContain('# Backtest report: sma_crossover on BTC');
    expect(first.state[STATE_KEYS.experiment]).toEqual({ id: 1 });
    const second = await conversation.send(recording.requests![1]!);
    expect(second.state[STATE_KEYS.spec]).toMatchObject({ symbols: ['ETH'], strategies: [{ name: 'sma_crossover', params: { short: 20, long: 50 } }, { name: 'buy_and_hold' }] });
    expect(second.reply).toContain('on ETH');
    // Every recorded answer was asked for, each by the agent it was recorded for, over the real endpoint.
    expect(replay.unused()).toEqual([]);
    expect(inParallelOrder(replay.requests.map((request) => request.agent))).toEqual(inParallelOrder(recording.exchanges.map((exchange) => exchange.agent)));
    expect(new Set(replay.requests.map((request) => new URL(request.url).pathname))).toEqual(new Set(['/v1beta/models/gemini-2.5-flash:generateContent']));
    const userAgentTools = replay.requests[0]!.body.tools?.flatMap((tool) => tool.functionDeclarations ?? []).map((declaration) => declaration.name);
    expect(userAgentTools).toEqual(expect.arrayContaining(['parse_request', 'transfer_to_agent']));
    expect(await savedExperiments()).toBe(2);
  });

  it('retries a 429 with backoff and completes', async () => {
    replay = startGeminiReplay(recording);
    replay.failNext('validation_agent', 429);
    const conversation = await geminiConversation();
    const turn = await conversation.send(recording.requests![0]!);
    expect(turn.errors).toEqual([]);
    expect(turn.reply).toContain('# Backtest report');
    const validation = replay.requests.filter((request) => request.agent === 'validation_agent');
    // The retried call, then nothing more: a clean pass ends the validation step without a summary.
    expect(validation.map((request) => request.status)).toEqual([429, 200]);
    // genai's first backoff is 1 s, randomised up to 2 s.
    expect(validation[1]!.at - validation[0]!.at).toBeGreaterThanOrEqual(900);
  });

  it('ends a model failure with a clear message and saves nothing as a run', async () => {
    replay = startGeminiReplay(recording);
    replay.failNext('risk_agent', 400);
    const conversation = await geminiConversation();
    const turn = await conversation.send(recording.requests![0]!);
    expect(turn.errors.length).toBeGreaterThan(0);
    expect(turn.reply).toMatch(/^The model \(gemini-2\.5-flash\) failed while risk_agent was working: .*API key not valid/);
    expect(turn.state[STATE_KEYS.experiment] ?? null).toBeNull();
    expect(await savedExperiments()).toBe(0);
  });

  it('pass an eval set on gemini-2.5-flash against its recording (btp eval run --model gemini-2.5-flash --replay-gemini)', async () => {
    const report = await replayingGemini('evals/gemini/recordings/follow_ups.json', 'gemini-2.5-flash', () => runEvals({ paths: ['evals/follow_ups.evalset.json'], model: 'gemini-2.5-flash' }));
    expect(report).toMatchObject({ passed: true, model: 'gemini-2.5-flash' });
    // Every case of the set was replayed (none skipped for want of a recorded answer).
    const { eval_cases: cases } = JSON.parse(readFileSync('evals/follow_ups.evalset.json', 'utf8')) as { eval_cases: unknown[] };
    expect(report.cases.length).toBe(cases.length);
  });
});
