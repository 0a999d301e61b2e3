import { describe, expect, it } from 'vitest';
import { LLMRegistry, LlmAgent, StreamingMode, getFunctionCalls, isFinalResponse, type Event, type LlmResponse } from '@google/adk';
import { OfflineModel } from './offline_model.js';
import { registerPlanner } from './planner_registry.js';
import { echoTool, makeRequest, runTurns, userText } from './test_helpers.js';

async function collect(responses: AsyncGenerator<LlmResponse, void>): Promise<LlmResponse[]> {
  const all: LlmResponse[] = [];
  for await (const response of responses) all.push(response);
  return all;
}

function errorEvents(events: Event[]): Array<Pick<Event, 'author' | 'errorCode'>> {
  return events.filter((event) => event.errorCode).map(({ author, errorCode }) => ({ author, errorCode }));
}

describe('OfflineModel registration', () => {
  it('serves every offline-* name through ADK\'s registry and no other', () => {
    expect(LLMRegistry.resolve('offline-rules')).toBe(OfflineModel);
    expect(LLMRegistry.resolve('offline-anything')).toBe(OfflineModel);
    expect(LLMRegistry.newLlm('offline-rules').model).toBe('offline-rules');
    expect(() => LLMRegistry.resolve('not-offline-rules')).toThrow(/not found/);
  });
});

describe('OfflineModel replies', () => {
  const model = new OfflineModel();

  it('answers with the planner\'s text, and streams it as one partial chunk plus the final response', async () => {
    registerPlanner('text_agent', (turn) => ({ text: `you said ${turn.userText}` }));
    const request = makeRequest({ agentName: 'text_agent', contents: [userText('hi')] });
    const final = { content: { role: 'model', parts: [{ text: 'you said hi' }] }, turnComplete: true };
    expect(await collect(model.generateContentAsync(request))).toEqual([final]);
    expect(await collect(model.generateContentAsync(request, true))).toEqual([
      { content: final.content, partial: true },
      final,
    ]);
  });

  it('emits function calls, and transfer_to_agent for a hand-off', async () => {
    registerPlanner('caller', (turn) =>
      turn.userText === 'hand off'
        ? { transferTo: 'helper' }
        : { functionCalls: [{ name: 'lookup', args: { value: 'a' } }, { name: 'lookup', args: { value: 'b' } }] },
    );
    const tools = ['lookup', 'transfer_to_agent'];
    const systemInstruction = 'You have a list of other agents to transfer to:\n\nAgent name: helper\nAgent description: helps\n';
    const [calls] = await collect(model.generateContentAsync(makeRequest({ agentName: 'caller', contents: [userText('go')], toolNames: tools, systemInstruction }), true));
    expect(calls!.content!.parts).toEqual([
      { functionCall: { name: 'lookup', args: { value: 'a' } } },
      { functionCall: { name: 'lookup', args: { value: 'b' } } },
    ]);
    const [transfer] = await collect(model.generateContentAsync(makeRequest({ agentName: 'caller', contents: [userText('hand off')], toolNames: tools, systemInstruction })));
    expect(transfer!.content!.parts).toEqual([{ functionCall: { name: 'transfer_to_agent', args: { agentName: 'helper' } } }]);
  });

  it.each([
    ['an agent without a planner', 'nobody_registered', ['lookup'], 'planner_not_registered', /no planner for agent "nobody_registered"/],
    ['a call to a tool the agent lacks', 'wrong_tool', ['lookup'], 'unknown_tool', /called no_such_tool, which this agent does not have; its tools: lookup/],
    ['a hand-off from an agent without sub-agents', 'lonely', [], 'unknown_tool', /called transfer_to_agent.*its tools: none/],
    ['a hand-off to an agent that is not a target', 'lonely', ['transfer_to_agent'], 'unknown_agent', /transferred to "anyone", which is not one of its transfer targets/],
    ['a malformed reply', 'malformed', [], 'bad_planner_reply', /expected \{text\}, \{transferTo\} or a non-empty \{functionCalls\}/],
    ['a planner that throws', 'throws', [], 'planner_failed', /Planner for agent "throws" failed: boom/],
  ])('turns %s into one error response', async (_case, agentName, toolNames, errorCode, message) => {
    registerPlanner('wrong_tool', () => ({ functionCalls: [{ name: 'no_such_tool', args: {} }] }));
    registerPlanner('lonely', () => ({ transferTo: 'anyone' }));
    registerPlanner('malformed', () => ({ functionCalls: [] }));
    registerPlanner('throws', () => {
      throw new Error('boom');
    });
    const responses = await collect(model.generateContentAsync(makeRequest({ agentName, contents: [userText('x')], toolNames }), true));
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({ errorCode, errorMessage: expect.stringMatching(message) });
  });
});

