/** How `btp experiments` prints the store's answers on screen (tables); `--json` prints them as they are. */
import { describeSource, fileDigestOf } from '../describe_source.js';
import type { DateWindow } from '../../dates/date_window.js';
import Table from 'cli-table3';
import pc from 'picocolors';
import type { BestExperiment } from '../../../memory/best_experiment.js';
import type { Experiment } from '../../../memory/get_experiment.js';
import type { RerunOutcome } from '../../../memory/rerun_experiment.js';
import type { ExperimentPage } from '../../../memory/search_experiments.js';
import { METRIC_PROSE_NAMES } from '../metric_names.js';
import { renderMarkdown } from '../render_markdown.js';
import type { ReportDocument } from '../report_document.js';
import { formatMetric } from '../../risk/format_metric.js';
import { describeStrategyRun, renderResultsTable } from './results_table.js';

const TABLE_STYLE = { head: [], border: [] };
const QUERY_WIDTH = 48;

/** "2026-11-24T08:01:02.345Z" → "2026-11-24 08:01" (UTC). */
const minuteOf = (timestamp: string) => `${timestamp.slice(0, 10)} ${timestamp.slice(11, 16)}`;
const shorten = (text: string, width: number) => (text.length <= width ? text : `${text.slice(0, width - 1)}…`);
const windowOf = (window: DateWindow) => `${window.start ?? 'start of data'} → ${window.end ?? 'end of data'}`;

/** "Portfolio 60% BTC, 40% ETH, rebalanced monthly: return 119.01%, Sharpe 0.73, max drawdown -76.16%". */
function portfolioLine(portfolio: NonNullable<RerunOutcome['portfolio']>): string {
  const weights = Object.entries(portfolio.weights).map(([symbol, weight]) => `${formatMetric('exposure', weight)} ${symbol}`).join(', ');
  const { metrics } = portfolio;
  return `Portfolio ${weights}, rebalanced ${portfolio.rebalance}, ${portfolio.range.start} → ${portfolio.range.end}: return ${formatMetric('total_return', metrics.total_return)}, ` +
    `Sharpe ${formatMetric('sharpe_ratio', metrics.sharpe_ratio)}, max drawdown ${formatMetric('max_drawdown', metrics.max_drawdown)}`;
}

export function renderExperimentPage(page: ExperimentPage): string {
  if (page.experiments.length === 0) {
    return page.total === 0 ? 'No saved experiments match. Every run of "btp ask" or "btp chat" is saved.' : `No experiments on this page (${page.total} match).`;
  }
  const table = new Table({
    head: ['ID', 'Saved (UTC)', 'Request', 'Best result', 'Sharpe', 'Return', 'Max DD'],
    style: TABLE_STYLE, colAligns: ['right', 'left', 'left', 'left', 'right', 'right', 'right'],
  });
  for (const experiment of page.experiments) {
    const best = experiment.best;
    table.push([
      String(experiment.id), minuteOf(experiment.timestamp), shorten(experiment.user_query, QUERY_WIDTH),
      best ? `${best.symbol} ${describeStrategyRun(best)}${best.baseline ? ' (baseline)' : ''}` : '',
      best ? formatMetric('sharpe_ratio', best.metrics.sharpe_ratio) : '',
      best ? formatMetric('total_return', best.metrics.total_return) : '',
      best ? formatMetric('max_drawdown', best.metrics.max_drawdown) : '',
    ]);
  }
  const first = page.offset + 1;
  const last = page.offset + page.experiments.length;
  const more = last < page.total ? ` — next page: --offset ${last}` : '';
  return `${table.toString()}\n${pc.dim(`${first}–${last} of ${page.total}${more}`)}`;
}

/** One experiment in full: its facts, results, data and agent trace, then every section of its report. */
export function renderExperiment(experiment: Experiment, report?: ReportDocument): string {
  const settings = experiment.engine_settings;
  const lines = [
    pc.bold(`Experiment #${experiment.id}`) + pc.dim(`  saved ${minuteOf(experiment.timestamp)} UTC, app ${experiment.app_version}, session ${experiment.session_id ?? 'none'}`)
      + (experiment.rerun_of === null ? '' : pc.dim(`, re-run of #${experiment.rerun_of}`)),
    `Request: "${experiment.user_query}"`,
    `Window:  ${windowOf(experiment.run_window)}; ranked by ${METRIC_PROSE_NAMES[experiment.request_spec.rank_by]}; ran in ${Math.round(experiment.execution_time)} ms`,
    `Engine:  capital ${settings.initial_capital}, fees ${settings.fees_bps} bps, slippage ${settings.slippage_bps} bps, fill ${settings.fill}, ` +
      `short ${settings.allow_short ? 'allowed' : 'off'}, risk-free rate ${settings.risk_free_rate}`,
    '',
    renderResultsTable(experiment.results, experiment.request_spec.rank_by),
  ];
  if (experiment.portfolio) lines.push('', portfolioLine(experiment.portfolio) + pc.dim(` (outcome sha256 ${experiment.portfolio.outcome_sha256.slice(0, 12)})`));
  const data = new Table({ head: ['Symbol', 'Data file', 'Interval', 'Source', 'SHA-256'], style: TABLE_STYLE });
  for (const file of experiment.data_files) data.push([file.symbol, file.file, file.interval, describeSource(file.provenance), fileDigestOf(file)]);
  lines.push('', data.toString());
  if (experiment.agent_trace.length > 0) {
    const trace = new Table({ head: ['Agent', 'Start (ms)', 'Took (ms)', 'Tools (ms)'], style: TABLE_STYLE, colAligns: ['left', 'right', 'right', 'left'] });
    for (const entry of experiment.agent_trace) {
      const tools = entry.tools.map((tool) => `${tool.tool} ${Math.round(tool.duration_ms)}${tool.error_code ? ` [${tool.error_code}]` : ''}`).join(', ');
      trace.push([entry.agent, String(Math.round(entry.started_ms)), String(Math.round(entry.duration_ms)), tools]);
    }
    lines.push('', trace.toString());
  }
  if (report) lines.push('', renderMarkdown(report));
  return lines.join('\n');
}

