import type { EquityCurveCharts, RunCharts, TradeMarker } from '../report_document.js';
import { GAIN_COLOR, LOSS_COLOR, PALETTE, baseOption, percent, round, type ChartOption } from './chart_spec.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A time x axis and a value y axis; the title names the measure, so the y axis carries only a unit. */
function timeAxes(unit: string, extra: ChartOption = {}): ChartOption {
  return {
    xAxis: { type: 'time' },
    yAxis: { type: 'value', name: unit, nameGap: 8, nameTextStyle: { align: 'right' }, scale: true, ...extra },
    grid: { left: 70, right: 24, top: 76, bottom: 64 },
  };
}

const zoom = [{ type: 'inside' }, { type: 'slider', height: 18, bottom: 8 }];

/**
 * Equity of every run, the baselines dashed. `logScale` shows compounding growth evenly; the page
 * can switch it. Tooltip: date and each curve's value.
 */
export function equityOption(runs: readonly EquityCurveCharts[], { logScale = false } = {}): ChartOption {
  return {
    ...baseOption('Equity'),
    ...timeAxes('', logScale ? { type: 'log' } : {}),
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', top: 30, left: 8, right: 8 },
    dataZoom: zoom,
    series: runs.map((run) => ({
      name: run.label, type: 'line', showSymbol: false, sampling: 'none',
      lineStyle: { width: run.baseline ? 1.5 : 2, type: run.baseline ? 'dashed' : 'solid' },
      data: run.equity.t.map((t, index) => [t, round(run.equity.v[index]!, 2)]),
    })),
  };
}

/** Underwater curve in percent, the maximum drawdown marked. */
export function drawdownOption(runs: readonly EquityCurveCharts[]): ChartOption {
  return {
    ...baseOption('Drawdown'),
    ...timeAxes('%', { scale: false, max: 0 }),
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', top: 30, left: 8, right: 8 },
    dataZoom: zoom,
    series: runs.map((run, index) => ({
      name: run.label, type: 'line', showSymbol: false, areaStyle: index === 0 ? { opacity: 0.25 } : undefined,
      lineStyle: { width: 1.5, type: run.baseline ? 'dashed' : 'solid' },
      data: run.drawdown.t.map((t, position) => [t, percent(run.drawdown.v[position]!)]),
      markPoint: run.max_drawdown ? {
        symbol: 'pin', symbolSize: 42,
        label: { formatter: `${percent(run.max_drawdown.value)}%`, fontSize: 9 },
        data: [{ name: 'Maximum drawdown', coord: [run.max_drawdown.t, percent(run.max_drawdown.value)], value: percent(run.max_drawdown.value) }],
      } : undefined,
    })),
  };
}

function markerSeries(name: string, markers: readonly TradeMarker[], kind: TradeMarker['kind']): ChartOption {
  const chosen = markers.filter((marker) => marker.kind === kind);
  return {
    name, type: 'scatter', symbol: 'triangle', symbolSize: 9, symbolRotate: kind === 'entry' ? 0 : 180, z: 5,
    itemStyle: { color: kind === 'entry' ? GAIN_COLOR : LOSS_COLOR },
    data: chosen.map((marker) => [marker.t, round(marker.price, 6)]),
  };
}

const CANDLE_COLOR = '#5b6b82';
const GRID_SIDES = { left: 70, right: 24 };

/**
 * Candles (hollow up, filled down, in slate so the green ▲ entries and red ▼ exits stand out),
 * the strategy's price-scale indicators, and its oscillator in a panel below sharing the time axis.
 */
