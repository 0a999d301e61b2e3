/** Builders shared by this folder's tests: hand-made LlmRequests and a tiny runner wrapper. */
import { FunctionTool, InMemoryRunner, type BaseAgent, type BaseTool, type Event, type LlmRequest, type RunConfig } from '@google/adk';
import type { Content, ContentUnion } from '@google/genai';
import { z } from 'zod';

export function userText(text: string): Content {
  return { role: 'user', parts: [{ text }] };
}

/** How ADK shows another agent's turn to this agent (content_processor_utils.convertForeignEvent). */
export function foreignTurn(author: string, ...said: string[]): Content {
  return { role: 'user', parts: [{ text: 'For context:' }, ...said.map((text) => ({ text: `[${author}] said: ${text}` }))] };
}

export function modelCalls(...calls: Array<[string, Record<string, unknown>]>): Content {
  return { role: 'model', parts: calls.map(([name, args]) => ({ functionCall: { name, args } })) };
}

export function toolResults(...results: Array<[string, Record<string, unknown>]>): Content {
  return { role: 'user', parts: results.map(([name, response]) => ({ functionResponse: { name, response } })) };
}

export function echoTool(name: string): FunctionTool<z.ZodObject<{ value: z.ZodString }>> {
  return new FunctionTool({
    name,
    description: `Echoes its value back (test tool ${name}).`,
    parameters: z.object({ value: z.string() }),
    execute: ({ value }) => ({ echoed: value }),
  });
}

export function makeRequest(options: {
  agentName: string;
  contents: Content[];
  toolNames?: string[];
  systemInstruction?: ContentUnion;
}): LlmRequest {
  const toolsDict: Record<string, BaseTool> = {};
  for (const name of options.toolNames ?? []) toolsDict[name] = echoTool(name);
  return {
    contents: options.contents,
    config: { systemInstruction: options.systemInstruction, labels: { adk_agent_name: options.agentName } },
    liveConnectConfig: {},
    toolsDict,
  };
}

/** Sends each message in turn to one fresh in-memory session; returns the events of each turn. */
export async function runTurns(
  agent: BaseAgent,
  messages: string[],
  runConfig: RunConfig = { maxLlmCalls: 20 },
): Promise<Event[][]> {
  const runner = new InMemoryRunner({ agent, appName: 'test_app' });
  const session = await runner.sessionService.createSession({ appName: 'test_app', userId: 'tester' });
  const turns: Event[][] = [];
  for (const message of messages) {
    const events: Event[] = [];
    for await (const event of runner.runAsync({ userId: 'tester', sessionId: session.id, newMessage: userText(message), runConfig })) {
      events.push(event);
    }
    turns.push(events);
  }
  return turns;
}
