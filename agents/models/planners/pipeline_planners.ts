import type { DateWindow } from '../../../tools/dates/date_window.js';
import { formatMetric } from '../../../tools/risk/format_metric.js';
import type { Planner } from '../planner_registry.js';
import { toolThenSummary } from './tool_then_summary.js';

type Reply = Record<string, unknown>;

const count = (value: unknown) => (Array.isArray(value) ? value.length : 0);

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

export const dataPlanner: Planner = toolThenSummary('load_market_data', () => ({}), (response: Reply) => {
  const loaded = (response.market_data as Array<{ symbol: string; file: string; bars: number }>)
    .map((data) => `${data.symbol} (${data.file}, ${data.bars} bars)`);
  return `Loaded ${loaded.join(', ')}.`;
});

export function backtestShardPlanner(shard: number): Planner {
  return toolThenSummary('run_backtests', () => ({ shard }), (response: Reply) => `Shard ${shard}: ran ${count(response.results)} backtest(s).`);
}

export const portfolioPlanner: Planner = toolThenSummary('run_portfolio', () => ({}), (response: Reply) => {
  if (response.status === 'not_requested') return 'No portfolio was asked for.';
  const weights = Object.entries(response.weights as Record<string, number>).map(([symbol, weight]) => `${symbol} ${formatMetric('exposure', weight)}`).join(', ');
  const chosen = response.objective ? ` (weights chosen for ${String(response.objective)} on the first 70% of the window)` : '';
  return `Portfolio ${weights}${chosen}, rebalanced ${String(response.rebalance)}: total return ${formatMetric('total_return', response.total_return as number)}, ` +
    `Sharpe ratio ${formatMetric('sharpe_ratio', response.sharpe_ratio as number | null)}, maximum drawdown ${formatMetric('max_drawdown', response.max_drawdown as number)}.`;
});

export const riskPlanner: Planner = toolThenSummary('analyze_risk', () => ({}), (response: Reply) => {
  const rows = response.rows as Array<{ symbol: string; strategy: string }>;
  const best = rows[0];
  return `Ranked ${rows.length} result(s) by ${String(response.rank_by)}${best ? `; first: ${best.symbol} ${best.strategy}` : ''}.`;
});

/** One line per loop iteration: the agents' progress event for the optimisation. */
export const optimizationStepPlanner: Planner = toolThenSummary('optimize_step', () => ({}), (response: Reply) => {
  if (response.status === 'not_requested') return 'No optimisation was asked for.';
  const best = response.best as { symbol: string; strategy: string; params: Record<string, number>; sharpe_ratio: number | null } | null;
  const params = best ? Object.entries(best.params).map(([name, value]) => `${name} ${value}`).join(', ') : '';
  const bestText = best ? `; best so far ${best.symbol} ${best.strategy} (${params}), in-sample Sharpe ratio ${formatMetric('sharpe_ratio', best.sharpe_ratio)}` : '';
  return `Optimisation iteration ${String(response.iteration)} (${String(response.method)}): ${String(response.trials)} parameter sets tried${bestText}; status ${String(response.status)}.`;
});

/** The report agent presents the rendered report as it is: it adds no number of its own. */
export const reportPlanner: Planner = toolThenSummary('render_report', () => ({}), (response: Reply) => String(response.report));
