/**
 * Gemini, as ADK ships it, plus what a production caller needs: every request has a timeout, and a
 * 429 (quota) or a 5xx is retried with exponential backoff and jitter by @google/genai's own retry
 * loop (ADK 2.0.0 passes no retry options, so a single 429 would end the user's run). Registered
 * under Gemini's own name patterns, which replaces ADK's class in the LLM registry for `gemini-*`.
 */
import { Gemini, LLMRegistry } from '@google/adk';
import type { HttpOptions } from '@google/genai';

/** One attempt never waits longer than this for Gemini's answer. */
export const GEMINI_ATTEMPT_TIMEOUT_MS = 60_000;

/** 4 attempts: waits of about 1, 2 and 4 s (±jitter) between them, at most 8 s. */
export const GEMINI_RETRY = { attempts: 4, initialDelay: 1, maxDelay: 8, expBase: 2, jitter: 1, httpStatusCodes: [408, 429, 500, 502, 503, 504] };

export class RetryingGemini extends Gemini {
  // The same RegExp objects as ADK's class: the registry is keyed by them, so this class takes their place.
  static override readonly supportedModels = Gemini.supportedModels;

  protected override getHttpOptions(): HttpOptions {
    return { ...super.getHttpOptions(), timeout: GEMINI_ATTEMPT_TIMEOUT_MS, retryOptions: GEMINI_RETRY };
  }
}

LLMRegistry.register(RetryingGemini);
