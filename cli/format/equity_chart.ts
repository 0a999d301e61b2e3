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

/**
 * Equity curves of a few results on one terminal chart (same date range assumed), with a legend.
 * Colours only when the output is a terminal, so piped output stays plain text.
 */
export function renderEquityChart(
  results: readonly BacktestResult[],
  { width = 72, height = 14, color = process.stdout.isTTY === true } = {},
): string {
  if (results.length === 0) return '';
  const curves = results.map((result) => downsample(result.equity.map((point) => point.equity), width));
  const chart = asciichart.plot(curves, {
    height,
    format: (value: number) => value.toFixed(0).padStart(9),
    ...(color ? { colors: SERIES_COLORS.slice(0, curves.length) } : {}),
  });
  const first = results[0]!;
  const legend = results.map((result, index) => {
    const marker = color ? `${SERIES_COLORS[index % SERIES_COLORS.length]}━━${asciichart.reset}` : `(${index + 1})`;
    return `${marker} ${result.symbol} ${describeStrategyRun(result)}`;
  });
  return `Equity, ${first.range.start} to ${first.range.end}\n${chart}\n${legend.join('   ')}`;
}
