/// <reference lib="dom" />
/**
 * The HTML tearsheet in a real browser: Debian's Chromium, headless, driven by puppeteer-core (no
 * browser download). For each kind of report: no console error, every chart container drew an SVG
 * with data, the ranking table shows the results' numbers, no network request is made (each one is
 * failed), a screenshot is taken, and a visual check would catch an empty chart. Skipped, with the
 * reason printed, where Chromium is not installed (`apt-get install -y chromium`).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comparisonInput, optimizationDocument, portfolioDocument } from '../../bench/report_sample.js';
import { closeWorkerPool } from '../../tools/backtest/worker_pool.js';
import { closeOptimizationPool } from '../../tools/optimization/scoring/optimization_pool.js';
import { buildReport } from '../../tools/report/build_report.js';
import { renderHtml } from '../../tools/report/render_html.js';
import type { ReportDocument } from '../../tools/report/report_document.js';
import { formatMetric } from '../../tools/risk/format_metric.js';
import { METRIC_KEYS, type MetricKey } from '../../tools/risk/types.js';

const CHROMIUM = process.env.BTP_CHROMIUM ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) process.stderr.write(`tearsheet browser tests SKIPPED: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set BTP_CHROMIUM)\n`);

const OUTPUT = path.join(os.tmpdir(), 'backtestpilot-tests', 'tearsheets');

interface PageVisit {
  page: Page;
  consoleErrors: string[];
  blockedRequests: string[];
}

async function open(browser: Browser, file: string, { dark = false } = {}): Promise<PageVisit> {
  const page = await browser.newPage();
  const consoleErrors: string[] = [];
  const blockedRequests: string[] = [];
  const own = pathToFileURL(file).href;
  page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url() === own) return void request.continue();
    blockedRequests.push(request.url());
    void request.abort('blockedbyclient');
  });
  await page.setViewport({ width: 1100, height: 900 });
  if (dark) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  await page.goto(own, { waitUntil: 'load', timeout: 30_000 });
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-charts-drawn'), { timeout: 30_000 });
  return { page, consoleErrors, blockedRequests };
}

/** Each chart container: its kind, the data points it claims, and what its SVG holds. */
function drawnCharts(page: Page) {
  return page.$$eval('.chart', (elements) => elements.map((element) => ({
    id: element.id,
    points: Number(element.getAttribute('data-points')),
    svg: element.querySelector('svg') !== null,
    paths: element.querySelectorAll('svg path').length,
    height: element.getBoundingClientRect().height,
  })));
}

/**
 * The visual check: each chart's option drawn on a canvas off screen, and again with every series
 * emptied (the frame: axes, grid, legend, colour scale). The pixels where the two differ are what
 * the data drew; an empty chart has (next to) none.
 */
function pixelsOfData(page: Page) {
  return page.evaluate(() => {
    const specs = JSON.parse(document.getElementById('btp-charts')!.textContent!) as Array<{ id: string; option: Record<string, unknown> }>;
    const echarts = (window as unknown as { echarts: { init: (element: HTMLElement, theme: null, options: object) => { setOption: (option: object) => void; dispose: () => void } } }).echarts;
    const draw = (option: Record<string, unknown>) => {
      const holder = document.createElement('div');
      holder.style.cssText = 'position:absolute;left:-5000px;top:0;width:800px;height:400px';
      document.body.appendChild(holder);
      const chart = echarts.init(holder, null, { renderer: 'canvas', width: 800, height: 400, devicePixelRatio: 1 });
      chart.setOption({ ...option, dataZoom: [] });
      const canvas = holder.querySelector('canvas')!;
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      chart.dispose();
      holder.remove();
      return pixels;
    };
    return specs.map((spec) => {
      const series = spec.option.series as Array<Record<string, unknown>>;
      const drawn = draw(spec.option);
      const frame = draw({ ...spec.option, series: series.map((one) => ({ ...one, data: [], markPoint: undefined })) });
      let differing = 0;
      for (let index = 0; index < drawn.length; index += 4) {
        let change = 0;
        for (let channel = 0; channel < 4; channel++) change += Math.abs(drawn[index + channel]! - frame[index + channel]!);
        if (change > 48) differing++;
      }
      return { id: spec.id, differing };
    });
  });
}

async function checkPage(visit: PageVisit, name: string, expectedCharts: number): Promise<void> {
  const { page } = visit;
  expect(visit.consoleErrors).toEqual([]);
  expect(visit.blockedRequests).toEqual([]);
  const charts = await drawnCharts(page);
  expect(charts.length).toBe(expectedCharts);
  for (const chart of charts) {
    expect.soft(chart.svg, `${chart.id} has an SVG`).toBe(true);
    expect.soft(chart.points, `${chart.id} has data`).toBeGreaterThan(0);
    expect.soft(chart.paths, `${chart.id} drew shapes`).toBeGreaterThan(5);
    expect.soft(chart.height, `${chart.id} has a size`).toBeGreaterThan(150);
  }
  expect(await page.evaluate(() => Number(document.documentElement.getAttribute('data-charts-drawn')))).toBe(expectedCharts);
  for (const check of await pixelsOfData(page)) expect.soft(check.differing, `${check.id}: pixels the data drew over its empty frame`).toBeGreaterThan(400);
  mkdirSync(OUTPUT, { recursive: true });
  const screenshot = await page.screenshot({ path: path.join(OUTPUT, `${name}.png`) as `${string}.png`, fullPage: true });
  expect(screenshot.length).toBeGreaterThan(50_000);
}

