import Table from 'cli-table3';
import pc from 'picocolors';
import { METHOD_DESCRIPTIONS } from '../../optimization/methods/index.js';
import type { OptimizationReport } from '../../optimization/optimize_strategy.js';
import { SEARCH_METHODS } from '../../optimization/methods/search_context.js';
import { formatMetric } from '../../risk/index.js';
import { METRIC_KEYS, type MetricKey, type PerformanceMetrics } from '../../risk/types.js';
import { METRIC_DESCRIPTIONS } from '../../risk/metric_descriptions.js';

/** Rows without separator lines between them. */
const COMPACT = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };

const params = (values: Record<string, number>) => Object.entries(values).map(([name, value]) => `${name}=${value}`).join(', ');

function methodName(method: OptimizationReport['method']): string {
  return (SEARCH_METHODS as readonly string[]).includes(method) ? METHOD_DESCRIPTIONS[method as keyof typeof METHOD_DESCRIPTIONS] : 'random, Bayesian and hill-climbing iterations';
}

function metricsTable(columns: Array<[string, PerformanceMetrics]>): string {
  const table = new Table({ head: ['', ...columns.map(([title]) => title)], chars: COMPACT, style: { head: [], border: [] }, colAligns: ['left', ...columns.map(() => 'right' as const)] });
  for (const metric of METRIC_KEYS) table.push([METRIC_DESCRIPTIONS[metric].label, ...columns.map(([, metrics]) => formatMetric(metric, metrics[metric]))]);
  return table.toString();
}

function walkForwardLines(report: NonNullable<OptimizationReport['walk_forward']>): string[] {
  const table = new Table({
    head: ['Fold', 'Trained on', 'Tested on', 'Parameters', 'Sharpe in', 'Sharpe out', 'Return out'],
    chars: COMPACT, style: { head: [], border: [] }, colAligns: ['right', 'left', 'left', 'left', 'right', 'right', 'right'],
  });
  for (const fold of report.folds) {
    table.push([
      String(fold.fold), `${fold.train.start} – ${fold.train.end}`, `${fold.test.start} – ${fold.test.end}`, params(fold.params),
      formatMetric('sharpe_ratio', fold.in_sample.sharpe_ratio), formatMetric('sharpe_ratio', fold.out_of_sample.sharpe_ratio),
      formatMetric('total_return', fold.out_of_sample.total_return),
    ]);
  }
  const stitched = report.out_of_sample;
  const figure = (metric: MetricKey) => formatMetric(metric, stitched[metric]);
  return [
    `Walk-forward (${report.mode}, ${report.folds.length} folds):`, table.toString(),
    `Stitched out-of-sample: total return ${figure('total_return')}, Sharpe ratio ${figure('sharpe_ratio')}, maximum drawdown ${figure('max_drawdown')}, final equity ${figure('final_equity')}.`,
  ];
}

/** `btp optimize` on screen: what was searched, the pick in and out of sample, the honesty checks, the saved experiment. */
export function renderOptimization(report: OptimizationReport, experiment: { id: number } | { error: { code: string; message: string } }): string {
  const lines = [
    pc.bold(`Optimised ${report.strategy} on ${report.symbol}: ${methodName(report.method)}, ${report.trials.toLocaleString('en-US')} trials (seed ${report.seed})`),
    `Searched ${report.in_sample_range.start} to ${report.in_sample_range.end} (in sample); held out ${report.out_of_sample_range.start} to ${report.out_of_sample_range.end}.`,
    `Objective: ${report.objective}.`,
    '',
    `Best parameters: ${pc.bold(params(report.best.params))}`,
    metricsTable([['In sample', report.best.in_sample], ['Out of sample', report.best.out_of_sample]]),
  ];
  for (const check of report.target_checks) {
    const held = report.best.out_of_sample[check.metric];
    lines.push(`Target ${check.metric} ${check.operator} ${formatMetric(check.metric, check.target)}: ${formatMetric(check.metric, check.actual)} in sample — ` +
      `${check.met ? pc.green('met') : pc.red('not met')}; ${formatMetric(check.metric, held)} out of sample`);
  }
  if (report.targets_met !== null) lines.push(report.targets_met ? 'Every target holds in sample; the search stopped there.' : 'Not every target could be met; this is the best attempt.');
  lines.push(report.deflated_sharpe_ratio === null
    ? 'Deflated Sharpe ratio: n/a'
    : `Deflated Sharpe ratio: ${formatMetric('win_rate', report.deflated_sharpe_ratio)} (the probability that the in-sample Sharpe ratio is skill, not the luck of ${report.trials} trials)`);
  if (report.overfitting_warning) lines.push(pc.yellow(report.overfitting_warning));
  if (report.walk_forward) lines.push('', ...walkForwardLines(report.walk_forward));
  // A failed save is reported on stderr by the command (cli/report_error.ts), after this result.
  if ('id' in experiment) lines.push('', `Saved as experiment #${experiment.id} (btp experiments show ${experiment.id}).`);
  return lines.join('\n');
}
