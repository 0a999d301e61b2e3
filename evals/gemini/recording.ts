import { z } from 'zod';

/** One recorded answer of the Gemini API to one agent's `generateContent` request. */
export const RecordedExchangeSchema = z.object({
  /** The ADK agent that asked (ADK puts `Your internal name is "<agent>"` in every system instruction). */
  agent: z.string().min(1),
  /** SHA-256 (first 16 hex digits) of the agent's system instruction: what the replay matches a request by. */
  instruction_sha: z.string().regex(/^[0-9a-f]{16}$/),
  status: z.number().int().min(100).max(599),
  body: z.record(z.string(), z.unknown()),
});

/** A recorded conversation: per user turn, the API's answers in the order the agents asked. */
export const GeminiRecordingSchema = z.object({
  model: z.string().regex(/^gemini-/),
  /** What was recorded: a conversation (its day and messages) or eval sets (their files). */
  today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  requests: z.array(z.string().min(1)).optional(),
  eval_sets: z.array(z.string()).optional(),
  exchanges: z.array(RecordedExchangeSchema).min(1),
});

export type RecordedExchange = z.infer<typeof RecordedExchangeSchema>;
export type GeminiRecording = z.infer<typeof GeminiRecordingSchema>;