/** The ranking table as the page shows it: per row, each metric column's data-value and text. */
function rankingTableCells(page: Page) {
  return page.$$eval('#ranking-table', ([table]) => {
    const keys = Array.from(table!.querySelectorAll('thead th')).map((header) => header.getAttribute('data-key')!);
    return Array.from(table!.querySelectorAll('tbody tr')).map((row) => Object.fromEntries(Array.from(row.querySelectorAll('td')).map((cell, index) => [
      keys[index]!, { value: cell.getAttribute('data-value'), text: cell.textContent!.trim() },
    ])));
  });
}

function write(document: ReportDocument, name: string): string {
  mkdirSync(OUTPUT, { recursive: true });
  const file = path.join(OUTPUT, `${name}.html`);
  writeFileSync(file, renderHtml(document));
  return file;
}

describe.skipIf(!haveChromium)('HTML tearsheet in Chromium', () => {
  let browser: Browser;
  let comparison: { document: ReportDocument } & Awaited<ReturnType<typeof comparisonInput>>;
  let optimization: ReportDocument;

  beforeAll(async () => {
    const { input, results } = await comparisonInput();
    comparison = { document: buildReport(input), input, results };
    optimization = await optimizationDocument();
    browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await closeWorkerPool();
    await closeOptimizationPool();
  });

  it('comparison (6 runs): charts drawn, ranking equals the results, no request, no console error', async () => {
    const file = write(comparison.document, 'comparison');
    const visit = await open(browser, file);
    // equity, drawdown, ranking + per run: price, monthly, yearly, distribution.
    await checkPage(visit, 'comparison', 3 + 6 * 4);
    const cells = await rankingTableCells(visit.page);
    expect(cells).toHaveLength(comparison.results.length);
    comparison.results.forEach((result, index) => {
      const row = cells[index]!;
      expect(row.symbol!.text).toBe(result.symbol);
      for (const metric of METRIC_KEYS) {
        const value = result.metrics[metric as MetricKey];
        expect(row[metric]!.value).toBe(value === null ? '' : String(value));
        expect(row[metric]!.text).toBe(formatMetric(metric as MetricKey, value));
      }
    });
    // Sorting by a column orders the rows by its numbers.
    await visit.page.click('#ranking-table th[data-key="total_return"]');
    const sorted = (await rankingTableCells(visit.page)).map((row) => Number(row.total_return!.value));
    expect(sorted).toEqual([...sorted].sort((a, b) => a - b));
    await visit.page.close();
  }, 120_000);

  it('the same report in dark mode draws every chart without an error', async () => {
    const visit = await open(browser, write(comparison.document, 'comparison-dark'), { dark: true });
    await checkPage(visit, 'comparison-dark', 3 + 6 * 4);
    expect(await visit.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(17, 24, 39)');
    await visit.page.close();
  }, 120_000);

  it('optimisation: heatmap, in vs out of sample, walk-forward folds and stitched equity drawn', async () => {
    const visit = await open(browser, write(optimization, 'optimization'));
    const ids = (await drawnCharts(visit.page)).map((chart) => chart.id);
    expect(ids).toEqual(expect.arrayContaining(['chart-parameter-heatmap', 'chart-in-vs-out', 'chart-walk-forward', 'chart-walk-forward-equity']));
    // equity, drawdown, 4 optimisation charts, one run: price, monthly, yearly, distribution.
    await checkPage(visit, 'optimization', 2 + 4 + 4);
    await visit.page.close();
  }, 120_000);

  it('a portfolio: its equity leads the equity and drawdown charts, its section shows the weights over time and the correlation matrix', async () => {
    const document = await portfolioDocument(comparison.input);
    const visit = await open(browser, write(document, 'portfolio'));
    await checkPage(visit, 'portfolio', 3 + 6 * 4 + 2);
    const legend = await visit.page.$eval('#chart-equity', (element) => element.textContent ?? '');
    expect(legend).toContain('Portfolio 60% BTC, 40% ETH, rebalanced monthly');
    const section = await visit.page.$eval('section#portfolio', (element) => ({
      text: element.textContent ?? '', charts: Array.from(element.querySelectorAll('.chart'), (chart) => chart.id),
    }));
    expect(section.charts).toEqual(['chart-portfolio-weights', 'chart-correlation']);
    expect(section.text).toContain('One account with shared cash');
    expect(section.text).toContain(formatMetric('total_return', document.portfolio!.equity.v.at(-1)! / comparison.input.spec.initial_capital - 1));
    await visit.page.close();
  }, 120_000);

  it('the trade list downloads as CSV from the page (a data: link, no request)', async () => {
    const visit = await open(browser, write(comparison.document, 'trades'));
    const href = await visit.page.evaluate(() => {
      let captured = '';
      const original = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) { captured = this.href; };
      (document.querySelector('button[data-trades]') as HTMLButtonElement).click();
      HTMLAnchorElement.prototype.click = original;
      return captured;
    });
    const csv = decodeURIComponent(href.slice(href.indexOf(',') + 1));
    const run = comparison.document.runs[0]!;
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe('symbol,strategy,side,entry_time,entry_price,exit_time,exit_price,units,pnl,return,bars_held');
    expect(lines).toHaveLength(run.trades.length + 1);
    expect(lines[1]!.split(',')[8]).toBe(String(run.trades[0]!.pnl));
    expect(visit.blockedRequests).toEqual([]);
    await visit.page.close();
  }, 60_000);
});
