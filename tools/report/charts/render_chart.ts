import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import type { ChartSpec } from './chart_spec.js';

/**
 * The chart as a standalone SVG, drawn by ECharts' server-side renderer (no DOM, no browser).
 * `background` fills the canvas (PNG and README images need one; the page's SVG stays transparent).
 */
export function renderSvg(spec: Pick<ChartSpec, 'option' | 'width' | 'height'>, { background = '#ffffff' }: { background?: string } = {}): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: spec.width, height: spec.height });
  try {
    // A still image has nothing to zoom: the slider goes, and the plot takes its room.
    const { dataZoom: _zoom, grid, ...option } = spec.option;
    chart.setOption({ ...option, ...(grid ? { grid: { ...(grid as object), bottom: 36 } } : {}), backgroundColor: background });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** The chart as a PNG, rasterised from its SVG by resvg at `scale` × its size. */
export function renderPng(spec: Pick<ChartSpec, 'option' | 'width' | 'height'>, { scale = 2 }: { scale?: number } = {}): Buffer {
  const svg = renderSvg(spec);
  const image = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  });
  return image.render().asPng();
}
