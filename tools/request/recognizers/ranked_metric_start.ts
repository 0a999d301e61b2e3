import type { Token } from '../tokenizer.js';
import { matchLongest, phrases, skipWords } from '../token_matchers.js';

/** Words before the metric a ranking names: "by the lowest drawdown", "from the smallest drawdown", "by their sortino". */
const BEFORE_RANKED_METRIC: ReadonlySet<string> = new Set(['the', 'their', 'its', 'highest', 'best', 'lowest', 'smallest', 'least', 'biggest', 'largest']);

/**
 * "sort them by which one had the smallest drawdown", "rank by whichever has the best sortino": the
 * metric asked through a question about the runs is the metric they are ranked by.
 */
const WHICH_RUN = phrases('which|whichever', 'which|whichever one|strategy|strat|run', 'which|whichever of them|these|those', 'which|whichever one of them|these|those');
const HAD = phrases('had|has|have|got|gets|shows|showed|gave|gives', 'ends|ended|finishes|finished with', 'ends|ended|finishes|finished up with');

/** Where the metric after a ranking's "by" starts: past a "which one had" question and the words above. */
export function rankedMetricStart(tokens: readonly Token[], index: number): number {
  const which = matchLongest(tokens, index, WHICH_RUN);
  const had = which && matchLongest(tokens, which.end, HAD);
  return skipWords(tokens, had?.end ?? index, BEFORE_RANKED_METRIC);
}
