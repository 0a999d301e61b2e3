/**
 * `BTP_MODEL=hybrid`: the offline grammar reads every request first, and Gemini reads only those it
 * marks `not_understood`, when a key is set. Gemini is asked once per turn, by the user agent, to
 * restate the message as a request the grammar reads; the pipeline then runs offline as always.
 * Every parse_request call it makes carries `read_by`, so the answer says which model read the
 * request. Without a key the grammar's question stands, with how to let Gemini try.
 */
import { BaseLlm, LLMRegistry, type BaseLlmConnection, type LlmRequest, type LlmResponse } from '@google/adk';
import type { Part } from '@google/genai';
import { DEFAULT_GEMINI_MODEL, hasGeminiKey, HYBRID_MODEL, OFFLINE_MODEL } from '../../adk.config.js';
import { systemInstructionText, toAgentTurn, type AgentTurn } from './agent_turn.js';
import { RetryingGemini } from './gemini_model.js';
import { OfflineModel } from './offline_model.js';
import { GRAMMAR_READER } from '../../tools/report/report_input.js';
import { GEMINI_READER, HYBRID_NO_KEY_HINT } from './hybrid_hint.js';
import { AGENT_NAMES } from './planners/agent_names.js';

const PARSE_TOOL = 'parse_request';

/** Appended to the user agent's instruction when Gemini is asked to read what the grammar could not. */
export const RESTATE_INSTRUCTION = [
  'The offline grammar could not read the user\'s latest message (parse_request answered not_understood, listing what it recognised).',
  'If the message asks for a backtest or an optimisation, restate it as one plain request the grammar reads: the instruments, the strategy',
  'and its parameters, the dates (YYYY-MM-DD or years), targets, fees and capital, e.g. "SMA crossover 20/50 on BTC from 2022-01-01 to 2022-12-31",',
  'and call parse_request once with that text. Keep every fact the user gave and add none they did not. If it asks for no backtest, answer in one sentence.',
].join(' ');

/** The grammar has just refused this turn's only reading of the message as not understood. */
function grammarGaveUp(turn: AgentTurn): boolean {
  if (turn.agentName !== AGENT_NAMES.user || !turn.lastIsFunctionResponse) return false;
  const response = turn.functionResponses[PARSE_TOOL] as { error?: { code?: unknown } } | undefined;
  return response?.error?.code === 'not_understood' && turn.callsThisTurn.filter((call) => call.name === PARSE_TOOL).length === 1;
}

/** Marks the reader on every parse_request call of a response. */
function withReader(response: LlmResponse, reader: string): LlmResponse {
  const parts = response.content?.parts;
  if (!parts?.some((part) => part.functionCall?.name === PARSE_TOOL)) return response;
  const marked: Part[] = parts.map((part) => (part.functionCall?.name === PARSE_TOOL
    ? { ...part, functionCall: { ...part.functionCall, args: { ...part.functionCall.args, read_by: reader } } }
    : part));
  return { ...response, content: { ...response.content, parts: marked } };
}

function withNoKeyHint(response: LlmResponse): LlmResponse {
  const parts = response.content?.parts;
  if (!parts?.some((part) => part.text)) return response;
  const hint = ` (${HYBRID_NO_KEY_HINT})`;
  return { ...response, content: { ...response.content, parts: parts.map((part) => (part.text ? { ...part, text: `${part.text}${hint}` } : part)) } };
}

function restating(req: LlmRequest): LlmRequest {
  return { ...req, model: DEFAULT_GEMINI_MODEL, config: { ...req.config, systemInstruction: `${systemInstructionText(req)}\n\n${RESTATE_INSTRUCTION}` } };
}

export class HybridModel extends BaseLlm {
  static override readonly supportedModels = [/^hybrid$/];
  private readonly offline = new OfflineModel({ model: OFFLINE_MODEL });
  private gemini: RetryingGemini | undefined;

  constructor(params: { model: string } = { model: HYBRID_MODEL }) {
    super(params);
  }

  async *generateContentAsync(req: LlmRequest, stream = false): AsyncGenerator<LlmResponse, void> {
    const giveUp = grammarGaveUp(toAgentTurn(req));
    if (giveUp && hasGeminiKey(process.env)) {
      this.gemini ??= new RetryingGemini({ model: DEFAULT_GEMINI_MODEL });
      for await (const response of this.gemini.generateContentAsync(restating(req), stream)) yield withReader(response, GEMINI_READER);
      return;
    }
    for await (const response of this.offline.generateContentAsync(req, stream)) {
      const marked = withReader(response, GRAMMAR_READER);
      yield giveUp ? withNoKeyHint(marked) : marked;
    }
  }

  connect(): Promise<BaseLlmConnection> {
    return Promise.reject(new Error('The hybrid model has no live (bidirectional) mode; use runAsync, /run or /run_sse.'));
  }
}

LLMRegistry.register(HybridModel);
