/**
 * Error cases: when the recording says a turn ends in a typed error (no_symbol, unknown_symbol,
 * ...), the replay must end in the same error and must not have run a backtest.
 */
import type { Invocation } from '../evalset/eval_set.js';

/** The tool whose call means backtests ran. */
const BACKTEST_TOOL = 'run_backtests';

/** The code of the first typed error a tool answered with during the turn, if any. */
export function errorCodeOf(invocation: Invocation): string | undefined {
  for (const { response } of invocation.intermediate_data?.tool_responses ?? []) {
    const error = response.error;
    if (typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string') {
      return (error as { code: string }).code;
    }
  }
  return undefined;
}

export function ranBacktests(invocation: Invocation): boolean {
  return (invocation.intermediate_data?.tool_uses ?? []).some((call) => call.name === BACKTEST_TOOL);
}

/** Why the actual turn does not handle the expected error, or undefined when it does. */
export function errorHandlingProblem(actual: Invocation, expectedCode: string): string | undefined {
  const actualCode = errorCodeOf(actual);
  const problems = [
    actualCode === expectedCode ? undefined : `expected error ${expectedCode}, got ${actualCode ?? 'no error'}`,
    ranBacktests(actual) ? `called ${BACKTEST_TOOL}` : undefined,
  ].filter((problem) => problem !== undefined);
  return problems.length > 0 ? problems.join(' and ') : undefined;
}
