/**
 * What a rule-based planner needs from an LlmRequest, in plain fields: who is asking, what the user
 * said (now and before), which tools exist, and what this agent's tools just returned.
 */
import type { Content, ContentUnion, Part } from '@google/genai';
import type { LlmRequest } from '@google/adk';
import { isIsoDate } from '../../tools/dates/iso_date.js';
import { TODAY_LABEL } from '../callbacks/turn_facts.js';

export interface PlannedCall {
  name: string;
  args: Record<string, unknown>;
}

export interface AgentTurn {
  /** The agent the model is answering for (`config.labels.adk_agent_name`). */
  agentName: string;
  /** The turn's date (YYYY-MM-DD) from session state, when the agent passes it (turn_facts.ts). */
  today?: string;
  /** The agent's system instruction with `{placeholders}` already resolved by ADK. */
  systemInstruction: string;
  /** Tools the agent can call in this request (what ADK will accept in a function call). */
  toolNames: readonly string[];
  /** Agents this agent may hand off to (sub-agents, parent, peers), as ADK lists them in the instruction. */
  transferTargets: readonly string[];
  /** The user's latest own message; '' when the session holds none. */
  userText: string;
  /** The user's earlier messages in this session, oldest first (for follow-ups). */
  earlierUserTexts: readonly string[];
  /**
   * Responses to this agent's latest function calls, keyed by tool name. When one model response
   * called the same tool twice, the later response wins.
   */
  functionResponses: Readonly<Record<string, Record<string, unknown>>>;
  /** Function calls this agent already made since the user's latest message, in order. */
  callsThisTurn: readonly PlannedCall[];
  /** True when the last content holds function responses: the planner is reacting to tool results. */
  lastIsFunctionResponse: boolean;
}

/**
 * ADK rewrites other agents' turns as user contents whose first part is exactly this text
 * (content_processor_utils.convertForeignEvent); they are not the user's words.
 */
const FOREIGN_TURN_MARKER = 'For context:';

function isForeignTurn(content: Content): boolean {
  const parts = content.parts ?? [];
  return parts.length > 1 && parts[0]?.text === FOREIGN_TURN_MARKER;
}

function textOf(parts: readonly Part[]): string {
  return parts
    .filter((part) => typeof part.text === 'string' && !part.thought)
    .map((part) => part.text)
    .join('\n');
}

function isRealUserMessage(content: Content): boolean {
  const parts = content.parts ?? [];
  return (
    content.role === 'user' &&
    !isForeignTurn(content) &&
    parts.some((part) => typeof part.text === 'string') &&
    !parts.some((part) => part.functionResponse)
  );
}

function toParts(union: ContentUnion): Part[] {
  if (typeof union === 'string') return [{ text: union }];
  if (Array.isArray(union)) return union.flatMap(toParts);
  if ('parts' in union && Array.isArray(union.parts)) return union.parts;
  return [union as Part];
}

/** The request's system instruction as plain text, however ADK holds it. */
export function systemInstructionText(req: LlmRequest): string {
  const instruction = req.config?.systemInstruction;
  return instruction === undefined ? '' : textOf(toParts(instruction));
}

/** ADK's transfer block names each target on its own line (agent_transfer_llm_request_processor). */
const TRANSFER_TARGET_LINE = /^Agent name: (\S+)$/gm;

function transferTargetsIn(systemInstruction: string): string[] {
  return [...new Set(Array.from(systemInstruction.matchAll(TRANSFER_TARGET_LINE), (match) => match[1]!))];
}

function functionCallsIn(content: Content): PlannedCall[] {
  return (content.parts ?? []).flatMap((part) =>
    part.functionCall?.name ? [{ name: part.functionCall.name, args: part.functionCall.args ?? {} }] : [],
  );
}

function hasFunctionResponse(content: Content | undefined): boolean {
  return (content?.parts ?? []).some((part) => part.functionResponse);
}

export function toAgentTurn(req: LlmRequest): AgentTurn {
  const contents = req.contents ?? [];
  const userIndices = contents.flatMap((content, index) => (isRealUserMessage(content) ? [index] : []));
  const latestUserIndex = userIndices.at(-1) ?? -1;
  const thisTurn = contents.slice(latestUserIndex + 1);

  // Only responses after both the user's message and this agent's latest call are "fresh" results.
  const lastCallOffset = thisTurn.findLastIndex((content) => content.role === 'model' && functionCallsIn(content).length > 0);
  const functionResponses: Record<string, Record<string, unknown>> = {};
  for (const content of lastCallOffset < 0 ? [] : thisTurn.slice(lastCallOffset + 1)) {
    for (const part of content.parts ?? []) {
      const response = part.functionResponse;
      if (response?.name) functionResponses[response.name] = response.response ?? {};
    }
  }

  const systemInstruction = systemInstructionText(req);
  const today = req.config?.labels?.[TODAY_LABEL];
  return {
    agentName: req.config?.labels?.adk_agent_name ?? '',
    ...(today !== undefined && isIsoDate(today) ? { today } : {}),
    systemInstruction,
    toolNames: Object.keys(req.toolsDict ?? {}),
    transferTargets: transferTargetsIn(systemInstruction),
    userText: latestUserIndex < 0 ? '' : textOf(contents[latestUserIndex]!.parts ?? []),
    earlierUserTexts: userIndices.slice(0, -1).map((index) => textOf(contents[index]!.parts ?? [])),
    functionResponses,
    callsThisTurn: thisTurn.filter((content) => content.role === 'model').flatMap(functionCallsIn),
    lastIsFunctionResponse: hasFunctionResponse(contents.at(-1)),
  };
}
