import { describe, expect, it } from 'vitest';
import type { RunCharts } from '../report_document.js';
import { renderPng, renderPngAsync, renderSvg } from './render_chart.js';
import { drawdownOption, equityOption, priceOption } from './run_chart_options.js';
import { parameterHeatmapOption, rankingOption } from './summary_chart_options.js';

const days = ['2021-01-01', '2021-01-02', '2021-01-03', '2021-01-04'];
const run = {
  id: 'BTC/sma_crossover', label: 'BTC sma_crossover', symbol: 'BTC', strategy: 'sma_crossover', params: {}, baseline: false, rank: 1,
  equity: { t: days, v: [100, 150, 120, 200] },
  drawdown: { t: days, v: [0, 0, -0.2, 0] },
  max_drawdown: { t: '2021-01-03', value: -0.2, peak_t: '2021-01-02' },
  price: {
    candles: { t: days, o: [0.9, 1.8, 3.2, 3.5], h: [1.1, 2.2, 3.4, 4.2], l: [0.8, 1.7, 2.8, 3.4], c: [1, 2, 3, 4], bars_per_candle: 1 },
    overlays: [{ name: 'SMA 2', v: [null, 1.5, 2.5, 3.5] }], oscillator: null,
    markers: [
      { t: '2021-01-02', price: 2, kind: 'entry', side: 'long' }, { t: '2021-01-03', price: 3, kind: 'exit', side: 'long' },
      { t: '2021-01-03', price: 3, kind: 'entry', side: 'long' }, { t: '2021-01-04', price: 4, kind: 'exit', side: 'long' },
    ],
  },
} as unknown as RunCharts;

const size = { width: 600, height: 300 };
/** Text of the y-axis tick labels (right-aligned texts left of the plot), top to bottom reversed. */
const yTicks = (svg: string) => [...svg.matchAll(/text-anchor="end"[^>]*transform="translate\([\d.]+ ([\d.]+)\)"[^>]*>([^<]+)</g)]
  .filter(([, , text]) => /^-?[\d,.]+$/.test(text!)).map(([, , text]) => text!);
/** Drawn data marks of one series (not the legend's). */
const marks = (svg: string, series: number) => svg.match(new RegExp(`ecmeta_series_index="${series}"[^>]*ecmeta_ssr_type="chart"`, 'g'))?.length ?? 0;
/** Vertices of the line path drawn in `color`. */
const lineVertices = (svg: string, color: string) => {
  const path = new RegExp(`<path d="(M[^"]+)" fill="none"[^>]*stroke="${color}" stroke-width="2"`).exec(svg);
  return path ? path[1]!.split(/[ML]/).filter(Boolean).length : 0;
};

describe('SVG renderers (golden structure)', () => {
  it('equity: y axis spans the curve (100 to 200), one vertex per point', () => {
    const svg = renderSvg({ option: equityOption([run]), ...size });
    expect(svg.startsWith('<svg')).toBe(true);
    const ticks = yTicks(svg);
    expect(ticks[0]).toBe('100');
    expect(ticks.at(-1)).toBe('200');
    expect(lineVertices(svg, '#2f6fdf')).toBe(4);
  });

  it('drawdown: axis from the deepest point to 0, the maximum drawdown labelled', () => {
    const svg = renderSvg({ option: drawdownOption([run]), ...size });
    const ticks = yTicks(svg);
    expect(ticks[0]).toBe('-20');
    expect(ticks.at(-1)).toBe('0');
    expect(svg).toContain('>-20%<');
  });

  it('price: one candle per bar, one marker per entry and exit, the indicator drawn', () => {
    const svg = renderSvg({ option: priceOption(run), ...size });
    expect(marks(svg, 0)).toBe(4); // candles
    expect(marks(svg, 2)).toBe(2); // entries
    expect(marks(svg, 3)).toBe(2); // exits
    expect(svg).toContain('>SMA 2<');
    expect(svg).toContain('>Price<');
  });

  it('price with an oscillator: a second panel with its lines and the levels the strategy acts at', () => {
    const withPanel = { ...run, price: { ...run.price!, oscillator: { title: 'RSI 2', t: days, lines: [{ name: 'RSI 2', v: [null, 80, 25, 60] }], levels: [30, 70] } } } as RunCharts;
    const svg = renderSvg({ option: priceOption(withPanel), width: 600, height: 480 });
    expect(svg).toContain('>RSI 2<');
    // The level lines are labelled with their values at the panel's right edge.
    expect(svg).toContain('>30<');
    expect(svg).toContain('>70<');
    expect(marks(svg, 4)).toBeGreaterThan(0); // the RSI line, drawn in the panel
  });

  it('ranking: one bar per run; heatmap: one cell per tried pair', () => {
    const ranking = renderSvg({
      option: rankingOption({ rank_by: 'sharpe_ratio', ranking: [1, 2, 3].map((rank) => ({ rank, symbol: 'BTC', strategy: `s${rank}`, params: {}, baseline: rank === 3, metrics: { sharpe_ratio: 2 - rank } as never })) }),
      ...size,
    });
    expect(marks(ranking, 0)).toBe(3);
    const heatmap = renderSvg({
      option: parameterHeatmapOption({ x_param: 'short', y_param: 'long', metric: 'sharpe_ratio', x_values: [5, 10], y_values: [50, 100], values: [[0.5, null], [1.2, -0.3]] }),
      ...size,
    });
    expect(marks(heatmap, 0)).toBe(3);
  });

  it('PNG off the event loop: the same bytes as the synchronous raster', async () => {
    const spec = { option: equityOption([run]), ...size };
    expect((await renderPngAsync(spec)).equals(renderPng(spec))).toBe(true);
  });

  it('PNG: a real image at twice the chart\'s size', () => {
    const png = renderPng({ option: equityOption([run]), ...size });
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.readUInt32BE(16)).toBe(1_200);
    expect(png.readUInt32BE(20)).toBe(600);
  });
});
