import asciichart from 'asciichart';
import type { BacktestResult } from '../../tools/backtest/backtest_result.js';
import { describeStrategyRun } from './results_table.js';

const SERIES_COLORS = [asciichart.green, asciichart.blue, asciichart.magenta, asciichart.yellow];

/** Every `step`-th point (and the last), so a long curve fits the terminal width. */
function downsample(values: readonly number[], width: number): number[] {
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
 * Equity curves of a few results (same date range assumed). On a colour terminal they share one
 * chart with a coloured legend; in plain text, where lines could not be told apart, each gets its
 * own smaller chart under its name.
 */
export function renderEquityChart(
  results: readonly BacktestResult[],
  { width = 72, height = 14, color = process.stdout.isTTY === true } = {},
): string {
  if (results.length === 0) return '';
  const curves = results.map((result) => downsample(result.equity.map((point) => point.equity), width));
  const first = results[0]!;
  const title = `Equity, ${first.range.start} to ${first.range.end}`;
  if (color) {
    const colors = results.map((_, index) => SERIES_COLORS[index % SERIES_COLORS.length]!);
    const legend = results.map((result, index) => `${colors[index]}━━${asciichart.reset} ${result.symbol} ${describeStrategyRun(result)}`);
    return `${title}\n${plot(curves, height, colors)}\n${legend.join('   ')}`;
  }
  const charts = results.map((result, index) => `${result.symbol} ${describeStrategyRun(result)}\n${plot([curves[index]!], Math.max(6, Math.round(height / results.length)))}`);
  return `${title}\n${charts.join('\n\n')}`;
}
