import { parseRequest } from '../parse_request.js';

/** The day the strategy tests read their requests on. */
const STRATEGY_TEST_TODAY = '2026-11-24';

/** The strategies a request names (baselines left out), or its error code. */
export function strategiesOf(text: string, today = STRATEGY_TEST_TODAY): unknown {
  const outcome = parseRequest(text, { today });
  return outcome.ok ? outcome.spec.strategies.filter((strategy) => !strategy.baseline) : outcome.error.code;
}

/** The notes a request's reading leaves; none when it is refused. */
export function notesOf(text: string, today = STRATEGY_TEST_TODAY): readonly string[] {
  const outcome = parseRequest(text, { today });
  return outcome.ok ? outcome.notes : [];
}
