import { getFunctionResponses, type Event } from '@google/adk';

export interface TurnError {
  code: string;
  message: string;
  [detail: string]: unknown;
}

/**
 * The first typed error a tool answered with during a turn (`{error: {code, message}}`, or a
 * validation result `{ok: false, error}`): why nothing ran, with its stable code.
 */
export function firstToolError(events: readonly Event[]): { tool: string; error: TurnError } | undefined {
  for (const event of events) {
    for (const response of getFunctionResponses(event)) {
      const body = response.response as { error?: unknown } | undefined;
      const error = body?.error;
      if (typeof error === 'object' && error !== null && 'code' in error) {
        return { tool: response.name ?? 'unknown', error: error as TurnError };
      }
    }
  }
  return undefined;
}

/** The spec parse_request produced this turn, even if validation then rejected it. */
export function parsedSpec(events: readonly Event[]): unknown {
  let spec: unknown = null;
  for (const event of events) {
    for (const response of getFunctionResponses(event)) {
      const body = response.response as { ok?: boolean; spec?: unknown } | undefined;
      if (response.name === 'parse_request' && body?.ok === true) spec = body.spec;
    }
  }
  return spec;
}
