/**
 * Replays recorded Gemini API answers through an HTTP interceptor (msw, which patches Node's global
 * fetch, the client @google/genai uses in Node): the real Gemini model class, the real genai client
 * with its retry loop, and no network. Each request is matched to its agent by the hash of its system
 * instruction and answered with that agent's next recorded exchange; any other request, and a
 * request with nothing left to answer, is a test failure, never a call to the internet.
 */
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { GEMINI_ERRORS, instructionSha } from './gemini_json.js';
import type { GeminiRecording, RecordedExchange } from './recording.js';

const GEMINI_URL = 'https://generativelanguage.googleapis.com/*';

export interface ReplayedRequest {
  agent: string;
  url: string;
  /** The status the replay answered with. */
  status: number;
  /** Wall-clock ms when it arrived (for backoff checks). */
  at: number;
  body: { contents?: unknown[]; systemInstruction?: { parts?: Array<{ text?: string }> }; tools?: Array<{ functionDeclarations?: Array<{ name: string }> }> };
}

export interface GeminiReplay {
  readonly requests: ReplayedRequest[];
  /** Answers the agent's next `times` requests with this API error before its recorded answers resume. */
  failNext(agent: string, status: keyof typeof GEMINI_ERRORS, times?: number): void;
  /** Exchanges recorded but never asked for. */
  unused(): RecordedExchange[];
  close(): void;
}


export function startGeminiReplay(recording: GeminiRecording): GeminiReplay {
  // Keyed by instruction: parallel agents (the backtest shards) have the same tools but their own instruction.
  const queues = new Map<string, RecordedExchange[]>();
  const agents = new Map<string, string>();
  for (const exchange of recording.exchanges) {
    queues.set(exchange.instruction_sha, [...(queues.get(exchange.instruction_sha) ?? []), exchange]);
    agents.set(exchange.instruction_sha, exchange.agent);
  }
  const faults = new Map<string, Array<keyof typeof GEMINI_ERRORS>>();
  const requests: ReplayedRequest[] = [];

  const server = setupServer(http.post(GEMINI_URL, async ({ request }) => {
    const body = await request.json() as ReplayedRequest['body'];
    const sha = instructionSha(body.systemInstruction);
    const agent = agents.get(sha) ?? `unknown instruction ${sha}`;
    const fault = faults.get(agent)?.shift();
    const next = fault === undefined ? queues.get(sha)?.shift() : undefined;
    const status = fault ?? next?.status ?? 400;
    requests.push({ agent, url: request.url, status, at: Date.now(), body });
    if (fault !== undefined) return HttpResponse.json(GEMINI_ERRORS[fault], { status: fault });
    // 400: not retried, so a replay that ran out fails the test at once.
    if (!next) return HttpResponse.json({ error: { code: 400, message: `replay: no recorded answer left for agent "${agent}"`, status: 'INVALID_ARGUMENT' } }, { status: 400 });
    return HttpResponse.json(next.body, { status: next.status });
  }));
  server.listen({ onUnhandledRequest: 'error' });

  return {
    requests,
    failNext: (agent, status, times = 1) => faults.set(agent, [...(faults.get(agent) ?? []), ...Array.from({ length: times }, () => status)]),
    unused: () => [...queues.values()].flat(),
    close: () => server.close(),
  };
}
