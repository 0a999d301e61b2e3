import { describe, expect, it } from 'vitest';
import { heldRunCount, runState, takeRunValues } from './run_values.js';
import { createMemorySession, STATE_KEYS } from './session_state.js';

function adkLikeSession(invocationId: string) {
  const session = createMemorySession();
  return { ...session, invocationId };
}

describe('run values: bulky state kept with the run, not in the session', () => {
  it('routes results, ranking, report and shards to the run and leaves a stand-in in state; the rest stays in state', () => {
    const session = adkLikeSession('inv-a');
    const state = runState(session);
    const results = [{ symbol: 'BTC', equity: [1, 2, 3] }, { symbol: 'ETH', equity: [4, 5] }];
    state.set(STATE_KEYS.backtestResults, results);
    state.set(`${STATE_KEYS.backtestShardPrefix}1`, results.slice(1));
    state.set(STATE_KEYS.reportDocument, { title: 'report' });
    state.set(STATE_KEYS.spec, { symbols: ['BTC'] });
    expect(state.get(STATE_KEYS.backtestResults)).toBe(results);
    expect(session.state.get(STATE_KEYS.backtestResults)).toEqual({ held_in_process: true, count: 2 });
    expect(session.state.get(`${STATE_KEYS.backtestShardPrefix}1`)).toEqual({ held_in_process: true, count: 1 });
    expect(session.state.get(STATE_KEYS.reportDocument)).toEqual({ held_in_process: true });
    expect(session.state.get(STATE_KEYS.spec)).toEqual({ symbols: ['BTC'] });
    // Another run of the same session sees none of this run's values.
    expect(runState(adkLikeSession('inv-b')).get(STATE_KEYS.backtestResults)).toBeUndefined();
    expect(takeRunValues('inv-a')).toEqual({
      [STATE_KEYS.backtestResults]: results, [`${STATE_KEYS.backtestShardPrefix}1`]: results.slice(1), [STATE_KEYS.reportDocument]: { title: 'report' },
    });
    expect(takeRunValues('inv-a')).toEqual({});
    takeRunValues('inv-b');
    expect(heldRunCount()).toBe(0);
  });

  it('writes a stand-in to state only when it changes (each write is in the session\'s events)', () => {
    const written: string[] = [];
    const session = adkLikeSession('inv-d');
    const recording = { ...session, state: { get: session.state.get, set: (key: string, value: unknown) => { written.push(key); session.state.set(key, value); } } };
    for (const iteration of [1, 2, 3]) runState(recording).set(STATE_KEYS.optimization, { status: 'running', iteration });
    runState(recording).set(STATE_KEYS.backtestResults, [1]);
    runState(recording).set(STATE_KEYS.backtestResults, [1, 2]);
    expect(written).toEqual([STATE_KEYS.optimization, STATE_KEYS.backtestResults, STATE_KEYS.backtestResults]);
    expect(runState(recording).get(STATE_KEYS.optimization)).toEqual({ status: 'running', iteration: 3 });
    takeRunValues('inv-d');
  });

  it('clears with null like state does, and a session without an invocation keeps everything in state', () => {
    const session = adkLikeSession('inv-c');
    runState(session).set(STATE_KEYS.ranking, { rows: [] });
    runState(session).set(STATE_KEYS.ranking, null);
    expect(session.state.get(STATE_KEYS.ranking)).toBeNull();
    expect(runState(session).get(STATE_KEYS.ranking)).toBeNull();
    takeRunValues('inv-c');
    const plain = createMemorySession();
    runState(plain).set(STATE_KEYS.backtestResults, [1]);
    expect(plain.state.get(STATE_KEYS.backtestResults)).toEqual([1]);
    expect(heldRunCount()).toBe(0);
  });
});
