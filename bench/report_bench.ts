/**
 * The reports' figures: the HTML tearsheet of a 6-run report over 4 years of daily bars, from the
 * results to the finished file (model, charts, page), its size, and one chart as SVG and PNG.
 */
import { closeWorkerPool } from '../tools/backtest/worker_pool.js';
import { buildReport } from '../tools/report/build_report.js';
import { renderPng, renderSvg } from '../tools/report/charts/render_chart.js';
import { reportCharts } from '../tools/report/charts/report_charts.js';
import { renderHtml } from '../tools/report/render_html.js';
import { comparisonInput } from './report_sample.js';
import { medianMs, type BenchRow } from './measure.js';

const SECTION = 'reports';
const HTML_GOAL_MS = 300;
const HTML_GOAL_MB = 2;

export async function benchReports(): Promise<BenchRow[]> {
  const { input } = await comparisonInput();
  await closeWorkerPool();
  let html = '';
  const htmlMs = medianMs(() => { html = renderHtml(buildReport(input)); }, { warmup: 3, runs: 9 });
  const sizeMb = Buffer.byteLength(html) / 1_048_576;
  const equity = reportCharts(buildReport(input)).find((spec) => spec.id === 'equity')!;
  const svgMs = medianMs(() => { renderSvg(equity); }, { warmup: 2, runs: 7 });
  const pngMs = medianMs(() => { renderPng(equity); }, { warmup: 1, runs: 5 });
  return [
    { section: SECTION, name: 'HTML tearsheet, 6 runs × 1,461 daily bars (results → file)', value: htmlMs, unit: 'ms', target: `< ${HTML_GOAL_MS} ms`, met: htmlMs < HTML_GOAL_MS },
    { section: SECTION, name: 'HTML tearsheet size (ECharts inlined)', value: sizeMb, unit: 'MB', target: `< ${HTML_GOAL_MB} MB`, met: sizeMb < HTML_GOAL_MB },
    { section: SECTION, name: 'equity chart as SVG (ECharts SSR, 6 curves)', value: svgMs, unit: 'ms' },
    { section: SECTION, name: 'equity chart as PNG (resvg, 2×)', value: pngMs, unit: 'ms' },
  ];
}
