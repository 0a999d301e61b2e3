/**
 * What the offline UserAgent says after a memory tool answered: the tool's numbers, formatted, never
 * computed. One function per tool; an `{error}` reply is explained with its code.
 */
import type { BestExperiment } from '../../../memory/best_experiment.js';
import type { Experiment } from '../../../memory/get_experiment.js';
import type { RerunOutcome } from '../../../memory/rerun_experiment.js';
import type { ResultSummary } from '../../../memory/result_columns.js';
import type { ExperimentPage } from '../../../memory/search_experiments.js';
import { METRIC_PROSE_NAMES } from '../../../tools/report/metric_names.js';
import { formatMetric } from '../../../tools/risk/format_metric.js';
import type { MetricKey } from '../../../tools/risk/types.js';
import { errorOf } from './tool_then_summary.js';
import { describeStrategyRun as describeRun } from '../../../tools/report/terminal/results_table.js';
import { fileDigestOf } from '../../../tools/report/describe_source.js';

export const MEMORY_TOOL_NAMES = ['list_experiments', 'best_experiment', 'show_experiment', 'rerun_experiment'] as const;
export type MemoryToolName = (typeof MEMORY_TOOL_NAMES)[number];

type Reply = Record<string, unknown>;

const dayOf = (timestamp: string) => timestamp.slice(0, 10);


const KEY_FIGURES: ReadonlyArray<[MetricKey, string]> = [['sharpe_ratio', 'Sharpe'], ['total_return', 'return'], ['max_drawdown', 'max drawdown']];

/** Sharpe, return and max drawdown, leaving out one already stated. */
function keyFigures(metrics: ResultSummary['metrics'], stated?: MetricKey): string {
  return KEY_FIGURES.filter(([key]) => key !== stated).map(([key, label]) => `${label} ${formatMetric(key, metrics[key])}`).join(', ');
}

function describeFilters(filters: { symbol?: unknown; strategy?: unknown; days?: unknown; start?: unknown; end?: unknown }): string {
  const parts: string[] = [];
  if (typeof filters.symbol === 'string') parts.push(`on ${filters.symbol.toUpperCase()}`);
  if (typeof filters.strategy === 'string') parts.push(`with ${filters.strategy}`);
  if (typeof filters.days === 'number') parts.push(filters.days === 1 ? 'from the last day' : `from the last ${filters.days} days`);
  if (typeof filters.start === 'string') parts.push(`saved from ${filters.start}`);
  if (typeof filters.end === 'string') parts.push(`${typeof filters.start === 'string' ? 'to' : 'saved up to'} ${filters.end}`);
  return parts.length > 0 ? ` ${parts.join(' ')}` : '';
}

function listReply(page: ExperimentPage, args: Reply): string {
  const filters = describeFilters(args);
  if (page.experiments.length === 0) {
    return `You have no saved experiments${filters} yet. Every backtest you run is saved: try "Backtest SMA 20/50 on BTC for 2022".`;
  }
  const lines = page.experiments.map((experiment) => {
    const best = experiment.best
      ? ` — best: ${experiment.best.symbol} ${describeRun(experiment.best)}${experiment.best.baseline ? ' (buy-and-hold baseline)' : ''}, ${keyFigures(experiment.best.metrics)}` : '';
    return `- #${experiment.id} ${dayOf(experiment.timestamp)} "${experiment.user_query}"${best}`;
  });
  return [`Your ${page.experiments.length} most recent experiment(s)${filters} (${page.total} in all):`, ...lines,
    'Ask "show experiment N" for one in full, or "re-run experiment N on 2025 data".'].join('\n');
}

/** One ranked result in a line: the run, its value of the metric, its key figures and the experiment it is from. */
function rankedLine(found: BestExperiment, place: number, metric: MetricKey): string {
  const baseline = found.result.baseline ? ' (buy-and-hold baseline)' : '';
  return `${place}. ${describeRun(found.result)}${baseline} on ${found.result.symbol} (${found.result.range.start} to ${found.result.range.end}), ` +
    `${METRIC_PROSE_NAMES[metric]} ${formatMetric(metric, found.value)}; ${keyFigures(found.result.metrics, metric)} — experiment #${found.experiment.id} of ` +
    `${dayOf(found.experiment.timestamp)}: "${found.experiment.user_query}"`;
}

/** "my top 3 runs by Sortino": the results in order, and how many there were when fewer than asked. */
function rankedReply(ranked: readonly BestExperiment[], count: number, metric: MetricKey, filters: string, worst: boolean): string {
  const heading = worst ? `Your ${count} worst results${filters} by ${METRIC_PROSE_NAMES[metric]}, worst first:`
    : `Your top ${count} results${filters} by ${METRIC_PROSE_NAMES[metric]}:`;
  const fewer = ranked.length < count ? [`Only ${ranked.length} saved result(s)${filters} have a ${METRIC_PROSE_NAMES[metric]}.`] : [];
  return [heading, ...ranked.map((found, index) => rankedLine(found, index + 1, metric)), ...fewer].join('\n');
}

