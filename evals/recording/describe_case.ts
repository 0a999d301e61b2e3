/** A recorded case as a person reviews it before committing: each turn's message, tool calls, error and answer. */
import { contentText, type EvalCase } from '../evalset/eval_set.js';
import { errorCodeOf } from '../metrics/error_expectation.js';
import { describeCall } from '../metrics/tool_trajectory.js';

export function describeCase(evalCase: EvalCase): string {
  const today = evalCase.session_input?.today;
  const lines = [`case ${evalCase.eval_id}${today ? ` (today ${today})` : ''}`];
  for (const [index, invocation] of evalCase.conversation.entries()) {
    const calls = (invocation.intermediate_data?.tool_uses ?? []).map(describeCall);
    const error = errorCodeOf(invocation);
    lines.push(
      '',
      `turn ${index + 1} › ${contentText(invocation.user_content)}`,
      `  tools: ${calls.join(' → ') || 'none'}`,
      ...(error ? [`  error: ${error}`] : []),
      ...contentText(invocation.final_response).split('\n').map((line) => `  | ${line}`),
    );
  }
  return lines.join('\n');
}
