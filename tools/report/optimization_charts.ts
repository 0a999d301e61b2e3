import type { OptimizationState } from '../optimization/optimization_state.js';
import type { OptimizationReport } from '../optimization/optimize_strategy.js';
import type { TrialRecord } from '../optimization/search/search_iteration.js';
import type { MetricKey, PerformanceMetrics } from '../risk/types.js';
import type { OptimizationCharts } from './report_document.js';
import { describeRun } from './run_description.js';
import { MAX_CHART_POINTS } from './run_charts.js';
import { downsampleMinMax } from './series/downsample.js';

const COMPARED: readonly MetricKey[] = ['total_return', 'cagr', 'sharpe_ratio', 'sortino_ratio', 'max_drawdown', 'win_rate'];

function inVersusOut(label: string, inSample: PerformanceMetrics, outOfSample: PerformanceMetrics): OptimizationCharts['in_vs_out'] {
  return { label, metrics: COMPARED.map((metric) => ({ metric, in_sample: inSample[metric], out_of_sample: outOfSample[metric] })) };
}

/** The trials' Sharpe ratio over the first two parameters (best per cell when others varied). */
export function trialHeatmap(trials: readonly TrialRecord[]): OptimizationCharts['heatmap'] {
  const [x, y] = Object.keys(trials[0]?.params ?? {});
  if (x === undefined || y === undefined) return null;
  const xValues = [...new Set(trials.map((trial) => trial.params[x]!))].sort((a, b) => a - b);
  const yValues = [...new Set(trials.map((trial) => trial.params[y]!))].sort((a, b) => a - b);
  const values: Array<Array<number | null>> = yValues.map(() => xValues.map(() => null));
  for (const trial of trials) {
    if (trial.sharpe_ratio === null) continue;
    const row = values[yValues.indexOf(trial.params[y]!)]!;
    const column = xValues.indexOf(trial.params[x]!);
    const current = row[column];
    if (current === null || current === undefined || trial.sharpe_ratio > current) row[column] = trial.sharpe_ratio;
  }
  return { x_param: x, y_param: y, metric: 'sharpe_ratio', x_values: xValues, y_values: yValues, values };
}

/** The agents' optimisation: the best combo's trial heatmap and its figures in and out of sample. */
export function agentOptimizationCharts(state: OptimizationState | null): OptimizationCharts | null {
  if (!state || state.status === 'not_requested' || !state.best) return null;
  const best = state.best;
  const combo = state.combos.find((candidate) => candidate.symbol === best.symbol && candidate.strategy === best.strategy);
  return {
    heatmap: combo ? trialHeatmap(combo.trial_log) : null,
    in_vs_out: best.assessment ? inVersusOut(`${best.symbol} ${describeRun(best)}`, best.metrics, best.assessment.out_of_sample) : null,
    walk_forward: null,
  };
}

/** `btp optimize`: its heatmap, in- versus out-of-sample, and the walk-forward folds and stitched curve. */
export function searchOptimizationCharts(report: OptimizationReport): OptimizationCharts {
  const walk = report.walk_forward;
  let equity = null;
  if (walk && walk.equity.length > 0) {
    const kept = downsampleMinMax(walk.equity.length, (index) => walk.equity[index]!.equity, MAX_CHART_POINTS);
    equity = { t: kept.map((index) => walk.equity[index]!.t), v: kept.map((index) => walk.equity[index]!.equity) };
  }
  return {
    heatmap: report.heatmap && { ...report.heatmap },
    in_vs_out: inVersusOut(`${report.symbol} ${describeRun({ strategy: report.strategy, params: report.best.params })}`, report.best.in_sample, report.best.out_of_sample),
    walk_forward: walk && {
      metric: 'sharpe_ratio',
      folds: walk.folds.map((fold) => ({
        fold: fold.fold, label: `${fold.test.start} – ${fold.test.end}`, in_sample: fold.in_sample.sharpe_ratio, out_of_sample: fold.out_of_sample.sharpe_ratio,
      })),
      equity,
    },
  };
}
