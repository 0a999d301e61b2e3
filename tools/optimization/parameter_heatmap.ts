import { BacktestPilotError } from '../errors.js';
import { metricDirection } from '../risk/index.js';
import type { MetricKey, PerformanceMetrics } from '../risk/types.js';
import type { StrategyParams } from '../strategy/types.js';

/**
 * The data of a heatmap of one metric over two parameters (the chart is drawn by the reports).
 * `values[row][column]` is the metric at `y_values[row]`, `x_values[column]`; null where no trial
 * ran there. When other parameters varied too, a cell holds the best value among them.
 */
export interface ParameterHeatmap {
  x_param: string;
  y_param: string;
  metric: MetricKey;
  x_values: number[];
  y_values: number[];
  values: Array<Array<number | null>>;
}

export interface HeatmapAxes {
  x: string;
  y: string;
  metric: MetricKey;
}

/** The heatmap data of `metric` over parameters `x` and `y`, from scored trials. */
export function plotParameterHeatmap(trials: ReadonlyArray<{ params: StrategyParams; metrics: PerformanceMetrics }>, axes: HeatmapAxes): ParameterHeatmap {
  const { x, y, metric } = axes;
  const missing = [x, y].filter((name) => trials.length > 0 && trials[0]!.params[name] === undefined);
  if (x === y || missing.length > 0) {
    throw new BacktestPilotError('invalid_argument', `a heatmap needs two different parameters of the trials (${Object.keys(trials[0]?.params ?? {}).join(', ')}), got ${x} and ${y}`, { x, y });
  }
  const xValues = [...new Set(trials.map((trial) => trial.params[x]!))].sort((a, b) => a - b);
  const yValues = [...new Set(trials.map((trial) => trial.params[y]!))].sort((a, b) => a - b);
  const column = new Map(xValues.map((value, index) => [value, index]));
  const row = new Map(yValues.map((value, index) => [value, index]));
  const values = yValues.map(() => xValues.map((): number | null => null));
  const better = metricDirection(metric) === 'desc' ? (a: number, b: number) => a > b : (a: number, b: number) => a < b;
  for (const trial of trials) {
    const value = trial.metrics[metric];
    if (value === null) continue;
    const cells = values[row.get(trial.params[y]!)!]!;
    const index = column.get(trial.params[x]!)!;
    const current = cells[index]!;
    if (current === null || better(value, current)) cells[index] = value;
  }
  return { x_param: x, y_param: y, metric, x_values: xValues, y_values: yValues, values };
}
