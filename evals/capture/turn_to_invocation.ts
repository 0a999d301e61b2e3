/**
 * One user turn, as the agents ran it, in the eval-set format: the recorder writes these as the
 * expected invocations and the scorer builds the actual ones the same way, so both sides of every
 * comparison are shaped by one function.
 */
import type { Content, Part } from '@google/genai';
import type { EvalFunctionCall, EvalFunctionResponse, EvalPart, Invocation } from '../evalset/eval_set.js';

/** The parts of an ADK event this needs; `branch` is set only under a ParallelAgent. */
export interface TurnEvent {
  author?: string;
  branch?: string;
  content?: Content;
}

export interface RecordedTurn {
  invocationId: string;
  userText: string;
  /** The turn's final response text (Conversation's `reply`). */
  reply: string;
  events: readonly TurnEvent[];
  /** Seconds since the epoch, as ADK stores `creation_timestamp`. */
  createdAt: number;
}

/**
 * Tool responses a reviewer checks when reading a recording: what the request was understood as
 * and validated to, and which data and runs it used. Every error response is kept too (error cases
 * are scored on it). The bulky analysis payloads are left out: their facts are in the final report.
 */
const REVIEWED_TOOL_RESPONSES: ReadonlySet<string> = new Set(['parse_request', 'validate_request', 'load_market_data', 'run_backtests']);

function parentBranch(branch: string | undefined): string | undefined {
  const cut = branch?.lastIndexOf('.') ?? -1;
  return cut > 0 ? branch!.slice(0, cut) : undefined;
}

/**
 * Puts the items of sibling parallel branches in branch order (stable within a branch): how the
 * calls of a ParallelAgent's children interleave is timing, not behaviour, and must not fail a match.
 */
export function inBranchOrder<Item extends { branch?: string }>(items: readonly Item[]): Item[] {
  const ordered: Item[] = [];
  let start = 0;
  while (start < items.length) {
    const parent = parentBranch(items[start]!.branch);
    let end = start + 1;
    while (parent !== undefined && end < items.length && parentBranch(items[end]!.branch) === parent) end++;
    const run = items.slice(start, end);
    ordered.push(...run.map((item, index) => ({ item, index }))
      .sort((a, b) => (a.item.branch! < b.item.branch! ? -1 : a.item.branch! > b.item.branch! ? 1 : a.index - b.index))
      .map(({ item }) => item));
    start = end;
  }
  return ordered;
}

/**
 * The value as the file will hold it: a key set to undefined (which a planner may pass in args)
 * does not exist in JSON, so the live invocation must not have it either, or it would never match
 * its own recording.
 */
function asJson<Value>(value: Value): Value {
  return JSON.parse(JSON.stringify(value)) as Value;
}

function partsOf(event: TurnEvent): Part[] {
  return event.content?.parts ?? [];
}

function eventText(event: TurnEvent): string {
  return partsOf(event).filter((part) => typeof part.text === 'string' && !part.thought).map((part) => part.text).join('').trim();
}

function isErrorResponse(response: Record<string, unknown>): boolean {
  const error = response.error;
  return typeof error === 'object' && error !== null && 'code' in error;
}

function toolUsesOf(events: readonly TurnEvent[]): EvalFunctionCall[] {
  const calls = events.flatMap((event) => partsOf(event).flatMap((part) =>
    part.functionCall?.name ? [{ branch: event.branch, call: { name: part.functionCall.name, args: asJson(part.functionCall.args ?? {}) } }] : []));
  return inBranchOrder(calls).map(({ call }) => call);
}

function toolResponsesOf(events: readonly TurnEvent[]): EvalFunctionResponse[] {
  const responses = events.flatMap((event) => partsOf(event).flatMap((part) => {
    const response = part.functionResponse;
    if (!response?.name) return [];
    const body = asJson((response.response ?? {}) as Record<string, unknown>);
    return REVIEWED_TOOL_RESPONSES.has(response.name) || isErrorResponse(body)
      ? [{ branch: event.branch, response: { name: response.name, response: body } }]
      : [];
  }));
  return inBranchOrder(responses).map(({ response }) => response);
}

/** What the agents said on the way (each step's one-line summary), without the final response. */
function intermediateResponsesOf(events: readonly TurnEvent[], reply: string): Array<[string, EvalPart[]]> {
  const texts = inBranchOrder(events.filter((event) => event.author !== 'user')
    .map((event) => ({ author: event.author ?? 'unknown', branch: event.branch, text: eventText(event) }))
    .filter(({ text }) => text !== ''));
  const finalIndex = texts.findLastIndex(({ text }) => text === reply);
  return texts.filter((_, index) => index !== finalIndex).map(({ author, text }) => [author, [{ text }]]);
}

export function toInvocation(turn: RecordedTurn): Invocation {
  return {
    invocation_id: turn.invocationId,
    user_content: { role: 'user', parts: [{ text: turn.userText }] },
    final_response: { role: 'model', parts: [{ text: turn.reply }] },
    intermediate_data: {
      tool_uses: toolUsesOf(turn.events),
      tool_responses: toolResponsesOf(turn.events),
      intermediate_responses: intermediateResponsesOf(turn.events, turn.reply),
    },
    creation_timestamp: turn.createdAt,
  };
}