function bestReply(response: { found: boolean; best?: BestExperiment; ranked?: BestExperiment[]; query?: Reply }, args: Reply): string {
  const metric = (response.best?.metric ?? args.metric ?? 'sharpe_ratio') as MetricKey;
  // "which of my last 20 runs": the ranking was among the newest experiments only.
  const among = typeof args.limit === 'number' ? ` among your last ${args.limit} experiment(s)` : '';
  const filters = `${describeFilters(args)}${among}`;
  if (!response.found || !response.best) return `No saved result${filters} has a ${METRIC_PROSE_NAMES[metric]} yet.`;
  if (typeof args.count === 'number' && args.count > 1 && response.ranked) {
    return rankedReply(response.ranked, args.count, metric, filters, args.order === 'worst');
  }
  const { best } = response;
  const baseline = best.result.baseline ? ' (the buy-and-hold baseline)' : '';
  const end = args.order === 'worst' ? 'worst' : 'best';
  return `Your ${end} result${filters} by ${METRIC_PROSE_NAMES[metric]}: ${describeRun(best.result)}${baseline} on ${best.result.symbol} ` +
    `(${best.result.range.start} to ${best.result.range.end}), ${METRIC_PROSE_NAMES[metric]} ${formatMetric(metric, best.value)}; ` +
    `${keyFigures(best.result.metrics, metric)}. It is experiment #${best.experiment.id} of ${dayOf(best.experiment.timestamp)}: "${best.experiment.user_query}".`;
}

function showReply(experiment: Experiment): string {
  const rankBy = experiment.request_spec.rank_by;
  const window = `${experiment.run_window.start ?? 'start of data'} to ${experiment.run_window.end ?? 'end of data'}`;
  const results = experiment.results.map((result) => `${result.rank}. ${result.symbol} ${describeRun(result)}: ${keyFigures(result.metrics)}`);
  const data = experiment.data_files.map((file) => `${file.file} (${file.provenance?.built_from ? `${file.interval} bars built from ${file.provenance.built_from}, ` : ''}sha256 ${fileDigestOf(file).slice(0, 12)}…)`);
  const trace = experiment.agent_trace.map((entry) => `${entry.agent} ${Math.round(entry.duration_ms)} ms`);
  return [
    `Experiment #${experiment.id}, ${experiment.timestamp}: "${experiment.user_query}"`,
    `Window ${window}, ranked by ${METRIC_PROSE_NAMES[rankBy]}, ran in ${Math.round(experiment.execution_time)} ms (app ${experiment.app_version}).`,
    ...results,
    `Data: ${data.join(', ') || 'none recorded'}.`,
    ...(trace.length > 0 ? [`Agents: ${trace.join(' → ')}.`] : []),
  ].join('\n');
}

function rerunReply(outcome: RerunOutcome): string {
  const window = `${outcome.window.start ?? 'the start of the data'} to ${outcome.window.end ?? 'the end of the data'}`;
  const changed = outcome.data_changed.map((change) => `${change.symbol}: ${change.file} changed since it was saved (sha256 ${change.saved_sha256.slice(0, 12)}… → ${change.current_sha256.slice(0, 12)}…)`);
  if (!outcome.same_window) {
    const results = outcome.results.map((result) => `${result.rank}. ${result.symbol} ${describeRun(result)}: ${keyFigures(result.metrics)}`);
    return [`Re-ran experiment #${outcome.id} on ${window}, saved as experiment #${outcome.new_experiment_id}:`, ...results, ...changed].join('\n');
  }
  if (outcome.match) {
    return [`Re-ran experiment #${outcome.id} on its saved window (${window}): every number and equity curve matches the saved run bit for bit.`, ...changed].join('\n');
  }
  const differences = outcome.differences.slice(0, 5).map((difference) => `${difference.symbol} ${difference.strategy} ${difference.field}: saved ${String(difference.saved)}, now ${String(difference.now)}`);
  const more = outcome.differences.length > 5 ? [`… and ${outcome.differences.length - 5} more.`] : [];
  return [`Re-ran experiment #${outcome.id} on ${window}: the numbers do NOT match (${outcome.differences.length} difference(s)).`, ...differences, ...more, ...changed].join('\n');
}

const FAILED_TO: Readonly<Record<MemoryToolName, string>> = {
  list_experiments: 'list your experiments',
  best_experiment: 'search your experiments',
  show_experiment: 'show that experiment',
  rerun_experiment: 're-run that experiment',
};

/** The answer to a memory tool's response; `args` are the arguments it was called with. */
export function memoryReply(tool: MemoryToolName, response: Reply, args: Reply): string {
  const error = errorOf(response) ?? (typeof response.error === 'string' ? { code: 'tool_error', message: response.error } : undefined);
  if (error) return `I couldn't ${FAILED_TO[tool]} (${error.code}): ${error.message}`;
  if (tool === 'list_experiments') return listReply(response as unknown as ExperimentPage, args);
  if (tool === 'best_experiment') return bestReply(response as { found: boolean; best?: BestExperiment; ranked?: BestExperiment[] }, args);
  if (tool === 'show_experiment') return showReply(response as unknown as Experiment);
  return rerunReply(response as unknown as RerunOutcome);
}

/** Deleting is deliberate: the agent points to the command instead of deleting from a chat line. */
export function deleteRefusal(id: number): string {
  return `I don't delete experiments from the chat. To delete experiment #${id}, run: btp experiments delete ${id}`;
}
