/**
 * BTP_MODEL=hybrid: the offline grammar reads first; Gemini (the real class and genai client,
 * answered by an HTTP interceptor in the API's JSON format) is asked only when the grammar marks a
 * message not_understood, and the answer says which model read the request.
 */
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../adk.config.js';
import { HYBRID_NO_KEY_HINT } from '../../agents/models/hybrid_hint.js';
import { RESTATE_INSTRUCTION } from '../../agents/models/hybrid_model.js';
import { Conversation } from '../../agents/runtime/conversation.js';
import { STATE_KEYS } from '../../agents/tools/session_state.js';
import { instructionText, successBody } from '../../evals/gemini/gemini_json.js';
import { closeSharedExperimentRepositories } from '../../memory/shared_repository.js';
import { tempDatabasePath } from '../memory/temp_database.js';

const FAKE_KEY = 'AIza-test-key-for-the-hybrid';
const SLANG = 'gimme the golden goose on the king of crypto back in twenty two';
const RESTATED = 'SMA crossover on BTC from 2022-01-01 to 2022-12-31';

interface GeminiCall { instruction: string; userTexts: string[] }
const calls: GeminiCall[] = [];

const gemini = setupServer(http.post('https://generativelanguage.googleapis.com/*', async ({ request }) => {
  const body = await request.json() as { systemInstruction?: unknown; contents?: Array<{ role?: string; parts?: Array<{ text?: string }> }> };
  calls.push({
    instruction: instructionText(body.systemInstruction),
    userTexts: (body.contents ?? []).filter((content) => content.role === 'user').flatMap((content) => (content.parts ?? []).flatMap((part) => (part.text ? [part.text] : []))),
  });
  return HttpResponse.json(successBody({ role: 'model', parts: [{ functionCall: { name: 'parse_request', args: { text: RESTATED } } }] }, 'gemini-2.5-flash', calls.length));
}));

function hybridConversation(env: Record<string, string> = {}): Promise<Conversation> {
  const config = loadConfig({ ...process.env, BTP_MODEL: 'hybrid', BTP_TODAY: '2026-11-24', BTP_DB: tempDatabasePath(), BTP_DATABASE_URL: '', BTP_FETCH_ON_DEMAND: '0', ...env });
  return Conversation.start({ config });
}

beforeAll(() => gemini.listen({ onUnhandledRequest: 'error' }));
afterEach(async () => {
  calls.length = 0;
  vi.unstubAllEnvs();
  await closeSharedExperimentRepositories();
});
afterAll(() => gemini.close());

describe('BTP_MODEL=hybrid', () => {
  it('asks Gemini once, for a message the grammar marks not_understood, and says Gemini read it', async () => {
    vi.stubEnv('GOOGLE_API_KEY', FAKE_KEY);
    const conversation = await hybridConversation();
    const turn = await conversation.send(SLANG);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.instruction).toContain(RESTATE_INSTRUCTION);
    expect(calls[0]!.userTexts).toContain(SLANG);
    expect(turn.errors).toEqual([]);
    expect(turn.state[STATE_KEYS.requestReader]).toEqual({ model: 'Gemini (gemini-2.5-flash)', text: RESTATED });
    expect(turn.reply).toContain('# Backtest report: sma_crossover on BTC');
    expect(turn.reply).toContain(`Read by Gemini (gemini-2.5-flash), as "${RESTATED}": the offline grammar could not read it.`);
    expect(turn.reply).toContain('2022-01-01 to 2022-12-31');
  }, 120_000);

  it('never asks Gemini for what the grammar reads, and says the grammar read it', async () => {
    vi.stubEnv('GOOGLE_API_KEY', FAKE_KEY);
    const conversation = await hybridConversation();
    const turn = await conversation.send('Backtest SMA 20/50 on BTC for 2022');
    expect(calls).toHaveLength(0);
    expect(turn.reply).toContain('Read by the offline grammar.');
  }, 120_000);

  it('without a key, keeps the grammar\'s question and says how to let Gemini read it, calling nothing', async () => {
    vi.stubEnv('GOOGLE_API_KEY', '');
    vi.stubEnv('GEMINI_API_KEY', '');
    vi.stubEnv('GOOGLE_GENAI_API_KEY', '');
    const conversation = await hybridConversation({ GOOGLE_API_KEY: '', GEMINI_API_KEY: '', GOOGLE_GENAI_API_KEY: '' });
    const turn = await conversation.send(SLANG);
    expect(calls).toHaveLength(0);
    expect(turn.reply).toContain('not_understood');
    expect(turn.reply).toContain(HYBRID_NO_KEY_HINT);
  }, 120_000);
});
