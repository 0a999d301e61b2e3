import { portfolioSection } from './portfolio_section.js';
import { formatMetric } from '../risk/format_metric.js';
import { METRIC_DESCRIPTIONS } from '../risk/metric_descriptions.js';
import type { RankingRow } from '../risk/risk_analysis.js';
import type { MetricKey } from '../risk/types.js';
import { METRIC_PROSE_NAMES } from './metric_names.js';
import { optimizationSection } from './optimization_section.js';
import type { ReportInput } from './report_input.js';
import { describeRun, describeTargets } from './run_description.js';

const TABLE_METRICS: readonly MetricKey[] = ['total_return', 'cagr', 'sharpe_ratio', 'sortino_ratio', 'max_drawdown', 'win_rate', 'num_trades', 'final_equity'];

function label(metric: MetricKey): string {
  return METRIC_DESCRIPTIONS[metric].label;
}

function rankingTable(rows: readonly RankingRow[], rankBy: MetricKey): string {
  const header = ['#', 'Symbol', 'Strategy', ...TABLE_METRICS.map((metric) => (metric === rankBy ? `**${label(metric)}**` : label(metric)))];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map((_, index) => (index < 3 ? '---' : '---:')).join('|')}|`];
  for (const row of rows) {
    const name = row.baseline ? `${describeRun(row)} *(baseline)*` : describeRun(row);
    lines.push(`| ${[String(row.rank), row.symbol, name, ...TABLE_METRICS.map((metric) => formatMetric(metric, row.metrics[metric]))].join(' | ')} |`);
  }
  return lines.join('\n');
}

function windowOf(rows: readonly RankingRow[]): string {
  const starts = [...new Set(rows.map((row) => row.range.start))];
  const ends = [...new Set(rows.map((row) => row.range.end))];
  return starts.length === 1 && ends.length === 1 ? `${starts[0]} to ${ends[0]}` : 'per-symbol windows (see notes)';
}

function executiveSummary({ ranking, spec }: ReportInput): string[] {
  const [best] = ranking.rows;
  if (!best) return ['No backtest produced a result.'];
  const lines = [
    `**${best.symbol} ${describeRun(best)}** ranks first by ${METRIC_PROSE_NAMES[ranking.rank_by]} ` +
    `(${formatMetric(ranking.rank_by, best.metrics[ranking.rank_by])}), with a total return of ${formatMetric('total_return', best.metrics.total_return)} ` +
    `(CAGR ${formatMetric('cagr', best.metrics.cagr)}) and a maximum drawdown of ${formatMetric('max_drawdown', best.metrics.max_drawdown)} ` +
    `over ${best.range.bars} bars (${best.range.start} to ${best.range.end}).`,
  ];
  const hold = ranking.rows.find((row) => row.symbol === best.symbol && row.strategy === 'buy_and_hold' && row !== best);
  if (hold) {
    lines.push(
      `Buy and hold on ${hold.symbol} returned ${formatMetric('total_return', hold.metrics.total_return)} with a Sharpe ratio of ` +
      `${formatMetric('sharpe_ratio', hold.metrics.sharpe_ratio)} and a maximum drawdown of ${formatMetric('max_drawdown', hold.metrics.max_drawdown)}.`,
    );
  }
  const targets = Object.keys(spec.targets);
  if (targets.length > 0) {
    const meeting = ranking.rows.filter((row) => row.targets?.all_met);
    lines.push(meeting.length > 0
      ? `${meeting.length} of ${ranking.rows.length} runs meet every target (${describeTargets(spec)}).`
      : `No run meets every target (${describeTargets(spec)}) with the parameters as given.`);
  }
  return lines;
}

function tradeOffs({ ranking }: ReportInput): string[] {
  const rows = ranking.rows;
  if (rows.length < 2) return [];
  const pick = (metric: MetricKey, better: (a: number, b: number) => boolean) =>
    rows.reduce<RankingRow | undefined>((chosen, row) => {
      const value = row.metrics[metric];
      if (value === null) return chosen;
      return !chosen || better(value, chosen.metrics[metric] as number) ? row : chosen;
    }, undefined);
  const lines: string[] = [];
  const highest = pick('total_return', (a, b) => a > b);
  const shallowest = pick('max_drawdown', (a, b) => a > b);
  const steadiest = pick('volatility', (a, b) => a < b);
  if (highest) lines.push(`- Highest total return: ${highest.symbol} ${describeRun(highest)}, ${formatMetric('total_return', highest.metrics.total_return)}.`);
  if (shallowest) lines.push(`- Smallest drawdown: ${shallowest.symbol} ${describeRun(shallowest)}, ${formatMetric('max_drawdown', shallowest.metrics.max_drawdown)}.`);
  if (steadiest) lines.push(`- Lowest volatility: ${steadiest.symbol} ${describeRun(steadiest)}, ${formatMetric('volatility', steadiest.metrics.volatility)} a year.`);
  for (const strategy of [...new Set(rows.filter((row) => row.vs_buy_and_hold).map((row) => row.strategy))]) {
    const compared = rows.filter((row) => row.strategy === strategy && row.vs_buy_and_hold);
    const betterSharpe = compared.filter((row) => (row.vs_buy_and_hold!.sharpe_ratio ?? -Infinity) > 0).length;
    const shallower = compared.filter((row) => row.vs_buy_and_hold!.max_drawdown > 0).length;
    lines.push(`- ${strategy} beat buy and hold on Sharpe ratio on ${betterSharpe} of ${compared.length} symbol(s) and had a smaller drawdown on ${shallower} of ${compared.length}.`);
  }
  return lines;
}

function recommendation({ ranking }: ReportInput): string {
  const best = ranking.rows[0];
  if (!best) return 'Nothing to recommend: no run completed.';
  if (ranking.rows.every((row) => row.metrics.total_return < 0)) {
    return 'Every run lost money over this window, so none is worth trading on this evidence; ' +
      `the least bad by ${METRIC_PROSE_NAMES[ranking.rank_by]} was ${best.symbol} ${describeRun(best)}.`;
  }
  if (best.strategy === 'buy_and_hold') {
    return `Over this window none of the strategies beat simply holding ${best.symbol} on ${METRIC_PROSE_NAMES[ranking.rank_by]}; holding was the better choice.`;
  }
  const versus = best.vs_buy_and_hold;
  const drawdownNote = versus && versus.max_drawdown > 0
    ? `, with a maximum drawdown ${formatMetric('max_drawdown', versus.max_drawdown)} shallower than holding`
    : versus ? `, but with a deeper maximum drawdown than holding` : '';
  return `${best.symbol} ${describeRun(best)} offers the best ${METRIC_PROSE_NAMES[ranking.rank_by]} in this test${drawdownNote}. ` +
    'Check it on a later period before trading it: past results do not guarantee future ones.';
}

/** The report: summary, ranking, trade-offs, optimisation, recommendation, notes, data used. */
export function composeReport(input: ReportInput): string {
  const { spec, ranking } = input;
  const strategies = [...new Set(spec.strategies.filter((strategy) => !strategy.baseline).map((strategy) => strategy.name))];
  const title = `# Backtest report: ${(strategies.length > 0 ? strategies : ['buy_and_hold']).join(' vs ')} on ${spec.symbols.join(', ')}`;
  const notes = [
    ...input.validationNotes, ...ranking.notes, ...input.marketData.flatMap((data) => data.data_notes),
  ];
  const sections = [
    title, '',
    `${windowOf(ranking.rows)} · fees ${spec.fees_bps} bps per fill · initial capital ${formatMetric('final_equity', spec.initial_capital)} · ranked by ${METRIC_PROSE_NAMES[ranking.rank_by]}`, '',
    '## Summary', '', ...executiveSummary(input), '',
    '## Ranking', '', rankingTable(ranking.rows, ranking.rank_by), '',
  ];
  if (input.portfolio) sections.push(...portfolioSection(input.portfolio), '');
  const offs = tradeOffs(input);
  if (offs.length > 0) sections.push('## Trade-offs', '', ...offs, '');
  const optimization = optimizationSection(input);
  if (optimization.length > 0) sections.push(...optimization, '');
  sections.push('## Recommendation', '', recommendation(input), '');
  if (notes.length > 0) sections.push('## Notes', '', ...notes.map((note) => `- ${note}`), '');
  sections.push('## Data', '', ...input.marketData.map((data) => `- ${data.symbol}: ${data.file} (${data.first} to ${data.last}, ${data.bars} bars, sha256 ${data.sha256.slice(0, 12)})`));
  return sections.join('\n');
}
