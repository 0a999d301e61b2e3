import type { DateWindow } from '../../../tools/dates/date_window.js';
import type { Planner } from '../planner_registry.js';
import { toolThenSummary } from './tool_then_summary.js';

type Reply = Record<string, unknown>;

export const validationPlanner: Planner = toolThenSummary('validate_request', () => ({}), (response: Reply) => {
  if (response.ok !== true) {
    const error = response.error as { code: string; message: string };
    return `I can't run that request (${error.code}): ${error.message}`;
  }
  const window = response.run_window as DateWindow;
  const notes = (response.notes as string[]).map((note) => ` Note: ${note}`).join('');
  const queued = response.queued_sweeps as number[] | undefined;
  if (queued) {
    return `Request checked for ${window.start} to ${window.end}; its ${(response.candidates as number).toLocaleString('en-US')} candidates are queued on the worker fleet as sweep(s) ${queued.join(', ')}.${notes}`;
  }
  return `Request checked; it runs from ${window.start ?? 'the start of the data'} to ${window.end ?? 'the end of the data'}.${notes}`;
});

// The single-call steps between validation and the report end on their tool's reply (returningUnsummarized): their planners only report a failure.
export const dataPlanner: Planner = toolThenSummary('load_market_data', () => ({}));

export function backtestShardPlanner(shard: number): Planner {
  return toolThenSummary('run_backtests', () => ({ shard }));
}

export const portfolioPlanner: Planner = toolThenSummary('run_portfolio', () => ({}));

export const riskPlanner: Planner = toolThenSummary('analyze_risk', () => ({}));

/** The report agent's answer is the rendered report itself (answerWithReport): its planner only reports a failure. */
export const reportPlanner: Planner = toolThenSummary('render_report', () => ({}));