describe('OfflineModel inside a runner', () => {
  it('runs tools, hands off to a sub-agent, and streams under SSE', async () => {
    registerPlanner('desk', (turn) => (turn.userText.includes('help') ? { transferTo: 'desk_helper' } : { text: 'desk here' }));
    registerPlanner('desk_helper', (turn) =>
      turn.lastIsFunctionResponse
        ? { text: `helper got ${String(turn.functionResponses.lookup?.echoed)}` }
        : { functionCalls: [{ name: 'lookup', args: { value: 'ticket' } }] },
    );
    const helper = new LlmAgent({ name: 'desk_helper', model: 'offline-rules', description: 'Looks things up.', tools: [echoTool('lookup')] });
    const desk = new LlmAgent({ name: 'desk', model: 'offline-rules', subAgents: [helper] });

    const [events] = await runTurns(desk, ['please help'], { maxLlmCalls: 10, streamingMode: StreamingMode.SSE });
    const calls = events!.flatMap((event) => getFunctionCalls(event).map(({ name, args }) => ({ name, args })));
    expect(calls).toEqual([
      { name: 'transfer_to_agent', args: { agentName: 'desk_helper' } },
      { name: 'lookup', args: { value: 'ticket' } },
    ]);
    const texts = events!.filter((event) => event.content?.parts?.[0]?.text).map((event) => [event.partial === true, event.content!.parts![0]!.text]);
    expect(texts).toEqual([[true, 'helper got ticket'], [false, 'helper got ticket']]);
    expect(errorEvents(events!)).toEqual([]);
  });

  it('ends the agent with one error event instead of looping on an unknown tool, agent or planner', async () => {
    let plannerCalls = 0;
    registerPlanner('looper', () => {
      plannerCalls += 1;
      return { functionCalls: [{ name: 'not_a_tool', args: {} }] };
    });
    const [looperEvents] = await runTurns(new LlmAgent({ name: 'looper', model: 'offline-rules', tools: [echoTool('lookup')] }), ['go'], { maxLlmCalls: 50 });
    expect(plannerCalls).toBe(1);
    expect(errorEvents(looperEvents!)).toEqual([{ author: 'looper', errorCode: 'unknown_tool' }]);
    expect(isFinalResponse(looperEvents!.at(-1)!)).toBe(true);

    registerPlanner('misroute', () => ({ transferTo: 'ghost' }));
    registerPlanner('misroute_child', () => ({ text: 'unused' }));
    const misroute = new LlmAgent({ name: 'misroute', model: 'offline-rules', subAgents: [new LlmAgent({ name: 'misroute_child', model: 'offline-rules' })] });
    const [misrouteEvents] = await runTurns(misroute, ['go'], { maxLlmCalls: 50 });
    expect(misrouteEvents).toHaveLength(1);
    expect(errorEvents(misrouteEvents!)).toEqual([{ author: 'misroute', errorCode: 'unknown_agent' }]);

    const [orphanEvents] = await runTurns(new LlmAgent({ name: 'orphan', model: 'offline-rules' }), ['go'], { maxLlmCalls: 50 });
    expect(orphanEvents).toHaveLength(1);
    expect(errorEvents(orphanEvents!)).toEqual([{ author: 'orphan', errorCode: 'planner_not_registered' }]);
  });
});
