import type { ClosedDateWindow } from '../../dates/date_window.js';
import { formatMetric } from '../../risk/format_metric.js';
import type { PerformanceMetrics } from '../../risk/types.js';

/**
 * A plain-words warning when the chosen parameters' out-of-sample result collapses, else null.
 * Collapse, for parameters that did well in sample (Sharpe ratio above 0): the out-of-sample Sharpe
 * ratio is below half the in-sample one (or undefined), or a profitable in-sample run loses money
 * out of sample.
 */
export function describeOverfitting(inSample: PerformanceMetrics, outOfSample: PerformanceMetrics, window: ClosedDateWindow): string | null {
  const before = inSample.sharpe_ratio;
  const after = outOfSample.sharpe_ratio;
  if (before === null || before <= 0) return null;
  const sharpeCollapsed = after === null || after < before / 2;
  const turnedToLoss = inSample.total_return > 0 && outOfSample.total_return < 0;
  if (!sharpeCollapsed && !turnedToLoss) return null;
  const findings: string[] = [];
  if (after === null) {
    findings.push(`the strategy's returns never varied (${formatMetric('num_trades', outOfSample.num_trades)} trades), so the in-sample Sharpe ratio of ${formatMetric('sharpe_ratio', before)} came to nothing`);
  } else if (sharpeCollapsed) {
    findings.push(`the Sharpe ratio fell from ${formatMetric('sharpe_ratio', before)} to ${formatMetric('sharpe_ratio', after)}`);
  }
  if (turnedToLoss) findings.push(`the strategy lost ${formatMetric('total_return', -outOfSample.total_return)} after gaining ${formatMetric('total_return', inSample.total_return)} in sample`);
  return `Overfitting warning: on the held-out data (${window.start} to ${window.end}) ${findings.join(' and ')}. ` +
    'These parameters fit the past they were chosen on far better than the period after it, so do not expect the in-sample figures to hold.';
}
