import { describe, expect, it } from 'vitest';
import type { BacktestResult } from '../../tools/backtest/backtest_result.js';
import { isBacktestPilotError } from '../../tools/errors.js';
import { backtestShardKey, createMemorySession, STATE, STATE_KEYS } from './session_state.js';
import { readState, writeState } from './state_key.js';

const SPEC = { symbols: ['BTC'], strategies: [{ name: 'sma_crossover' }], targets: {}, optimization_required: false, portfolio: null, fees_bps: 10, initial_capital: 10_000, rank_by: 'sharpe_ratio' };

function refusal(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (error) {
    if (isBacktestPilotError(error)) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('typed session state', () => {
  it('reads a stored value through its key\'s schema', () => {
    const { state } = createMemorySession({ [STATE_KEYS.spec]: SPEC, [STATE_KEYS.today]: '2026-12-04', [STATE_KEYS.requestHistory]: ['a', 'b'] });
    expect(readState(state, STATE.spec)).toEqual(SPEC);
    expect(readState(state, STATE.today)).toBe('2026-12-04');
    expect(readState(state, STATE.requestHistory)).toEqual(['a', 'b']);
  });

  it('answers undefined for a key never set or cleared with null', () => {
    const { state } = createMemorySession();
    expect(readState(state, STATE.validation)).toBeUndefined();
    writeState(state, STATE.validation, { ok: true, notes: [], run_window: { start: '2021-01-01' } });
    expect(readState(state, STATE.validation)).toEqual({ ok: true, notes: [], run_window: { start: '2021-01-01' } });
    writeState(state, STATE.validation, null);
    expect(readState(state, STATE.validation)).toBeUndefined();
  });

  it('refuses a stored value that is not what the key holds, naming the key and the problem', () => {
    const impossibleDay = refusal(() => readState(createMemorySession({ [STATE_KEYS.today]: '2026-02-30' }).state, STATE.today));
    expect(impossibleDay.code).toBe('session_state_invalid');
    expect(impossibleDay.message).toContain('session state "today"');
    const oldSpec = refusal(() => readState(createMemorySession({ [STATE_KEYS.spec]: { ...SPEC, symbols: 'BTC' } }).state, STATE.spec));
    expect(oldSpec.code).toBe('session_state_invalid');
    expect(oldSpec.message).toMatch(/"spec".* at symbols\b/);
    const both = refusal(() => readState(createMemorySession({ [STATE_KEYS.experiment]: { id: 3, error: { code: 'internal', message: 'x' } } }).state, STATE.experiment));
    expect(both.message).toContain('either the saved id or the error');
  });

  it('hands back a run value as the very object its writer set, and treats another run\'s stand-in as absent', () => {
    const { state } = createMemorySession();
    const results: BacktestResult[] = [];
    writeState(state, backtestShardKey(1), results);
    expect(readState(state, backtestShardKey(1))).toBe(results);
    const later = createMemorySession({ [STATE_KEYS.backtestResults]: { held_in_process: true, count: 2 } });
    expect(readState(later.state, STATE.backtestResults)).toBeUndefined();
  });
});
