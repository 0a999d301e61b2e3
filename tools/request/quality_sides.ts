import { metricDirection } from '../risk/metric_direction.js';
import type { MetricKey } from '../risk/types.js';
import type { TargetOperator } from './request_spec.js';
import { phrases, type Phrase } from './token_matchers.js';

/**
 * "a profit factor no worse than 1.3", "volatility better than 20%": "better" and "worse" say which
 * way is good, not which way is up, so the side they ask for is the metric's own. Higher is better
 * for every metric but volatility (metric_direction.ts): a profit factor no worse than 1.3 is >= 1.3,
 * a volatility no worse than 20% is <= 20%. A drawdown is a limit whatever the wording (targets.ts).
 */
export type QualitySide = 'better' | 'no_worse' | 'worse' | 'no_better';

export const QUALITY_COMPARATORS: ReadonlyArray<{ side: QualitySide; words: readonly Phrase[] }> = [
  // "not worse as 20%": "as" for "than", as German and Dutch writers put it (recognizers/targets.ts).
  { side: 'better', words: phrases('better than|as') },
  { side: 'no_worse', words: phrases('no|not worse than|as', 'better than or equal to', 'equal to or better than', 'at least as good as', 'as good as or better than') },
  { side: 'worse', words: phrases('worse than|as') },
  { side: 'no_better', words: phrases('no|not better than|as', 'worse than or equal to', 'equal to or worse than') },
];

const WHEN_HIGHER_IS_BETTER: Readonly<Record<QualitySide, TargetOperator>> = { better: '>', no_worse: '>=', worse: '<', no_better: '<=' };
const WHEN_LOWER_IS_BETTER: Readonly<Record<QualitySide, TargetOperator>> = { better: '<', no_worse: '<=', worse: '>', no_better: '>=' };

export function isQualitySide(side: string): side is QualitySide {
  return Object.hasOwn(WHEN_HIGHER_IS_BETTER, side);
}

/** The side a quality word asks of `metric`: "no worse than" is at least for a Sharpe, at most for volatility. */
export function qualityOperator(metric: MetricKey, side: QualitySide): TargetOperator {
  return (metricDirection(metric) === 'desc' ? WHEN_HIGHER_IS_BETTER : WHEN_LOWER_IS_BETTER)[side];
}
