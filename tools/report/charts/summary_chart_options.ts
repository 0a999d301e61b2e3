import { METRIC_DESCRIPTIONS } from '../../risk/metric_descriptions.js';
import type { MetricKey } from '../../risk/types.js';
import type { OptimizationCharts, PortfolioCharts, ReportDocument } from '../report_document.js';
import { describeRun } from '../run_description.js';
import { GAIN_COLOR, LOSS_COLOR, PALETTE, baseOption, percent, round, type ChartOption } from './chart_spec.js';

/** A metric as charted: percentages ×100, ratios as they are. */
export function chartValue(metric: MetricKey | string, value: number | null): number | null {
  if (value === null) return null;
  const format = METRIC_DESCRIPTIONS[metric as MetricKey]?.format;
  return format === 'percent' ? percent(value) : round(value, 4);
}

const metricAxisName = (metric: MetricKey) => `${METRIC_DESCRIPTIONS[metric].label}${METRIC_DESCRIPTIONS[metric].format === 'percent' ? ' %' : ''}`;

/** The ranking metric of every strategy × symbol, best at the top. */
export function rankingOption(document: Pick<ReportDocument, 'ranking' | 'rank_by'>): ChartOption {
  const rows = [...document.ranking].reverse();
  return {
    ...baseOption(`Ranking by ${METRIC_DESCRIPTIONS[document.rank_by].label}`),
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 220, right: 40, top: 40, bottom: 32 },
    xAxis: { type: 'value', name: metricAxisName(document.rank_by) },
    yAxis: { type: 'category', data: rows.map((row) => `${row.symbol} ${describeRun(row)}`), axisLabel: { width: 200, overflow: 'truncate' } },
    series: [{
      name: METRIC_DESCRIPTIONS[document.rank_by].label, type: 'bar', label: { show: true, position: 'right', fontSize: 10 },
      data: rows.map((row) => {
        const value = chartValue(document.rank_by, row.metrics[document.rank_by]);
        return { value, itemStyle: { color: row.baseline ? '#9ca3af' : (value ?? 0) >= 0 ? PALETTE[0] : LOSS_COLOR } };
      }),
    }],
  };
}

export function parameterHeatmapOption(heatmap: NonNullable<OptimizationCharts['heatmap']>): ChartOption {
  const cells = heatmap.values.flatMap((row, y) => row.flatMap((value, x) => (value === null ? [] : [[x, y, chartValue(heatmap.metric, value)]])));
  const values = cells.map((cell) => cell[2] as number);
  return {
    ...baseOption(`${METRIC_DESCRIPTIONS[heatmap.metric as MetricKey]?.label ?? heatmap.metric} by ${heatmap.x_param} × ${heatmap.y_param}`),
    tooltip: { position: 'top' },
    grid: { left: 64, right: 24, top: 40, bottom: 72 },
    xAxis: { type: 'category', name: heatmap.x_param, data: heatmap.x_values.map(String) },
    yAxis: { type: 'category', name: heatmap.y_param, data: heatmap.y_values.map(String) },
    visualMap: {
      min: Math.min(0, ...values), max: Math.max(0.01, ...values), calculable: true, orient: 'horizontal', left: 'center', bottom: 4, itemHeight: 160,
      inRange: { color: [LOSS_COLOR, '#f7f7c8', GAIN_COLOR] },
    },
    series: [{ name: heatmap.metric, type: 'heatmap', data: cells }],
  };
}

export function inVersusOutOption(comparison: NonNullable<OptimizationCharts['in_vs_out']>): ChartOption {
  return {
    ...baseOption(`${comparison.label}: in sample vs out of sample`),
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 28 },
    grid: { left: 56, right: 24, top: 60, bottom: 40 },
    xAxis: { type: 'category', data: comparison.metrics.map(({ metric }) => metricAxisName(metric)) },
    yAxis: { type: 'value' },
    series: [
      { name: 'In sample', type: 'bar', data: comparison.metrics.map(({ metric, in_sample }) => chartValue(metric, in_sample)) },
      { name: 'Out of sample', type: 'bar', data: comparison.metrics.map(({ metric, out_of_sample }) => chartValue(metric, out_of_sample)) },
    ],
  };
}

export function walkForwardOption(walk: NonNullable<OptimizationCharts['walk_forward']>): ChartOption {
  return {
    ...baseOption(`Walk-forward folds: ${METRIC_DESCRIPTIONS[walk.metric].label} trained vs tested`),
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 28 },
    grid: { left: 56, right: 24, top: 60, bottom: 48 },
    xAxis: { type: 'category', data: walk.folds.map((fold) => `Fold ${fold.fold}\n${fold.label}`), axisLabel: { fontSize: 9 } },
    yAxis: { type: 'value', name: metricAxisName(walk.metric) },
    series: [
      { name: 'In sample (training)', type: 'bar', data: walk.folds.map((fold) => chartValue(walk.metric, fold.in_sample)) },
      { name: 'Out of sample (test)', type: 'bar', data: walk.folds.map((fold) => chartValue(walk.metric, fold.out_of_sample)) },
    ],
  };
}

export function walkForwardEquityOption(equity: NonNullable<NonNullable<OptimizationCharts['walk_forward']>['equity']>): ChartOption {
  return {
    ...baseOption('Walk-forward: stitched out-of-sample equity'),
    tooltip: { trigger: 'axis' },
    grid: { left: 70, right: 24, top: 40, bottom: 40 },
    xAxis: { type: 'time' },
    yAxis: { type: 'value', scale: true, name: 'Equity' },
    series: [{ name: 'Out-of-sample equity', type: 'line', showSymbol: false, data: equity.t.map((t, index) => [t, round(equity.v[index]!, 2)]) }],
  };
}

/** Portfolio weights over time, stacked to 100%. */
export function portfolioWeightsOption(weights: PortfolioCharts['weights']): ChartOption {
  return {
    ...baseOption('Portfolio weights'),
    tooltip: { trigger: 'axis' },
    legend: { top: 28 },
    grid: { left: 56, right: 24, top: 60, bottom: 40 },
    xAxis: { type: 'time' },
    yAxis: { type: 'value', name: '%', max: 100 },
    series: weights.series.map((series) => ({
      name: series.symbol, type: 'line', stack: 'weights', showSymbol: false, areaStyle: {}, lineStyle: { width: 0.5 },
      data: weights.t.map((t, index) => [t, percent(series.w[index]!)]),
    })),
  };
}

export function correlationOption(correlation: PortfolioCharts['correlation']): ChartOption {
  const { symbols, matrix } = correlation;
  return {
    ...baseOption('Correlation of returns'),
    tooltip: { position: 'top' },
    grid: { left: 64, right: 24, top: 40, bottom: 64 },
    xAxis: { type: 'category', data: symbols },
    yAxis: { type: 'category', data: symbols },
    visualMap: { min: -1, max: 1, orient: 'horizontal', left: 'center', bottom: 4, itemHeight: 160, inRange: { color: ['#2f6fdf', '#f5f5f5', LOSS_COLOR] } },
    series: [{
      name: 'Correlation', type: 'heatmap', label: { show: true, fontSize: 10 },
      // A symbol whose returns never moved has no correlation: its cells stay empty ('-' in ECharts).
      data: matrix.flatMap((row, y) => row.map((value, x) => [x, y, value === null ? '-' : round(value, 2)])),
    }],
  };
}
