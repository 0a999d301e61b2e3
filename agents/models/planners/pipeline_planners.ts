import type { Planner } from '../planner_registry.js';
import { toolThenSummary } from './tool_then_summary.js';

type Reply = Record<string, unknown>;

const count = (value: unknown) => (Array.isArray(value) ? value.length : 0);

export const validationPlanner: Planner = toolThenSummary('validate_request', () => ({}), (response: Reply) => {
  if (response.ok !== true) {
    const error = response.error as { code: string; message: string };
    return `I can't run that request (${error.code}): ${error.message}`;
  }
  const window = response.run_window as { start?: string; end?: string };
  const notes = (response.notes as string[]).map((note) => ` Note: ${note}`).join('');
  return `Request checked; it runs from ${window.start ?? 'the start of the data'} to ${window.end ?? 'the end of the data'}.${notes}`;
});

export const dataPlanner: Planner = toolThenSummary('load_market_data', () => ({}), (response: Reply) => {
  const loaded = (response.market_data as Array<{ symbol: string; file: string; bars: number }>)
    .map((data) => `${data.symbol} (${data.file}, ${data.bars} bars)`);
  return `Loaded ${loaded.join(', ')}.`;
});

export function backtestShardPlanner(shard: number): Planner {
  return toolThenSummary('run_backtests', () => ({ shard }), (response: Reply) => `Shard ${shard}: ran ${count(response.results)} backtest(s).`);
}

export const riskPlanner: Planner = toolThenSummary('analyze_risk', () => ({}), (response: Reply) => {
  const rows = response.rows as Array<{ symbol: string; strategy: string }>;
  const best = rows[0];
  return `Ranked ${rows.length} result(s) by ${String(response.rank_by)}${best ? `; first: ${best.symbol} ${best.strategy}` : ''}.`;
});

export const optimizationStepPlanner: Planner = toolThenSummary('optimize_step', () => ({}), (response: Reply) => {
  if (response.status === 'not_requested') return 'No optimisation was asked for.';
  return `Optimisation iteration ${String(response.iteration)}: ${String(response.trials)} parameter sets tried, status ${String(response.status)}.`;
});

/** The report agent presents the rendered report as it is: it adds no number of its own. */
export const reportPlanner: Planner = toolThenSummary('render_report', () => ({}), (response: Reply) => String(response.report));
