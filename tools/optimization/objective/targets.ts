import type { MetricKey, PerformanceMetrics } from '../../risk/types.js';
import { assertNever } from '../../assert_never.js';

/** The score, and a target's margin, of a metric the run could not produce (n/a): below every real one. */
export const MISSING_SCORE = -1e9;

export type TargetOperator = '>' | '>=' | '<' | '<=';

export interface MetricTarget {
  operator: TargetOperator;
  value: number;
}

/** Targets as the request spec writes them: `{"sharpe_ratio": {"operator": ">", "value": 1.5}}`. */
export type Targets = Partial<Record<MetricKey, MetricTarget>>;

export interface TargetCheck {
  metric: MetricKey;
  operator: TargetOperator;
  target: number;
  actual: number | null;
  met: boolean;
  /**
   * How far inside (+) or outside (−) the target the actual value is, as a fraction of the target's
   * size (at least 1 % of one unit, so a target of 0 still normalises): 0.1 = 10 % of the way past.
   */
  margin: number;
}

export interface TargetEvaluation {
  all_met: boolean;
  checks: TargetCheck[];
  /**
   * The objective for several targets: the worst (smallest) normalised margin. Maximising it moves
   * the target that is furthest from being met first; it is ≥ 0 when every target holds.
   */
  score: number;
}

function holds(actual: number, { operator, value }: MetricTarget): boolean {
  switch (operator) {
    case '>': return actual > value;
    case '>=': return actual >= value;
    case '<': return actual < value;
    case '<=': return actual <= value;
    default: return assertNever(operator, 'target operator');
  }
}

export function evaluateTargets(metrics: PerformanceMetrics, targets: Targets): TargetEvaluation {
  const checks: TargetCheck[] = [];
  for (const [metric, target] of Object.entries(targets) as Array<[MetricKey, MetricTarget]>) {
    const actual = metrics[metric];
    const scale = Math.max(Math.abs(target.value), 0.01);
    const above = target.operator === '>' || target.operator === '>=';
    // A missing value (n/a) counts as far from the target, never as met.
    const margin = actual === null ? MISSING_SCORE : ((above ? 1 : -1) * (actual - target.value)) / scale;
    checks.push({ metric, operator: target.operator, target: target.value, actual, met: actual !== null && holds(actual, target), margin });
  }
  const score = checks.length === 0 ? 0 : Math.min(...checks.map((check) => check.margin));
  return { all_met: checks.every((check) => check.met), checks, score };
}
