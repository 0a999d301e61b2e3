import { assertNever } from '../../tools/assert_never.js';

/**
 * adk-python's `tool_trajectory_avg_score` for one turn: do the agents' tool calls match the
 * expected ones, by name and arguments?
 *
 * - EXACT: the same calls, same order, nothing extra.
 * - IN_ORDER: the expected calls appear in this order; other calls may come between them.
 * - ANY_ORDER: each expected call is matched by a distinct actual call, in any order.
 *
 * Arguments must be equal as JSON, except that two numbers are equal when they differ by no more
 * than the tolerance (|a − b| ≤ max(absolute, relative × max(|a|, |b|))): a model that writes 0.1 + 0.2
 * where the recording has 0.3 made the same call.
 */
export type MatchType = 'EXACT' | 'IN_ORDER' | 'ANY_ORDER';

export const MATCH_TYPES: readonly MatchType[] = ['EXACT', 'IN_ORDER', 'ANY_ORDER'];

export interface NumericTolerance {
  relative: number;
  absolute: number;
}

export interface ToolCall {
  name: string;
  args: Record<string, unknown>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function numbersClose(a: number, b: number, tolerance: NumericTolerance): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= Math.max(tolerance.absolute, tolerance.relative * Math.max(Math.abs(a), Math.abs(b)));
}

/** Deep JSON equality with the numeric tolerance; object key order does not matter. */
export function argsEqual(actual: unknown, expected: unknown, tolerance: NumericTolerance): boolean {
  if (typeof actual === 'number' && typeof expected === 'number') return numbersClose(actual, expected, tolerance);
  if (Array.isArray(actual) && Array.isArray(expected)) {
    return actual.length === expected.length && actual.every((item, index) => argsEqual(item, expected[index], tolerance));
  }
  if (isRecord(actual) && isRecord(expected)) {
    const keys = Object.keys(expected);
    return Object.keys(actual).length === keys.length && keys.every((key) => key in actual && argsEqual(actual[key], expected[key], tolerance));
  }
  return actual === expected;
}

function sameCall(actual: ToolCall, expected: ToolCall, tolerance: NumericTolerance): boolean {
  return actual.name === expected.name && argsEqual(actual.args, expected.args, tolerance);
}

function inOrder(actual: readonly ToolCall[], expected: readonly ToolCall[], tolerance: NumericTolerance): boolean {
  let next = 0;
  for (const call of actual) {
    if (next < expected.length && sameCall(call, expected[next]!, tolerance)) next++;
  }
  return next === expected.length;
}

function anyOrder(actual: readonly ToolCall[], expected: readonly ToolCall[], tolerance: NumericTolerance): boolean {
  const unused = [...actual];
  return expected.every((call) => {
    const index = unused.findIndex((candidate) => sameCall(candidate, call, tolerance));
    if (index >= 0) unused.splice(index, 1);
    return index >= 0;
  });
}

export function trajectoryMatches(actual: readonly ToolCall[], expected: readonly ToolCall[], matchType: MatchType, tolerance: NumericTolerance): boolean {
  switch (matchType) {
    case 'EXACT':
      return actual.length === expected.length && actual.every((call, index) => sameCall(call, expected[index]!, tolerance));
    case 'IN_ORDER':
      return inOrder(actual, expected, tolerance);
    case 'ANY_ORDER':
      return anyOrder(actual, expected, tolerance);
    default:
      return assertNever(matchType, 'match type');
  }
}

/** A call as a reader sees it in a failure message: `name(key=value, ...)`. */
export function describeCall(call: ToolCall): string {
  const args = Object.entries(call.args).map(([key, value]) => `${key}=${JSON.stringify(value)}`);
  return `${call.name}(${args.join(', ')})`;
}
