/**
 * Gemini API (generativelanguage.googleapis.com, v1beta `generateContent`) JSON bodies: the shape
 * the real service answers with, for the replay interceptor. Success bodies carry candidates with
 * `functionCall` or `text` parts, `finishReason`, `usageMetadata` and `modelVersion`; failures the
 * Google API error envelope `{error: {code, message, status}}`.
 */
import { createHash } from 'node:crypto';
import type { Content } from '@google/genai';

export interface GeminiSuccessBody {
  candidates: Array<{ content: Content; finishReason: 'STOP'; index: number }>;
  usageMetadata: { promptTokenCount: number; candidatesTokenCount: number; totalTokenCount: number };
  modelVersion: string;
  responseId: string;
}

export interface GeminiErrorBody {
  error: { code: number; message: string; status: string };
}

/** What the Gemini API answers for each failure the tests replay (messages as the service words them). */
export const GEMINI_ERRORS: Readonly<Record<number, GeminiErrorBody>> = {
  400: { error: { code: 400, message: 'API key not valid. Please pass a valid API key.', status: 'INVALID_ARGUMENT' } },
  429: { error: { code: 429, message: 'Resource has been exhausted (e.g. check quota).', status: 'RESOURCE_EXHAUSTED' } },
  500: { error: { code: 500, message: 'An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting', status: 'INTERNAL' } },
  503: { error: { code: 503, message: 'The model is overloaded. Please try again later.', status: 'UNAVAILABLE' } },
};

/** The system instruction's text, whether ADK holds it as a string or genai sends it as Content. */
export function instructionText(instruction: unknown): string {
  if (typeof instruction === 'string') return instruction;
  const parts = (instruction as { parts?: Array<{ text?: string }> } | undefined)?.parts ?? [];
  return parts.map((part) => part.text ?? '').join('\n');
}

/** How a recording names the agent that asks: its instruction, which ADK sends on every request. */
export function instructionSha(instruction: unknown): string {
  return createHash('sha256').update(instructionText(instruction)).digest('hex').slice(0, 16);
}

/** A model turn as the API returns it: function calls carry no id (ADK assigns its own). */
export function successBody(content: Content, modelVersion: string, index: number): GeminiSuccessBody {
  const parts = (content.parts ?? []).map((part) => (part.functionCall ? { functionCall: { name: part.functionCall.name, args: part.functionCall.args ?? {} } } : { text: part.text ?? '' }));
  const characters = JSON.stringify(parts).length;
  const candidatesTokenCount = Math.max(1, Math.round(characters / 4));
  return {
    candidates: [{ content: { role: 'model', parts }, finishReason: 'STOP', index: 0 }],
    usageMetadata: { promptTokenCount: 1_000, candidatesTokenCount, totalTokenCount: 1_000 + candidatesTokenCount },
    modelVersion,
    responseId: `replay-${index.toString(36)}`,
  };
}
