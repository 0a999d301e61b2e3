import { describe, expect, it } from 'vitest';
import { GEMINI_READER } from '../models/hybrid_hint.js';
import { GRAMMAR_READER } from '../../tools/report/report_input.js';
import { ParseRequestInputSchema, parseRequestInSession } from './parse_request_tool.js';
import { createMemorySession, STATE_KEYS } from './session_state.js';

const dependencies = { dataDir: 'data/sample', cacheDir: 'data/processed', riskFreeRate: 0, databasePath: ':memory:', today: () => '2026-11-24', now: () => Date.parse('2026-11-24T12:00:00Z') };

describe('parse_request read_by (set by BTP_MODEL=hybrid)', () => {
  it('accepts only the two readers, so no model can put other words in the report', () => {
    for (const reader of [GRAMMAR_READER, GEMINI_READER]) expect(ParseRequestInputSchema.safeParse({ text: 'SMA on BTC for 2022', read_by: reader }).success).toBe(true);
    const refused = ParseRequestInputSchema.safeParse({ text: 'SMA on BTC for 2022', read_by: 'a human analyst' });
    expect(refused.success).toBe(false);
    expect(refused.error!.issues[0]!.path).toEqual(['read_by']);
  });

  it('records who read the request and the text read, and clears it for a request read without one', () => {
    const session = createMemorySession();
    parseRequestInSession({ text: 'SMA crossover on BTC from 2022-01-01 to 2022-12-31', read_by: GEMINI_READER }, session, dependencies);
    expect(session.state.get(STATE_KEYS.requestReader)).toEqual({ model: GEMINI_READER, text: 'SMA crossover on BTC from 2022-01-01 to 2022-12-31' });
    parseRequestInSession({ text: 'now try it on ETH' }, session, dependencies);
    expect(session.state.get(STATE_KEYS.requestReader)).toBeNull();
  });
});

describe('a new request clears the run before it', () => {
  it('resets what an earlier run left, and writes no null where nothing was', () => {
    const session = createMemorySession();
    parseRequestInSession({ text: 'SMA crossover on BTC for 2022' }, session, dependencies);
    expect(session.state.get(STATE_KEYS.validation)).toBeUndefined();
    expect(session.state.get(STATE_KEYS.experiment)).toBeUndefined();
    session.state.set(STATE_KEYS.experiment, { id: 7 });
    parseRequestInSession({ text: 'now try it on ETH' }, session, dependencies);
    expect(session.state.get(STATE_KEYS.experiment)).toBeNull();
    expect(session.state.get(STATE_KEYS.validation)).toBeUndefined();
  });
});