export function priceOption(run: RunCharts): ChartOption {
  const price = run.price!;
  const { candles, oscillator } = price;
  const at = (values: ReadonlyArray<number | null>) => candles.t.map((t, index) => [t, values[index] === null ? null : round(values[index]!, 6)]);
  const title = `${run.label}: price and trades${candles.bars_per_candle > 1 ? ` (${candles.bars_per_candle} bars to a candle)` : ''}`;
  const panes = oscillator ? [0, 1] : [0];
  return {
    ...baseOption(title),
    tooltip: { trigger: 'axis', axisPointer: { type: 'cross' } },
    legend: { type: 'scroll', top: 30, left: 8, right: 8 },
    axisPointer: { link: [{ xAxisIndex: 'all' }] },
    grid: oscillator ? [{ ...GRID_SIDES, top: 76, bottom: 176 }, { ...GRID_SIDES, height: 92, bottom: 52 }] : { ...GRID_SIDES, top: 76, bottom: 64 },
    xAxis: panes.map((pane) => ({ type: 'time', gridIndex: pane, ...(oscillator && pane === 0 ? { axisLabel: { show: false } } : {}) })),
    yAxis: [
      { type: 'value', scale: true, gridIndex: 0 },
      ...(oscillator ? [{ type: 'value', scale: true, gridIndex: 1, name: oscillator.title, nameGap: 8, nameTextStyle: { align: 'left' }, splitNumber: 2 }] : []),
    ],
    dataZoom: [{ type: 'inside', xAxisIndex: panes }, { type: 'slider', height: 18, bottom: 8, xAxisIndex: panes }],
    series: [
      {
        // ECharts' candle order: open, close, low, high.
        name: 'Price', type: 'candlestick', barMaxWidth: 8,
        itemStyle: { color: 'transparent', color0: CANDLE_COLOR, borderColor: CANDLE_COLOR, borderColor0: CANDLE_COLOR },
        data: candles.t.map((t, index) => [t, round(candles.o[index]!, 6), round(candles.c[index]!, 6), round(candles.l[index]!, 6), round(candles.h[index]!, 6)]),
      },
      ...price.overlays.map((overlay, index) => ({
        name: overlay.name, type: 'line', showSymbol: false, lineStyle: { width: 1 }, color: PALETTE[(index + 1) % PALETTE.length], data: at(overlay.v),
      })),
      markerSeries('Entry', price.markers, 'entry'),
      markerSeries('Exit', price.markers, 'exit'),
      ...(oscillator ? oscillator.lines.map((line, index) => ({
        name: line.name, type: 'line', showSymbol: false, xAxisIndex: 1, yAxisIndex: 1, lineStyle: { width: 1.2 }, color: PALETTE[(index + 4) % PALETTE.length],
        data: oscillator.t.map((t, point) => [t, line.v[point] === null ? null : round(line.v[point]!, 6)]),
        ...(index === 0 ? { markLine: { symbol: 'none', silent: true, label: { fontSize: 9 }, lineStyle: { type: 'dashed', color: '#9aa4b2' }, data: oscillator.levels.map((level) => ({ yAxis: level })) } } : {}),
      })) : []),
    ],
  };
}

/** Year × month returns in percent, red to green around zero. */
export function monthlyReturnsOption(run: RunCharts): ChartOption {
  const years = [...new Set(run.monthly_returns.map(([year]) => year))];
  const values = run.monthly_returns.map(([, , value]) => Math.abs(percent(value)));
  const bound = Math.max(1, ...values);
  return {
    ...baseOption(`${run.label}: monthly returns (%)`),
    tooltip: { position: 'top' },
    grid: { left: 56, right: 24, top: 40, bottom: 64 },
    xAxis: { type: 'category', data: MONTHS, splitArea: { show: true } },
    yAxis: { type: 'category', data: years.map(String), splitArea: { show: true } },
    visualMap: { min: -bound, max: bound, calculable: false, orient: 'horizontal', left: 'center', bottom: 4, itemHeight: 120, inRange: { color: [LOSS_COLOR, '#f5f5f5', GAIN_COLOR] } },
    series: [{
      name: 'Monthly return %', type: 'heatmap', label: { show: true, fontSize: 9 },
      data: run.monthly_returns.map(([year, month, value]) => [month - 1, years.indexOf(year), percent(value)]),
    }],
  };
}

export function yearlyReturnsOption(run: RunCharts): ChartOption {
  return {
    ...baseOption(`${run.label}: yearly returns (%)`),
    tooltip: { trigger: 'axis' },
    grid: { left: 56, right: 24, top: 40, bottom: 32 },
    xAxis: { type: 'category', data: run.yearly_returns.map(([year]) => String(year)) },
    yAxis: { type: 'value', name: '%' },
    series: [{
      name: 'Yearly return %', type: 'bar', label: { show: true, position: 'top', fontSize: 9 },
      data: run.yearly_returns.map(([, value]) => ({ value: percent(value), itemStyle: { color: value >= 0 ? GAIN_COLOR : LOSS_COLOR } })),
    }],
  };
}

/** Histogram of bar returns (percent, bin centres). */
export function returnDistributionOption(run: RunCharts): ChartOption {
  const { edges, width, counts } = run.return_histogram;
  return {
    ...baseOption(`${run.label}: distribution of bar returns`),
    tooltip: { trigger: 'axis' },
    grid: { left: 56, right: 24, top: 40, bottom: 40 },
    xAxis: { type: 'category', name: '%', data: edges.map((edge) => String(round((edge + width / 2) * 100, 2))) },
    yAxis: { type: 'value', name: 'Bars' },
    series: [{
      name: 'Bars', type: 'bar', barCategoryGap: '5%',
      data: counts.map((count, index) => ({ value: count, itemStyle: { color: edges[index]! + width / 2 >= 0 ? GAIN_COLOR : LOSS_COLOR } })),
    }],
  };
}
