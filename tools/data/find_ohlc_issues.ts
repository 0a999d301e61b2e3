import type { PriceColumns } from '../strategy/types.js';

/** What can be wrong with one bar's values. `non_positive_price` includes NaN. */
export type OhlcProblem =
  | 'non_positive_price'
  | 'low_above_open'
  | 'low_above_close'
  | 'high_below_open'
  | 'high_below_close'
  | 'negative_volume';

export interface BarProblems {
  index: number;
  problems: OhlcProblem[];
}

function problemsOfBar(open: number, high: number, low: number, close: number, volume: number): OhlcProblem[] {
  const problems: OhlcProblem[] = [];
  if (!(open > 0 && high > 0 && low > 0 && close > 0)) problems.push('non_positive_price');
  if (low > open) problems.push('low_above_open');
  if (low > close) problems.push('low_above_close');
  if (high < open) problems.push('high_below_open');
  if (high < close) problems.push('high_below_close');
  if (volume < 0) problems.push('negative_volume');
  return problems;
}

/** Bars whose values cannot all be true: low above open or close, high below them, prices ≤ 0. */
export function findOhlcIssues(bars: PriceColumns): BarProblems[] {
  const issues: BarProblems[] = [];
  for (let index = 0; index < bars.close.length; index += 1) {
    const problems = problemsOfBar(bars.open[index]!, bars.high[index]!, bars.low[index]!, bars.close[index]!, bars.volume[index]!);
    if (problems.length > 0) issues.push({ index, problems });
  }
  return issues;
}
