import { describe, expect, it } from 'vitest';
import { buildAgentTrace, type TraceEvent } from './agent_trace.js';

const T0 = 1_800_000_000_000;
const call = (name: string, id: string) => ({ content: { parts: [{ functionCall: { name, id } }] } });
const response = (name: string, id: string, body: Record<string, unknown> = { ok: true }) => ({ content: { parts: [{ functionResponse: { name, id, response: body } }] } });
const text = { content: { parts: [{ text: 'done' }] } };

function event(at: number, author: string, body: object, extra: Partial<TraceEvent> = {}): TraceEvent {
  return { invocationId: 'turn_2', timestamp: T0 + at, author, ...body, ...extra };
}

describe('buildAgentTrace', () => {
  it('lists agents and their tools in order, with durations read from the event times', () => {
    const events: TraceEvent[] = [
      { invocationId: 'turn_1', timestamp: T0 - 5_000, author: 'user' },
      event(0, 'user', text),
      // A before-agent callback's state change (the turn's date): no content, and the run goes on.
      event(1, 'user_agent', {}, { actions: {} }),
      event(4, 'user_agent', call('parse_request', 'c1')),
      event(20, 'user_agent', response('parse_request', 'c1')),
      event(21, 'user_agent', call('transfer_to_agent', 'c2')),
      event(22, 'user_agent', response('transfer_to_agent', 'c2'), { actions: { transferToAgent: 'backtest_pipeline' } }),
      event(30, 'validation_agent', call('validate_request', 'c3')),
      event(95, 'validation_agent', response('validate_request', 'c3', { ok: false, error: { code: 'future_dates', message: 'no' } })),
      event(96, 'validation_agent', text),
      // Two shards in parallel: their events interleave, each keeps its own run.
      event(100, 'backtest_shard_0', call('run_backtests', 'c4'), { branch: 'backtest_agent.backtest_shard_0' }),
      event(101, 'backtest_shard_1', call('run_backtests', 'c5'), { branch: 'backtest_agent.backtest_shard_1' }),
      event(130, 'backtest_shard_1', response('run_backtests', 'c5'), { branch: 'backtest_agent.backtest_shard_1' }),
      event(140, 'backtest_shard_0', response('run_backtests', 'c4'), { branch: 'backtest_agent.backtest_shard_0' }),
      event(141, 'backtest_shard_0', text, { branch: 'backtest_agent.backtest_shard_0' }),
      event(142, 'backtest_shard_1', text, { branch: 'backtest_agent.backtest_shard_1' }),
      // A loop runs the same agent twice: two entries.
      event(150, 'critic_agent', call('critique', 'c6')),
      event(170, 'critic_agent', response('critique', 'c6', { error: 'Error in tool critique: bad args' })),
      event(171, 'critic_agent', text),
      event(175, 'critic_agent', call('critique', 'c7')),
      event(185, 'critic_agent', response('critique', 'c7')),
      event(186, 'critic_agent', text),
      // An agent that works without tools (the optimisation step) says one thing per run: each is an entry, timed from the event before it.
      event(200, 'optimization_step_agent', text),
      event(230, 'optimization_step_agent', text),
    ];
    const trace = buildAgentTrace(events, 'turn_2');
    expect(trace.startedAt).toBe(T0);
    expect(trace.endedAt).toBe(T0 + 230);
    expect(trace.entries).toEqual([
      { agent: 'user_agent', started_ms: 0, duration_ms: 22, tools: [{ tool: 'parse_request', duration_ms: 16 }, { tool: 'transfer_to_agent', duration_ms: 1 }] },
      { agent: 'validation_agent', started_ms: 22, duration_ms: 74, tools: [{ tool: 'validate_request', duration_ms: 65, error_code: 'future_dates' }] },
      { agent: 'backtest_shard_0', branch: 'backtest_agent.backtest_shard_0', started_ms: 96, duration_ms: 45, tools: [{ tool: 'run_backtests', duration_ms: 40 }] },
      { agent: 'backtest_shard_1', branch: 'backtest_agent.backtest_shard_1', started_ms: 100, duration_ms: 42, tools: [{ tool: 'run_backtests', duration_ms: 29 }] },
      { agent: 'critic_agent', started_ms: 142, duration_ms: 29, tools: [{ tool: 'critique', duration_ms: 20, error_code: 'tool_error' }] },
      { agent: 'critic_agent', started_ms: 171, duration_ms: 15, tools: [{ tool: 'critique', duration_ms: 10 }] },
      { agent: 'optimization_step_agent', started_ms: 186, duration_ms: 14, tools: [] },
      { agent: 'optimization_step_agent', started_ms: 200, duration_ms: 30, tools: [] },
    ]);
  });

  it('is empty for a turn without events', () => {
    expect(buildAgentTrace([{ invocationId: 'other', timestamp: T0, author: 'user' }], 'turn_2')).toEqual({ entries: [], startedAt: undefined, endedAt: undefined });
  });
});
