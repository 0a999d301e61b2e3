import { createRequire } from 'node:module';
import * as echarts from 'echarts';
import type { ChartSpec } from './chart_spec.js';
import { measureText } from './text_width.js';

// Lay text out in the widths of the font resvg draws (see text_width.ts).
echarts.setPlatformAPI({ measureText });

type ResvgModule = typeof import('@resvg/resvg-js');
let resvg: ResvgModule | undefined;

/**
 * resvg is a native addon, loaded at run time from node_modules: the bundlers (`adk web`'s esbuild,
 * our CLI bundle) cannot inline a `.node` file, so the import must stay out of their sight.
 */
function loadResvg(): ResvgModule {
  const loadNative = createRequire(import.meta.url);
  return (resvg ??= loadNative('@resvg/resvg-js') as ResvgModule);
}

/**
 * The chart as a standalone SVG, drawn by ECharts' server-side renderer (no DOM, no browser).
 * `background` fills the canvas (PNG and README images need one; the page's SVG stays transparent).
 */
export function renderSvg(spec: Pick<ChartSpec, 'option' | 'width' | 'height'>, { background = '#ffffff' }: { background?: string } = {}): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: spec.width, height: spec.height });
  try {
    // A still image has nothing to zoom: the slider goes, and the plot takes its room.
    const { dataZoom: _zoom, grid, ...option } = spec.option;
    // A single plot takes the slider's room; stacked panels keep their layout.
    const stillGrid = grid && !Array.isArray(grid) ? { ...(grid as object), bottom: 36 } : grid;
    chart.setOption({ ...option, ...(stillGrid ? { grid: stillGrid } : {}), backgroundColor: background });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

function rasterOptions(scale: number) {
  return { fitTo: { mode: 'zoom' as const, value: scale }, font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } };
}

/** The chart as a PNG, rasterised from its SVG by resvg at `scale` × its size. */
export function renderPng(spec: Pick<ChartSpec, 'option' | 'width' | 'height'>, { scale = 2 }: { scale?: number } = {}): Buffer {
  return new (loadResvg().Resvg)(renderSvg(spec), rasterOptions(scale)).render().asPng();
}

/**
 * renderPng through resvg's asynchronous render, which rasterises on libuv's thread pool. The server
 * uses it (on its report thread): a synchronous render keeps a few MB of native memory per image
 * that is never given back (RSS grew ~12 MB a report over hundreds of runs), this one does not.
 */
export async function renderPngAsync(spec: Pick<ChartSpec, 'option' | 'width' | 'height'>, { scale = 2 }: { scale?: number } = {}): Promise<Buffer> {
  return (await loadResvg().renderAsync(renderSvg(spec), rasterOptions(scale))).asPng();
}
