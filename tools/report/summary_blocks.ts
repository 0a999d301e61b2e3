import { formatMetric } from '../risk/format_metric.js';
import type { PortfolioRisk } from '../risk/portfolio_risk.js';
import type { RankingRow } from '../risk/risk_analysis.js';
import type { MetricKey } from '../risk/types.js';
import { METRIC_PROSE_NAMES } from './metric_names.js';
import { portfolioLabel } from './portfolio_label.js';
import type { Span } from './report_document.js';
import type { ReportInput } from './report_input.js';
import { describeRun, describeTargets } from './run_description.js';

const plain = (text: string): Span => ({ text });
const strong = (text: string): Span => ({ text, strong: true });

/** The winner, the baseline beside it, and how many runs meet the targets. */
export function executiveSummary({ ranking, spec, portfolio }: ReportInput): Span[][] {
  const [best] = ranking.rows;
  if (!best) return [[plain('No backtest produced a result.')]];
  const lines: Span[][] = [[
    strong(`${best.symbol} ${describeRun(best)}`),
    plain(` ranks first by ${METRIC_PROSE_NAMES[ranking.rank_by]} ` +
      `(${formatMetric(ranking.rank_by, best.metrics[ranking.rank_by])}), with a total return of ${formatMetric('total_return', best.metrics.total_return)} ` +
      `(CAGR ${formatMetric('cagr', best.metrics.cagr)}) and a maximum drawdown of ${formatMetric('max_drawdown', best.metrics.max_drawdown)} ` +
      `over ${best.range.bars} bars (${best.range.start} to ${best.range.end}).`),
  ]];
  const hold = ranking.rows.find((row) => row.symbol === best.symbol && row.strategy === 'buy_and_hold' && row !== best);
  if (hold) {
    lines.push([plain(
      `Buy and hold on ${hold.symbol} returned ${formatMetric('total_return', hold.metrics.total_return)} with a Sharpe ratio of ` +
      `${formatMetric('sharpe_ratio', hold.metrics.sharpe_ratio)} and a maximum drawdown of ${formatMetric('max_drawdown', hold.metrics.max_drawdown)}.`,
    )]);
  }
  if (Object.keys(spec.targets).length > 0) {
    const meeting = ranking.rows.filter((row) => row.targets?.all_met);
    lines.push([plain(meeting.length > 0
      ? `${meeting.length} of ${ranking.rows.length} runs meet every target (${describeTargets(spec)}).`
      : `No run meets every target (${describeTargets(spec)}) with the parameters as given.`)]);
  }
  if (portfolio && ranking.portfolio) lines.push(portfolioSummary(portfolioLabel(portfolio), ranking.portfolio, ranking.rank_by));
  return lines;
}

/** Who leads on return, drawdown and volatility, and how each strategy fared against holding. */
export function tradeOffs({ ranking }: ReportInput): Span[][] {
  const rows = ranking.rows;
  if (rows.length < 2) return [];
  const pick = (metric: MetricKey, better: (a: number, b: number) => boolean) =>
    rows.reduce<RankingRow | undefined>((chosen, row) => {
      const value = row.metrics[metric];
      if (value === null) return chosen;
      return !chosen || better(value, chosen.metrics[metric] as number) ? row : chosen;
    }, undefined);
  const items: string[] = [];
  const highest = pick('total_return', (a, b) => a > b);
  const shallowest = pick('max_drawdown', (a, b) => a > b);
  const steadiest = pick('volatility', (a, b) => a < b);
  if (highest) items.push(`Highest total return: ${highest.symbol} ${describeRun(highest)}, ${formatMetric('total_return', highest.metrics.total_return)}.`);
  if (shallowest) items.push(`Smallest drawdown: ${shallowest.symbol} ${describeRun(shallowest)}, ${formatMetric('max_drawdown', shallowest.metrics.max_drawdown)}.`);
  if (steadiest) items.push(`Lowest volatility: ${steadiest.symbol} ${describeRun(steadiest)}, ${formatMetric('volatility', steadiest.metrics.volatility)} a year.`);
  for (const strategy of [...new Set(rows.filter((row) => row.vs_buy_and_hold).map((row) => row.strategy))]) {
    const compared = rows.filter((row) => row.strategy === strategy && row.vs_buy_and_hold);
    const betterSharpe = compared.filter((row) => (row.vs_buy_and_hold!.sharpe_ratio ?? -Infinity) > 0).length;
    const shallower = compared.filter((row) => row.vs_buy_and_hold!.max_drawdown > 0).length;
    // A strategy run with several settings on one symbol is compared run by run, not symbol by symbol.
    const unit = new Set(compared.map((row) => row.symbol)).size === compared.length ? 'symbol(s)' : 'run(s)';
    items.push(`${strategy} beat buy and hold on Sharpe ratio on ${betterSharpe} of ${compared.length} ${unit} and had a smaller drawdown on ${shallower} of ${compared.length}.`);
  }
  return items.map((item) => [plain(item)]);
}

export function recommendation({ ranking }: ReportInput): Span[] {
  const best = ranking.rows[0];
  if (!best) return [plain('Nothing to recommend: no run completed.')];
  if (ranking.rows.every((row) => row.metrics.total_return < 0)) {
    return [plain('Every run lost money over this window, so none is worth trading on this evidence; ' +
      `the least bad by ${METRIC_PROSE_NAMES[ranking.rank_by]} was ${best.symbol} ${describeRun(best)}.`)];
  }
  if (best.strategy === 'buy_and_hold') {
    return [plain(`Over this window none of the strategies beat simply holding ${best.symbol} on ${METRIC_PROSE_NAMES[ranking.rank_by]}; holding was the better choice.`)];
  }
  const versus = best.vs_buy_and_hold;
  const drawdownNote = versus && versus.max_drawdown > 0
    ? `, with a maximum drawdown ${formatMetric('max_drawdown', versus.max_drawdown)} shallower than holding`
    : versus ? `, but with a deeper maximum drawdown than holding` : '';
  return [plain(`${best.symbol} ${describeRun(best)} offers the best ${METRIC_PROSE_NAMES[ranking.rank_by]} in this test${drawdownNote}. ` +
    'Check it on a later period before trading it: past results do not guarantee future ones.')];
}

/** The portfolio's headline figures, against its targets and against the best symbol held alone. */
function portfolioSummary(label: string, risk: PortfolioRisk, rankBy: MetricKey): Span[] {
  const { metrics } = risk;
  const spans: Span[] = [strong(label), plain(
    ` returned ${formatMetric('total_return', metrics.total_return)} with a Sharpe ratio of ${formatMetric('sharpe_ratio', metrics.sharpe_ratio)} ` +
    `and a maximum drawdown of ${formatMetric('max_drawdown', metrics.max_drawdown)}`,
  )];
  const alone = risk.vs_best_holding;
  spans.push(plain(alone
    ? `; ${alone.symbol} held alone, the best by ${METRIC_PROSE_NAMES[rankBy]}, had a Sharpe ratio of ${formatMetric('sharpe_ratio', alone.metrics.sharpe_ratio)} and a maximum drawdown of ${formatMetric('max_drawdown', alone.metrics.max_drawdown)}.`
    : '.'));
  if (risk.targets) {
    const missed = risk.targets.checks.filter((check) => !check.met);
    spans.push(plain(missed.length === 0
      ? ' It meets every target.'
      : ` It misses ${missed.map((check) => `${METRIC_PROSE_NAMES[check.metric]} ${check.operator} ${formatMetric(check.metric, check.target)} (${formatMetric(check.metric, check.actual)})`).join(' and ')}.`));
  }
  return spans;
}