type BestQueryShown = { metric: string; symbol?: string; strategy?: string; days?: number; limit?: number; order?: 'best' | 'worst'; baselines?: boolean };

function scopeOf(query: BestQueryShown): string {
  return [
    query.symbol && `on ${query.symbol.toUpperCase()}`, query.strategy && `with ${query.strategy}`, query.days && `in the last ${query.days} day(s)`,
    query.limit && `among the last ${query.limit} experiment(s)`, query.baselines && !query.strategy && '(baselines included)',
  ].filter(Boolean).join(' ');
}

const metricNameOf = (metric: string) => METRIC_PROSE_NAMES[metric as keyof typeof METRIC_PROSE_NAMES] ?? metric;

export function renderBestExperiment(best: BestExperiment | null, query: BestQueryShown): string {
  const scope = scopeOf(query);
  const metricName = metricNameOf(query.metric);
  if (!best) return `No saved result${scope ? ` ${scope}` : ''} has a ${metricName}.`;
  const header = `${query.order === 'worst' ? 'Worst' : 'Best'} ${metricName}${scope ? ` ${scope}` : ''}: ${pc.bold(formatMetric(best.metric, best.value))} — ` +
    `${best.result.symbol} ${describeStrategyRun(best.result)}, ${best.result.range.start} → ${best.result.range.end}`;
  const source = pc.dim(`experiment #${best.experiment.id}, saved ${minuteOf(best.experiment.timestamp)} UTC: "${best.experiment.user_query}"`);
  return [header, source, '', renderResultsTable([best.result], best.metric)].join('\n');
}

/** `best --count N`: the N results in order in one table, each row's experiment listed under it. */
export function renderRankedExperiments(ranked: readonly BestExperiment[], query: BestQueryShown & { count: number }): string {
  const scope = scopeOf(query);
  const metricName = metricNameOf(query.metric);
  if (ranked.length === 0) return `No saved result${scope ? ` ${scope}` : ''} has a ${metricName}.`;
  const end = query.order === 'worst' ? `${query.count} worst` : `Top ${query.count}`;
  const header = `${end} by ${metricName}${scope ? ` ${scope}` : ''}${ranked.length < query.count ? ` (only ${ranked.length} found)` : ''}:`;
  const sources = ranked.map((found, index) => pc.dim(`${index + 1}. experiment #${found.experiment.id}, saved ${minuteOf(found.experiment.timestamp)} UTC: "${found.experiment.user_query}"`));
  return [header, '', renderResultsTable(ranked.map((found) => found.result), ranked[0]!.metric), ...sources].join('\n');
}

export function renderRerun(outcome: RerunOutcome): string {
  const verdict = !outcome.same_window
    ? `ran on a new window, saved as experiment #${outcome.new_experiment_id}`
    : outcome.match ? pc.green('MATCH: every number and curve is bit-identical to the saved run') : pc.red(`NO MATCH: ${outcome.differences.length} difference(s)`);
  const lines = [`Experiment #${outcome.id} re-run on ${windowOf(outcome.window)}: ${verdict}`];
  if (outcome.same_window && outcome.differences.length > 0) {
    const table = new Table({ head: ['Symbol', 'Strategy', 'Field', 'Saved', 'Now'], style: TABLE_STYLE });
    for (const difference of outcome.differences) table.push([difference.symbol, difference.strategy, difference.field, String(difference.saved), String(difference.now)]);
    lines.push(table.toString());
  }
  if (!outcome.same_window) lines.push(renderResultsTable(outcome.results, outcome.rank_by));
  if (!outcome.same_window && outcome.portfolio) lines.push(portfolioLine(outcome.portfolio));
  for (const change of outcome.data_changed) {
    lines.push(pc.yellow(`data changed: ${change.symbol} ${change.file} sha256 ${change.saved_sha256} → ${change.current_file} ${change.current_sha256}`));
  }
  return lines.join('\n');
}
