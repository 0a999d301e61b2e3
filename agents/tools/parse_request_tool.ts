import { FunctionTool } from '@google/adk';
import { z } from 'zod';
import { parseRequest } from '../../tools/request/parse_request.js';
import { GRAMMAR_READER, type RequestReader } from '../../tools/report/report_input.js';
import { GEMINI_READER } from '../models/hybrid_hint.js';
import { AGENT_NAMES } from '../models/planners/agent_names.js';
import type { RequestSpec } from '../../tools/request/request_spec.js';
import type { ToolDependencies } from '../../tools/tool_dependencies.js';
import { RUN_OUTPUT_KEYS, STATE, type ToolSession } from './session_state.js';
import { readState, writeState } from './state_key.js';
import { runSession } from './run_values.js';
import { returningErrors } from './tool_response.js';

export const ParseRequestInputSchema = z.object({
  text: z.string().trim().min(1).max(4_000).describe("The user's latest message, verbatim"),
  read_by: z.enum([GRAMMAR_READER, GEMINI_READER]).optional().describe('Set by the hybrid model: which model read the message. Leave it out.'),
});

export type ParseRequestInput = z.infer<typeof ParseRequestInputSchema>;

export type ParseRequestOutput =
  | { ok: true; spec: RequestSpec; notes: string[] }
  | { ok: false; error: { code: string; message: string } & Record<string, unknown> };

/**
 * Turns the latest message into the request spec, merged over the conversation so far: the
 * earlier messages that built the current spec are replayed first, so "now try it on ETH" changes
 * only the symbols. A message that fails to parse leaves the conversation's spec as it was.
 */
export function parseRequestInSession(input: ParseRequestInput, session: ToolSession, dependencies: ToolDependencies): ParseRequestOutput {
  const history = readState(session.state, STATE.requestHistory) ?? [];
  const outcome = parseRequest(input.text, { history, today: dependencies.today() });
  if (!outcome.ok) return outcome;
  writeState(session.state, STATE.spec, outcome.spec);
  const reader: RequestReader | null = input.read_by === undefined ? null : { model: input.read_by, text: input.text };
  writeState(session.state, STATE.requestReader, reader);
  writeState(session.state, STATE.requestHistory, [...history, input.text]);
  // Only what an earlier run left: a first request writes no nulls into the session's events.
  for (const key of RUN_OUTPUT_KEYS) if (session.state.get(key.name) != null) writeState(session.state, key, null);
  return outcome;
}

export function createParseRequestTool(dependencies: ToolDependencies): FunctionTool<typeof ParseRequestInputSchema> {
  return new FunctionTool({
    name: 'parse_request',
    description:
      'Parse the user\'s trading request (symbols, strategies and parameters, dates, targets, fees, capital, portfolio weights) ' +
      'into the request spec, merged with the earlier requests of this conversation, and hand a parsed request to the pipeline, which runs it. ' +
      'Call it with the user\'s message verbatim.',
    parameters: ParseRequestInputSchema,
    execute: (input, context) => returningErrors(() => {
      const outcome = parseRequestInSession(input, runSession(context!), dependencies);
      // A parsed request always goes to the pipeline: the tool hands it over, with no model call and no transfer_to_agent events.
      if (outcome.ok) context!.actions.transferToAgent = AGENT_NAMES.pipeline;
      return outcome;
    }),
  });
}
