/**
 * Scores one case: the actual invocations of a replay against the recorded ones, turn by turn.
 * Each metric is the mean of its per-turn scores (as adk-python averages over invocations), and
 * the case passes when every metric reaches its threshold.
 */
import { contentText, type Invocation } from '../evalset/eval_set.js';
import type { ResolvedCriteria } from '../evalset/eval_config.js';
import { missingNumbers, numbersScore } from '../metrics/answer_numbers.js';
import { errorCodeOf, errorHandlingProblem } from '../metrics/error_expectation.js';
import { rouge1F } from '../metrics/rouge1.js';
import { describeCall, trajectoryMatches, type ToolCall } from '../metrics/tool_trajectory.js';

export interface CaseScores {
  /** Under the configured match type; this is the score the threshold applies to. */
  tool_trajectory: number;
  tool_trajectory_exact: number;
  tool_trajectory_in_order: number;
  /** ROUGE-1 F of the final response. */
  response_match: number;
  /** Share of the expected final response's numbers the actual one states. */
  response_numbers: number;
  /** Share of expected-error turns that ended in that error without a backtest; null when the case expects none. */
  error_handling: number | null;
}

export interface CaseScore {
  passed: boolean;
  scores: CaseScores;
  /** One line per turn and metric that fell short, saying what differed. */
  failures: string[];
}

function toolCallsOf(invocation: Invocation | undefined): ToolCall[] {
  return invocation?.intermediate_data?.tool_uses ?? [];
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 1 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Where two call lists first differ, for a failure message a reader can act on. */
function firstDifference(actual: readonly ToolCall[], expected: readonly ToolCall[]): string {
  const index = expected.findIndex((call, position) => {
    const made = actual[position];
    return !made || describeCall(made) !== describeCall(call);
  });
  const position = index < 0 ? expected.length : index;
  const wanted = expected[position] ? describeCall(expected[position]) : 'no further call';
  const made = actual[position] ? describeCall(actual[position]) : 'no call';
  return `call ${position + 1}: expected ${wanted}, got ${made} (${expected.length} calls expected, ${actual.length} made)`;
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

export function scoreCase(expected: readonly Invocation[], actual: readonly Invocation[], criteria: ResolvedCriteria): CaseScore {
  const { match_type: matchType, numeric_tolerance: numericTolerance, threshold: trajectoryThreshold } = criteria.tool_trajectory_avg_score;
  const failures: string[] = [];
  const perTurn = expected.map((expectedTurn, index) => {
    const actualTurn = actual[index];
    const turn = `turn ${index + 1}`;
    const expectedCalls = toolCallsOf(expectedTurn);
    const actualCalls = toolCallsOf(actualTurn);
    const configured = trajectoryMatches(actualCalls, expectedCalls, matchType, numericTolerance);
    if (!configured) failures.push(`${turn} tool trajectory (${matchType}): ${firstDifference(actualCalls, expectedCalls)}`);

    const expectedText = contentText(expectedTurn.final_response);
    const actualText = contentText(actualTurn?.final_response);
    const responseMatch = rouge1F(actualText, expectedText);
    if (responseMatch < criteria.response_match_score) {
      failures.push(`${turn} response match ${responseMatch.toFixed(3)} < ${criteria.response_match_score}: got "${truncate(actualText.replace(/\s+/g, ' '), 120)}"`);
    }
    const missing = missingNumbers(actualText, expectedText);
    if (missing.length > 0) failures.push(`${turn} numbers missing from the answer: ${truncate(missing.join(', '), 200)}`);

    const expectedError = errorCodeOf(expectedTurn);
    const errorProblem = expectedError === undefined || !actualTurn ? undefined : errorHandlingProblem(actualTurn, expectedError);
    if (errorProblem) failures.push(`${turn} error case: ${errorProblem}`);
    return {
      configured: configured ? 1 : 0,
      exact: trajectoryMatches(actualCalls, expectedCalls, 'EXACT', numericTolerance) ? 1 : 0,
      inOrder: trajectoryMatches(actualCalls, expectedCalls, 'IN_ORDER', numericTolerance) ? 1 : 0,
      responseMatch,
      numbers: numbersScore(actualText, expectedText),
      error: expectedError === undefined ? undefined : actualTurn && !errorProblem ? 1 : 0,
    };
  });
  if (actual.length !== expected.length) failures.unshift(`the replay has ${actual.length} turns, the recording ${expected.length}`);

  const errorTurns = perTurn.flatMap((turn) => (turn.error === undefined ? [] : [turn.error]));
  const scores: CaseScores = {
    tool_trajectory: mean(perTurn.map((turn) => turn.configured)),
    tool_trajectory_exact: mean(perTurn.map((turn) => turn.exact)),
    tool_trajectory_in_order: mean(perTurn.map((turn) => turn.inOrder)),
    response_match: mean(perTurn.map((turn) => turn.responseMatch)),
    response_numbers: mean(perTurn.map((turn) => turn.numbers)),
    error_handling: errorTurns.length === 0 ? null : mean(errorTurns),
  };
  const passed = actual.length === expected.length
    && scores.tool_trajectory >= trajectoryThreshold
    && scores.response_match >= criteria.response_match_score
    && scores.response_numbers >= criteria.response_numbers_score
    && (scores.error_handling === null || scores.error_handling >= criteria.error_handling_score);
  return { passed, scores, failures: passed ? [] : failures };
}
