import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FunctionTool, LlmAgent, SequentialAgent } from '@google/adk';
import { z } from 'zod';
import { toAgentTurn, type AgentTurn } from './agent_turn.js';
import { registerPlanner } from './planner_registry.js';
import { TODAY_LABEL } from '../callbacks/turn_facts.js';
import { foreignTurn, makeRequest, modelCalls, runTurns, toolResults, userText } from './test_helpers.js';
import './offline_model.js';

describe('toAgentTurn on hand-built requests', () => {
  const secondTurn = [
    userText('backtest BTC'),
    foreignTurn('intake', 'parsed BTC'),
    modelCalls(['run_backtest', { symbol: 'BTC' }]),
    toolResults(['run_backtest', { total_return: 0.1 }]),
    { role: 'model', parts: [{ text: 'BTC returned 10%' }] },
    userText('now ETH'),
    foreignTurn('intake', 'parsed ETH'),
    modelCalls(['run_backtest', { symbol: 'ETH' }], ['rank', { by: 'sharpe_ratio' }]),
    toolResults(['run_backtest', { total_return: 0.2 }], ['rank', { order: ['ETH'] }]),
  ];

  it('reads the latest real user message, skipping "For context:" rewrites of other agents', () => {
    const turn = toAgentTurn(makeRequest({ agentName: 'analyst', contents: secondTurn, toolNames: ['run_backtest', 'rank'] }));
    expect(turn.agentName).toBe('analyst');
    expect(turn.userText).toBe('now ETH');
    expect(turn.earlierUserTexts).toEqual(['backtest BTC']);
    expect(turn.toolNames).toEqual(['run_backtest', 'rank']);
  });

  it('collects only this turn\'s calls and the responses to the latest call', () => {
    const turn = toAgentTurn(makeRequest({ agentName: 'analyst', contents: secondTurn }));
    expect(turn.callsThisTurn).toEqual([
      { name: 'run_backtest', args: { symbol: 'ETH' } },
      { name: 'rank', args: { by: 'sharpe_ratio' } },
    ]);
    expect(turn.functionResponses).toEqual({ run_backtest: { total_return: 0.2 }, rank: { order: ['ETH'] } });
    expect(turn.lastIsFunctionResponse).toBe(true);
  });

  it('has no fresh results when the user spoke after the last tool call', () => {
    const turn = toAgentTurn(makeRequest({ agentName: 'analyst', contents: [...secondTurn, userText('and SOL?')] }));
    expect(turn.userText).toBe('and SOL?');
    expect(turn.earlierUserTexts).toEqual(['backtest BTC', 'now ETH']);
    expect(turn.functionResponses).toEqual({});
    expect(turn.callsThisTurn).toEqual([]);
    expect(turn.lastIsFunctionResponse).toBe(false);
  });

  it('keeps the later response when one call batch used the same tool twice', () => {
    const contents = [
      userText('compare'),
      modelCalls(['run_backtest', { symbol: 'BTC' }], ['run_backtest', { symbol: 'ETH' }]),
      toolResults(['run_backtest', { symbol: 'BTC' }], ['run_backtest', { symbol: 'ETH' }]),
    ];
    expect(toAgentTurn(makeRequest({ agentName: 'a', contents })).functionResponses).toEqual({ run_backtest: { symbol: 'ETH' } });
  });

  it('lists the transfer targets ADK names in the instruction', () => {
    const systemInstruction = 'Route.\n\nAgent name: researcher\nAgent description: finds data\n\nAgent name: coordinator\nAgent description: the parent\n';
    const turn = toAgentTurn(makeRequest({ agentName: 'a', contents: [], systemInstruction }));
    expect(turn.transferTargets).toEqual(['researcher', 'coordinator']);
  });

  it('takes the turn\'s date from its request label, never from the instruction\'s prose', () => {
    const labelled = (label: string | undefined) => {
      const request = makeRequest({ agentName: 'a', contents: [], systemInstruction: 'Today is 1999-01-01.' });
      if (label !== undefined) request.config!.labels![TODAY_LABEL] = label;
      return toAgentTurn(request);
    };
    expect(labelled('2026-12-04').today).toBe('2026-12-04');
    expect(labelled(undefined).today).toBeUndefined();
    expect(labelled('2026-02-30').today).toBeUndefined();
  });

  it('treats a user who literally types "For context:" as the user', () => {
    const turn = toAgentTurn(makeRequest({ agentName: 'a', contents: [userText('For context:')] }));
    expect(turn.userText).toBe('For context:');
  });

  it('flattens every systemInstruction shape to text and tolerates an empty request', () => {
    const asContent = makeRequest({ agentName: 'a', contents: [], systemInstruction: { parts: [{ text: 'one' }, { text: 'two' }] } });
    const asParts = makeRequest({ agentName: 'a', contents: [], systemInstruction: ['one', { text: 'two' }] });
    expect(toAgentTurn(asContent).systemInstruction).toBe('one\ntwo');
    expect(toAgentTurn(asParts).systemInstruction).toBe('one\ntwo');
    const empty = toAgentTurn(makeRequest({ agentName: 'a', contents: [] }));
    expect(empty).toMatchObject({ systemInstruction: '', userText: '', earlierUserTexts: [], lastIsFunctionResponse: false });
  });

  it('property: user messages are recovered in order whatever foreign turns are interleaved', () => {
    const step = fc.oneof(
      fc.record({ user: fc.string({ minLength: 1 }) }),
      fc.record({ foreign: fc.array(fc.string(), { minLength: 1, maxLength: 3 }) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), (steps) => {
        const contents = steps.map((s) => ('user' in s ? userText(s.user) : foreignTurn('other', ...s.foreign)));
        const said = steps.flatMap((s) => ('user' in s ? [s.user] : []));
        const turn = toAgentTurn(makeRequest({ agentName: 'a', contents }));
        expect(turn.userText).toBe(said.at(-1) ?? '');
        expect(turn.earlierUserTexts).toEqual(said.slice(0, -1));
      }),
    );
  });
});

