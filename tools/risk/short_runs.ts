import type { PerformanceMetrics } from './types.js';

/**
 * Fewest bars whose annualised figures mean anything. Below it a CAGR or a Sharpe ratio is an
 * extrapolation of noise (3 bars once annualised to a CAGR of 132,305 %); searches also need this
 * many bars past a strategy's warm-up (tools/optimization/search/judgeable_window.ts).
 */
export const MIN_JUDGED_BARS = 30;

const ANNUALISED = ['cagr', 'sharpe_ratio', 'sortino_ratio', 'calmar_ratio'] as const;

/**
 * A run over fewer than MIN_JUDGED_BARS bars keeps its plain figures (return, drawdown, trades) but
 * not its annualised ones, which become null, with the note that says why.
 */
export function withoutAnnualisedFiguresIfShort(metrics: PerformanceMetrics, bars: number): { metrics: PerformanceMetrics; note?: string } {
  if (bars >= MIN_JUDGED_BARS) return { metrics };
  const blanked: PerformanceMetrics = { ...metrics };
  for (const key of ANNUALISED) blanked[key] = null;
  return {
    metrics: blanked,
    note: `only ${bars} bar(s): CAGR, Sharpe, Sortino and Calmar are not given below ${MIN_JUDGED_BARS} bars, where annualising would extrapolate noise`,
  };
}
