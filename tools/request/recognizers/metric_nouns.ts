import type { Token } from '../tokenizer.js';
import { isWord } from '../token_matchers.js';

/**
 * A vague noun after a metric's name is still the metric: "that sharpe thing comes out over 1",
 * "the sortino number should be above 2", "a calmar figure of at least 1".
 */
const METRIC_NOUNS: readonly string[] = ['thing', 'thingy', 'number', 'figure', 'score', 'stat', 'statistic', 'metric'];

/** The end of the metric's name, past a vague noun after it. */
export function pastMetricNoun(tokens: readonly Token[], index: number): number {
  return isWord(tokens[index], ...METRIC_NOUNS) ? index + 1 : index;
}
