import { describeSource, fileDigestOf } from './describe_source.js';
import { formatMetric } from '../risk/format_metric.js';
import type { ChartSpec } from './charts/chart_spec.js';
import { reportCharts } from './charts/report_charts.js';
import { echartsSource } from './html/echarts_source.js';
import { escapeHtml, scriptJson } from './html/escape_html.js';
import { TEARSHEET_SCRIPT } from './html/tearsheet_script.js';
import { TEARSHEET_STYLE } from './html/tearsheet_style.js';
import type { Block, ReportDocument, ReportTable, RunCharts, SectionId, Span } from './report_document.js';
import { TRADE_COLUMNS, tradeRows } from './trades_csv.js';

/** Trades listed in the page per run (all of them are in the CSV download). */
const LISTED_TRADES = 500;

const spans = (line: readonly Span[]) => line.map((span) => (span.strong ? `<strong>${escapeHtml(span.text)}</strong>` : escapeHtml(span.text))).join('');

function tableHtml({ columns, rows }: ReportTable, { sortable = false, id }: { sortable?: boolean; id?: string } = {}): string {
  const head = columns.map((column) => {
    const classes = [column.align === 'right' ? 'right' : '', column.highlighted ? 'highlighted' : ''].filter(Boolean).join(' ');
    return `<th${classes ? ` class="${classes}"` : ''}${column.description ? ` title="${escapeHtml(column.description)}"` : ''} data-key="${escapeHtml(column.key)}">${escapeHtml(column.label)}</th>`;
  }).join('');
  const body = rows.map((row) => `<tr>${row.map((cell, index) => {
    const column = columns[index]!;
    const sign = cell.value !== undefined && cell.value !== null && cell.format !== 'count' && cell.format !== 'currency' ? (cell.value < 0 ? ' neg' : '') : '';
    const classes = `${column.align === 'right' ? 'right' : ''}${sign}`.trim();
    const value = cell.value === undefined ? '' : ` data-value="${cell.value === null ? '' : cell.value}"`;
    const text = cell.baseline ? `${escapeHtml(cell.text)} <span class="baseline">(baseline)</span>` : escapeHtml(cell.text);
    return `<td${classes ? ` class="${classes}"` : ''}${value}>${text}</td>`;
  }).join('')}</tr>`).join('\n');
  return `<div class="scroll"><table${id ? ` id="${id}"` : ''}${sortable ? ' class="sortable"' : ''}><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'lines': return block.lines.map((line) => `<p>${spans(line)}</p>`).join('\n');
    case 'list': return `<ul>${block.items.map((item) => `<li>${spans(item)}</li>`).join('')}</ul>`;
    case 'table': return tableHtml(block.table);
  }
}

const chartDiv = (spec: ChartSpec) =>
  `<div class="chart" id="chart-${spec.id}" data-kind="${spec.kind}" data-points="${spec.points}" style="height:${spec.height}px" role="img" aria-label="${escapeHtml(spec.title)}"></div>`;

function sectionHtml(document: ReportDocument, id: SectionId, extra = ''): string {
  const section = document.sections.find((candidate) => candidate.id === id);
  if (!section && !extra) return '';
  const blocks = section ? section.blocks.map((block) => (block.kind === 'table' && id === 'ranking' ? tableHtml(block.table, { sortable: true, id: 'ranking-table' }) : blockHtml(block))) : [];
  return `<section id="${id}"><h2>${escapeHtml(section?.title ?? id)}</h2>\n${blocks.join('\n')}\n${extra}</section>`;
}

function tradesTable(run: RunCharts): string {
  if (run.trades.length === 0) return '<p class="meta">No trades.</p>';
  const rows = tradeRows(run).slice(0, LISTED_TRADES);
  const numeric = new Set([4, 6, 7, 8, 9, 10]);
  const body = rows.map((row) => `<tr>${row.slice(2).map((value, index) => {
    const column = index + 2;
    if (!numeric.has(column)) return `<td>${escapeHtml(String(value))}</td>`;
    const number = value as number;
    const text = column === 9 ? formatMetric('total_return', number) : column === 10 ? String(number) : formatMetric('final_equity', number);
    return `<td class="right${column === 8 || column === 9 ? (number < 0 ? ' neg' : ' pos') : ''}" data-value="${number}">${text}</td>`;
  }).join('')}</tr>`).join('\n');
  const more = run.trades.length > LISTED_TRADES ? `<p class="meta">First ${LISTED_TRADES} of ${run.trades.length} trades; the CSV has all of them.</p>` : '';
  return `<div class="scroll"><table class="sortable trades"><thead><tr><th>Side</th><th>Entry</th><th class="right">Entry price</th><th>Exit</th><th class="right">Exit price</th>` +
    `<th class="right">Units</th><th class="right">P&amp;L</th><th class="right">Return</th><th class="right">Bars held</th></tr></thead><tbody>\n${body}\n</tbody></table></div>${more}`;
}

const fileSafe = (id: string) => id.replace(/[^A-Za-z0-9_-]+/g, '-');

function runSection(run: RunCharts, charts: readonly ChartSpec[]): string {
  const mine = charts.filter((spec) => spec.run === run.id);
  const byKind = (kind: ChartSpec['kind']) => mine.filter((spec) => spec.kind === kind).map(chartDiv).join('');
  const pair = [byKind('yearly_returns'), byKind('return_distribution')].filter(Boolean).join('');
  return `<section class="run" id="run-${fileSafe(run.id)}"><h3>#${run.rank} ${escapeHtml(run.label)}${run.baseline ? ' <span class="baseline">(baseline)</span>' : ''}</h3>
${byKind('price')}${byKind('monthly_returns')}${pair ? `<div class="row">${pair}</div>` : ''}
<p class="controls">${run.trades.length} trade(s) <button type="button" data-trades="${escapeHtml(run.id)}">Download CSV</button></p>
${tradesTable(run)}</section>`;
}

function keyValueTable(entries: ReadonlyArray<[string, string]>): string {
  return `<table><tbody>${entries.map(([key, value]) => `<tr><th>${escapeHtml(key)}</th><td>${escapeHtml(value)}</td></tr>`).join('')}</tbody></table>`;
}

function provenanceHtml(document: ReportDocument): string {
  const rows = document.provenance.map((data) => `<tr><td>${escapeHtml(data.symbol)}</td><td>${escapeHtml(data.file)}</td><td>${escapeHtml(data.interval)}</td>` +
    `<td>${escapeHtml(data.first)} to ${escapeHtml(data.last)}</td><td class="right">${data.bars}</td><td>${escapeHtml(describeSource(data.provenance))}</td><td><code>${escapeHtml(fileDigestOf(data))}</code></td></tr>`).join('');
  const engine = document.engine ? `<h3>Engine settings</h3>${keyValueTable(Object.entries(document.engine).map(([key, value]) => [key, String(value)]))}` : '';
  return `<h3>Data files</h3><div class="scroll"><table><thead><tr><th>Symbol</th><th>File</th><th>Interval</th><th>Bars used</th><th class="right">Bars</th><th>Source</th><th>SHA-256</th></tr></thead><tbody>${rows}</tbody></table></div>${engine}`;
}

/**
 * The tearsheet: one self-contained HTML file (ECharts inlined, no external URL, a CSP that
 * forbids any fetch) with the summary, the sortable ranking, every chart, the trades per run, the
 * optimisation, provenance and engine settings. Charts are the same specs `renderSvg` draws.
 */
export function renderHtml(document: ReportDocument, charts: readonly ChartSpec[] = reportCharts(document)): string {
  const chart = (id: string) => charts.filter((spec) => spec.id === id).map(chartDiv).join('');
  const optimizationCharts = charts.filter((spec) => ['parameter_heatmap', 'in_vs_out', 'walk_forward', 'walk_forward_equity'].includes(spec.kind)).map(chartDiv).join('');
  const portfolioCharts = charts.filter((spec) => spec.kind === 'portfolio_weights' || spec.kind === 'correlation').map(chartDiv).join('');
  const trades = Object.fromEntries(document.runs.map((run) => [run.id, { file: `trades-${fileSafe(run.id)}.csv`, columns: TRADE_COLUMNS, rows: tradeRows(run) }]));
  const meta = [
    document.request ? `Request: “${document.request}”` : '',
    document.experiment_id !== null ? `Experiment #${document.experiment_id} (btp report ${document.experiment_id})` : '',
  ].filter(Boolean);
  const equityControls = charts.some((spec) => spec.id === 'equity')
    ? '<p class="controls"><label><input type="checkbox" id="equity-log"> log scale</label> · drag or scroll on a chart to zoom</p>' : '';
  const body = [
    `<header><h1>${escapeHtml(document.title)}</h1><p class="subtitle">${escapeHtml(document.subtitle)}</p>${meta.map((line) => `<p class="meta">${escapeHtml(line)}</p>`).join('')}</header>`,
    ...document.warnings.map((warning) => `<div class="warning" role="alert">${escapeHtml(warning)}</div>`),
    sectionHtml(document, 'summary', `${equityControls}${chart('equity')}${chart('drawdown')}`),
    sectionHtml(document, 'ranking', chart('ranking')),
    sectionHtml(document, 'trade_offs'),
    sectionHtml(document, 'portfolio', portfolioCharts),
    document.runs.length > 0 ? `<section id="runs"><h2>Runs</h2>${document.runs.map((run) => runSection(run, charts)).join('\n')}</section>` : '',
    sectionHtml(document, 'optimization', optimizationCharts),
    sectionHtml(document, 'recommendation'),
    sectionHtml(document, 'notes'),
    sectionHtml(document, 'data', provenanceHtml(document)),
    `<footer>Made by BackTestPilot. Every number comes from the backtest results; past results do not guarantee future ones.</footer>`,
  ].filter(Boolean).join('\n');
  const specs = charts.map(({ id, kind, height, option }) => ({ id, kind, height, option }));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(document.title)}</title>
<style>${TEARSHEET_STYLE}</style>
</head>
<body>
<main>
${body}
</main>
<script type="application/json" id="btp-report">${scriptJson({ rank_by: document.rank_by, ranking: document.ranking })}</script>
<script type="application/json" id="btp-charts">${scriptJson(specs)}</script>
<script type="application/json" id="btp-trades">${scriptJson(trades)}</script>
<script>${echartsSource()}</script>
<script>${TEARSHEET_SCRIPT}</script>
</body>
</html>
`;
}
