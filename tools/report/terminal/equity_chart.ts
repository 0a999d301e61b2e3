import asciichart from 'asciichart';
import type { EquityCurveCharts } from '../report_document.js';

const SERIES_COLORS = [asciichart.green, asciichart.blue, asciichart.magenta, asciichart.yellow];

/** Every `step`-th point (and the last), so a long curve fits the terminal width. */
function fitWidth(values: readonly number[], width: number): number[] {
  if (values.length <= width) return [...values];
  const step = (values.length - 1) / (width - 1);
  return Array.from({ length: width }, (_, index) => values[Math.round(index * step)]!);
}

function plot(curves: number[][], height: number, colors?: string[]): string {
  return asciichart.plot(curves, {
    height,
    format: (value: number) => value.toFixed(0).padStart(9),
    ...(colors ? { colors } : {}),
  });
}

/**
 * Equity curves of a few runs (same date range assumed). On a colour terminal they share one
 * chart with a coloured legend; in plain text, where lines could not be told apart, each gets its
 * own smaller chart under its name.
 */
export function renderEquityChart(
  runs: ReadonlyArray<Pick<EquityCurveCharts, 'label' | 'equity'>>,
  { width = 72, height = 14, color = process.stdout.isTTY === true } = {},
): string {
  const first = runs[0];
  if (!first || first.equity.t.length === 0) return '';
  const curves = runs.map((run) => fitWidth(run.equity.v, width));
  const title = `Equity, ${first.equity.t[0]} to ${first.equity.t.at(-1)}`;
  if (color) {
    const colors = runs.map((_, index) => SERIES_COLORS[index % SERIES_COLORS.length]!);
    const legend = runs.map((run, index) => `${colors[index]}━━${asciichart.reset} ${run.label}`);
    return `${title}\n${plot(curves, height, colors)}\n${legend.join('   ')}`;
  }
  const charts = runs.map((run, index) => `${run.label}\n${plot([curves[index]!], Math.max(6, Math.round(height / runs.length)))}`);
  return `${title}\n${charts.join('\n\n')}`;
}
