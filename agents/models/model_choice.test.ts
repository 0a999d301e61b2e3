import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../adk.config.js';
import { BacktestPilotError } from '../../tools/errors.js';
import { chooseModel } from './model_choice.js';

// ADK's Gemini class reads its key from process.env, so the machine's own variables are blanked.
const KEY_VARIABLES = ['GOOGLE_API_KEY', 'GEMINI_API_KEY', 'GOOGLE_GENAI_API_KEY', 'GOOGLE_GENAI_USE_VERTEXAI'];

describe('chooseModel', () => {
  beforeEach(() => {
    for (const name of KEY_VARIABLES) vi.stubEnv(name, '');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('runs on the offline model when no Gemini key is set', () => {
    expect(chooseModel(loadConfig({}))).toBe('offline-rules');
  });

  it('runs on Gemini when a key is set, without calling it', () => {
    vi.stubEnv('GEMINI_API_KEY', 'test-key-not-used');
    expect(chooseModel(loadConfig({ GEMINI_API_KEY: 'test-key-not-used' }))).toBe('gemini-2.5-flash');
  });

  it('lets BTP_MODEL override the choice either way', () => {
    vi.stubEnv('GOOGLE_API_KEY', 'test-key-not-used');
    expect(chooseModel(loadConfig({ GOOGLE_API_KEY: 'test-key-not-used', BTP_MODEL: 'offline-rules' }))).toBe('offline-rules');
    expect(chooseModel(loadConfig({ GOOGLE_API_KEY: 'test-key-not-used', BTP_MODEL: 'gemini-2.5-pro' }))).toBe('gemini-2.5-pro');
    expect(chooseModel(loadConfig({ BTP_MODEL: 'offline-strict' }))).toBe('offline-strict');
  });

  it.each([
    ['a gemini model without a key', 'gemini-2.5-pro', /API key must be provided/],
    ['a model no class serves', 'gpt-4o', /Model gpt-4o not found/],
  ])('refuses %s with bad_config before any agent runs', (_case, model, reason) => {
    let thrown: unknown;
    try {
      chooseModel(loadConfig({ BTP_MODEL: model }));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(BacktestPilotError);
    expect(thrown).toMatchObject({ code: 'bad_config', details: { model } });
    expect((thrown as Error).message).toMatch(reason);
    expect((thrown as Error).message).toMatch(/Use an offline-\* model/);
  });
});
