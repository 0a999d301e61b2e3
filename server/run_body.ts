/**
 * The one schema for a `/run` and `/run_sse` body (ADK's shape, held strictly): it is checked before
 * the runner sees it, so a malformed message can never be appended to a session and poison its
 * later turns (issue 18 §6).
 */
import { z } from 'zod';

/** Letters, digits, "_", "-", "." and at most 128 of them: no path separators, no "..". */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;
const MAX_PARTS = 16;

export const PathIdSchema = z.string().regex(ID_PATTERN, 'an id is 1 to 128 letters, digits, "_", "-" or "." starting with a letter or digit');

/** Text only; its length is bounded by the 64 KB body and then by MAX_REQUEST_CHARS (request_too_long, run_gate.ts). */
const TextPartSchema = z.strictObject({ text: z.string() });

export const RunBodySchema = z.strictObject({
  appName: PathIdSchema,
  userId: PathIdSchema,
  sessionId: PathIdSchema,
  newMessage: z.strictObject({
    role: z.literal('user', 'newMessage.role must be "user"'),
    parts: z.array(TextPartSchema, 'newMessage.parts must be an array of {"text": "..."} parts').min(1).max(MAX_PARTS),
  }),
  streaming: z.boolean().optional(),
  /** Accepted only empty: session state is the server's (see client_state.ts). */
  stateDelta: z.record(z.string(), z.unknown()).optional(),
});

export type RunBody = z.infer<typeof RunBodySchema>;

export function requestText(body: RunBody): string {
  return body.newMessage.parts.map((part) => part.text).join('');
}

/** One line naming each offending field, e.g. `newMessage.parts: expected array, received string`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.slice(0, 5).map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ');
}