describe('toAgentTurn inside a real InMemoryRunner', () => {
  it('sees tool results, resolved instructions and the conversation across two user turns', async () => {
    const seen: AgentTurn[] = [];
    const recordTopic = new FunctionTool({
      name: 'record_topic',
      description: 'Stores the topic in session state.',
      parameters: z.object({ topic: z.string() }),
      execute: ({ topic }, context) => {
        context!.state.set('topic', topic);
        return { stored: topic };
      },
    });
    registerPlanner('turn_intake', (turn) => {
      seen.push(turn);
      return turn.lastIsFunctionResponse
        ? { text: `noted ${String(turn.functionResponses.record_topic?.stored)}` }
        : { functionCalls: [{ name: 'record_topic', args: { topic: turn.userText } }] };
    });
    registerPlanner('turn_reporter', (turn) => {
      seen.push(turn);
      return { text: `report on ${turn.userText}` };
    });
    const root = new SequentialAgent({
      name: 'turn_pipeline',
      subAgents: [
        new LlmAgent({ name: 'turn_intake', model: 'offline-rules', instruction: 'Record the topic.', tools: [recordTopic] }),
        new LlmAgent({ name: 'turn_reporter', model: 'offline-rules', instruction: 'Report on {topic}.' }),
      ],
    });

    await runTurns(root, ['gold', 'silver']);

    expect(seen.map((turn) => turn.agentName)).toEqual([
      'turn_intake', 'turn_intake', 'turn_reporter', 'turn_intake', 'turn_intake', 'turn_reporter',
    ]);
    const [firstCall, afterTool, firstReport, , , secondReport] = seen;
    expect(firstCall).toMatchObject({ userText: 'gold', toolNames: ['record_topic'], transferTargets: [], lastIsFunctionResponse: false, callsThisTurn: [] });
    expect(afterTool).toMatchObject({
      lastIsFunctionResponse: true,
      functionResponses: { record_topic: { stored: 'gold' } },
      callsThisTurn: [{ name: 'record_topic', args: { topic: 'gold' } }],
    });
    expect(firstReport!.systemInstruction).toContain('Report on gold.');
    expect(firstReport).toMatchObject({ userText: 'gold', earlierUserTexts: [], toolNames: [], functionResponses: {} });
    expect(secondReport!.systemInstruction).toContain('Report on silver.');
    expect(secondReport).toMatchObject({ userText: 'silver', earlierUserTexts: ['gold'], callsThisTurn: [] });
  });
});
