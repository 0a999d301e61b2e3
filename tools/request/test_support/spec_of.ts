import { parseRequest } from '../parse_request.js';
import type { RequestSpec } from '../request_spec.js';

/** The day the phrase tests read their requests on. */
export const PHRASE_TEST_TODAY = '2026-01-10';

/** The spec a request (after its history) parses to; a test that expects a spec fails loudly on an error. */
export function specOf(text: string, history: string[] = []): RequestSpec {
  const outcome = parseRequest(text, { today: PHRASE_TEST_TODAY, history });
  if (!outcome.ok) throw new Error(`no spec for "${text}": ${JSON.stringify(outcome)}`);
  return outcome.spec;
}

/** The user's strategies in that spec, the automatic baselines left out. */
export function userStrategiesOf(text: string, history: string[] = []): RequestSpec['strategies'] {
  return specOf(text, history).strategies.filter((strategy) => !strategy.baseline);
}

/**
 * For tests written on another day: the spec after the last of `messages`, the earlier ones its
 * history, read on `today` (`const specAfter = specsAfterTurnsOn('2025-11-20')`).
 */
export function specsAfterTurnsOn(today: string): (messages: readonly string[]) => RequestSpec {
  return (messages) => {
    const outcome = parseRequest(messages.at(-1)!, { today, history: messages.slice(0, -1) });
    if (!outcome.ok) throw new Error(`expected a spec, got ${JSON.stringify(outcome.error)}`);
    return outcome.spec;
  };
}
