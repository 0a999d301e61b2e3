import { METHOD_DESCRIPTIONS } from '../optimization/methods/index.js';
import type { SearchMethodName } from '../optimization/methods/search_context.js';
import type { WeightSearchState } from '../portfolio/optimize/weight_target_search.js';
import type { TargetEvaluation } from '../optimization/objective/targets.js';
import { formatMetric } from '../risk/format_metric.js';
import type { MetricKey, PerformanceMetrics } from '../risk/types.js';
import { metricsTable } from './metrics_table.js';
import type { Block } from './report_document.js';
import { METRIC_PROSE_NAMES } from './metric_names.js';
import type { ReportInput } from './report_input.js';
import { describeRun, describeTargets } from './run_description.js';

const COMPARED_METRICS: readonly MetricKey[] = ['total_return', 'cagr', 'sharpe_ratio', 'max_drawdown', 'num_trades'];
/** The deflated Sharpe ratio from which a pick reads as skill rather than the luck of many trials. */
const CONVINCING_DEFLATED_SHARPE = 0.95;

/** "random search, then Bayesian optimisation (…) ×2, then hill climbing (…) ×2": consecutive repeats folded. */
export function describeMethods(methods: readonly SearchMethodName[]): string {
  const runs: Array<{ method: SearchMethodName; count: number }> = [];
  for (const method of methods) {
    const last = runs.at(-1);
    if (last?.method === method) last.count++;
    else runs.push({ method, count: 1 });
  }
  return runs.map(({ method, count }) => `${METHOD_DESCRIPTIONS[method]}${count > 1 ? ` ×${count}` : ''}`).join(', then ');
}

/** The pick's figures in sample and on the held-out part, side by side. */
const inAndOut = (inSample: PerformanceMetrics, outOfSample: PerformanceMetrics | null): Block => ({
  kind: 'table', table: metricsTable(COMPARED_METRICS, [['In sample', inSample], ['Out of sample', outOfSample]]),
});

/** Each target: the value in sample, met or not, and the value on the held-out part when there is one. */
function targetChecks(checks: TargetEvaluation['checks'], outOfSample: PerformanceMetrics | null | undefined): Block {
  return {
    kind: 'list',
    items: checks.map((check) => {
      const heldOut = outOfSample ? `; out of sample ${formatMetric(check.metric, outOfSample[check.metric])}` : '';
      return [{ text: `${METRIC_PROSE_NAMES[check.metric]} ${check.operator} ${formatMetric(check.metric, check.target)}: ${formatMetric(check.metric, check.actual)} in sample — ${check.met ? 'met' : 'not met'}${heldOut}` }];
    }),
  };
}

function deflatedSharpeLine(value: number | null, trials: number): string {
  if (value === null) return 'Deflated Sharpe ratio: n/a (the in-sample returns never varied).';
  const verdict = value >= CONVINCING_DEFLATED_SHARPE
    ? 'high enough that the in-sample Sharpe ratio is unlikely to be luck alone'
    : `below ${formatMetric('win_rate', CONVINCING_DEFLATED_SHARPE)}, so the in-sample Sharpe ratio could well be the luck of trying many parameters`;
  // A probability: shown as a percentage, whose two decimals keep it clear of the threshold it is compared with.
  return `Deflated Sharpe ratio: ${formatMetric('win_rate', value)} after ${trials} trials (the probability that the in-sample Sharpe ratio ` +
    `reflects skill once the number of trials is priced in); ${verdict}.`;
}

const line = (text: string): Block => ({ kind: 'lines', lines: [[{ text }]] });

/**
 * The report's optimisation section: the methods and trials, the best parameters' figures in and
 * out of sample side by side, the targets, the deflated Sharpe ratio and the overfitting warning.
 */
export function optimizationBlocks(input: ReportInput): Block[] {
  const weights = input.weightSearch ? weightSearchBlocks(input.weightSearch, input) : [];
  const { optimization } = input;
  // A portfolio of untunable strategies (buy and hold): its weights were the only thing to search.
  if (weights.length > 0 && optimization && optimization.status !== 'not_requested' && !optimization.best) return weights;
  return [...strategyBlocks(input), ...weights];
}

/** The portfolio's weights searched toward the targets: what was tried, the pick in and out of sample, the targets. */
function weightSearchBlocks(search: WeightSearchState, { spec }: ReportInput): Block[] {
  const { best } = search;
  const stages = ['the weights asked for, equal weight, minimum variance, maximum Sharpe and risk parity', 'the efficient frontier', 'a local search around the best']
    .slice(0, Math.min(search.iteration, 3)).join(', then ');
  const blocks: Block[] = [line(
    `Portfolio weights searched toward the targets: ${search.trials} weight sets over ${search.iteration} iteration(s) (${stages}), each backtested on ` +
    `${search.in_sample_range.start} to ${search.in_sample_range.end}; ${search.out_of_sample_range ? `${search.out_of_sample_range.start} to ${search.out_of_sample_range.end} (the last 30%) was held out to check the pick.` : 'nothing was held out.'}`,
  )];
  if (!best) return blocks;
  const weights = Object.entries(best.weights).map(([symbol, weight]) => `${formatMetric('exposure', weight)} ${symbol}`).join(', ');
  blocks.push(
    { kind: 'lines', lines: [[{ text: 'Best weights: ' }, { text: weights, strong: true }, { text: ` (found by ${best.found_by.replace(/_/g, ' ')})` }]] },
    inAndOut(best.metrics, search.out_of_sample?.metrics ?? null),
    targetChecks(best.targets.checks, search.out_of_sample?.metrics),
    line(search.status === 'targets_met'
      ? `Every target holds in sample with these weights, so the search stopped early; they were picked among ${search.trials} tries, so trust the held-out figures more.`
      : `No weights met every target (${describeTargets(spec)}) in sample; these came closest. The portfolio above keeps the weights you asked for.`),
  );
  return blocks;
}

function strategyBlocks({ optimization, spec }: ReportInput): Block[] {
  if (!optimization || optimization.status === 'not_requested') return [];
  const blocks: Block[] = [line(
    `Search: ${describeMethods(optimization.methods)}; ${optimization.iteration} of at most ${optimization.max_iterations} iterations, ` +
    `${optimization.trials} parameter sets tried. Objective: ${optimization.objective}.`,
  )];
  const best = optimization.best;
  if (!best) return [...blocks, line('No strategy in the request has parameters to tune.')];
  blocks.push(
    line(`Parameters were scored on ${best.in_sample_range.start} to ${best.in_sample_range.end} only; ` +
      `${best.out_of_sample_range.start} to ${best.out_of_sample_range.end} (the last 30%) was held out to check them.`),
    { kind: 'lines', lines: [[{ text: 'Best: ' }, { text: `${best.symbol} ${describeRun(best)}`, strong: true }]] },
    inAndOut(best.metrics, best.assessment?.out_of_sample ?? null),
  );
  if (best.targets) {
    blocks.push(targetChecks(best.targets.checks, best.assessment?.out_of_sample), line(optimization.status === 'targets_met'
      ? 'Every target holds in sample, so the search stopped early.'
      : `Not every target could be met (${describeTargets(spec)}); this is the best attempt.`));
  }
  if (best.assessment) {
    blocks.push(line(deflatedSharpeLine(best.assessment.deflated_sharpe_ratio, optimization.trials)));
    if (best.assessment.overfitting_warning) blocks.push({ kind: 'lines', lines: [[{ text: best.assessment.overfitting_warning, strong: true }]] });
  }
  return blocks;
}
