import { InMemoryRunner, LoopAgent, type Event } from '@google/adk';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../adk.config.js';
import { parseRequest } from '../../tools/request/index.js';
import { toolDependencies } from '../../tools/tool_dependencies.js';
import { takeRunValues } from '../tools/run_values.js';
import { OptimizationStepAgent } from './optimization_step_agent.js';

async function runLoop(state: Record<string, unknown>): Promise<{ events: Event[]; state: Record<string, unknown> }> {
  const step = new OptimizationStepAgent({ name: 'step', dependencies: toolDependencies(loadConfig({ BTP_TODAY: '2026-11-24' })) });
  const runner = new InMemoryRunner({ agent: new LoopAgent({ name: 'loop', subAgents: [step], maxIterations: 5 }), appName: 'test_app' });
  const session = await runner.sessionService.createSession({ appName: 'test_app', userId: 'tester', state });
  const events: Event[] = [];
  for await (const event of runner.runAsync({ userId: 'tester', sessionId: session.id, newMessage: { role: 'user', parts: [{ text: 'go' }] } })) events.push(event);
  const stored = await runner.sessionService.getSession({ appName: 'test_app', userId: 'tester', sessionId: session.id });
  return { events, state: stored!.state };
}

describe('OptimizationStepAgent', () => {
  it('writes the step through its event\'s stateDelta, so the session service keeps it, and escalates when the search is over', async () => {
    const parsed = parseRequest('Backtest SMA on BTC for 2022', { today: '2026-11-24' });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const validation = { ok: true, notes: [], run_window: { start: '2022-01-01', end: '2022-12-31' } };
    const { events, state } = await runLoop({ spec: parsed.spec, validation });
    expect(events.map((event) => [event.content?.parts?.[0]?.text, event.actions.stateDelta, event.actions.escalate])).toEqual([
      ['No optimisation was asked for.', { optimization: { held_in_process: true } }, true],
    ]);
    expect(state.optimization).toEqual({ held_in_process: true });
    expect(takeRunValues(events[0]!.invocationId)).toEqual({ optimization: { status: 'not_requested' } });
  });

  it('ends the loop with one text event saying what failed when a step fails with a typed error', async () => {
    const { events } = await runLoop({});
    expect(events).toHaveLength(1);
    const [failed] = events;
    expect(failed!.author).toBe('step');
    expect(failed!.content).toEqual({ role: 'model', parts: [{ text: 'The optimisation step failed [step_out_of_order]: the request has not been validated yet; run validate_request first' }] });
    expect(failed!.actions.escalate).toBe(true);
    // A told failure, not a model failure: the turn goes on to its report.
    expect(failed!.errorCode).toBeUndefined();
  });
});
