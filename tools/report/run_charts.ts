import type { BacktestResult } from '../backtest/backtest_result.js';
import { formatBarTime } from '../data/timestamps.js';
import type { OhlcvSeries } from '../data/types.js';
import type { RankingRow } from '../risk/risk_analysis.js';
import type { EquityCurveCharts, PriceChart, PriceOverlay, RunCharts, TimeSeries, TradeMarker } from './report_document.js';
import { describeRun } from './run_description.js';
import { downsampleMinMax } from './series/downsample.js';
import { periodReturns, returnHistogram, underwaterCurve } from './series/equity_views.js';
import { aggregateCandles } from './series/candles.js';
import { oscillatorIndicator, priceIndicators, type OscillatorPanel } from './series/price_overlays.js';

/** Points kept per drawn series: ~2 per horizontal pixel of a 1,000-pixel-wide chart at most. */
export const MAX_CHART_POINTS = 1_000;

export const runId = (run: { symbol: string; strategy: string }) => `${run.symbol}/${run.strategy}`;

function thinned(times: readonly string[], values: ArrayLike<number>): TimeSeries {
  const kept = downsampleMinMax(values.length, (index) => values[index]!, MAX_CHART_POINTS);
  return { t: kept.map((index) => times[index]!), v: kept.map((index) => values[index]!) };
}

/** The thinned equity and underwater curves of one curve, and where its deepest drawdown was. */
export function equityCurveCharts(label: string, baseline: boolean, times: readonly string[], equity: Float64Array, capital: number): EquityCurveCharts {
  const underwater = underwaterCurve(equity, capital);
  return {
    label, baseline,
    equity: thinned(times, equity),
    drawdown: thinned(times, underwater.drawdown),
    max_drawdown: underwater.trough < 0 ? null : { t: times[underwater.trough]!, value: underwater.drawdown[underwater.trough]!, peak_t: times[underwater.peak]! },
  };
}

/** Candles shown at most: about one per 2 px of a 960 px chart, each still visible as a body and wicks. */
export const MAX_CANDLES = 400;

/** Each candle's value of an indicator: its value at the candle's last bar (null in its warm-up). */
function atCandles(values: Float64Array, from: number, last: readonly number[]): Array<number | null> {
  return last.map((bar) => {
    const value = values[from + bar]!;
    return Number.isFinite(value) ? value : null;
  });
}

/** The oscillator over the window at up to MAX_CHART_POINTS, each bucket's lowest and highest kept (its first line's). */
function oscillatorSeries(panel: OscillatorPanel, from: number, times: readonly string[]): NonNullable<PriceChart['oscillator']> {
  const [first] = panel.lines;
  const value = (index: number) => first!.values[from + index]!;
  // Warm-up NaNs compare false either way, so they never displace a real extreme.
  const kept = downsampleMinMax(times.length, (index) => (Number.isFinite(value(index)) ? value(index) : 0), MAX_CHART_POINTS);
  return {
    title: panel.title, levels: panel.levels, t: kept.map((index) => times[index]!),
    lines: panel.lines.map((line) => ({ name: line.name, v: kept.map((index) => (Number.isFinite(line.values[from + index]!) ? line.values[from + index]! : null)) })),
  };
}

/** Candles, the strategy's indicators (over the price, or in a panel below it) and its trades over the run's window. */
function priceChart(result: BacktestResult, series: OhlcvSeries, times: readonly string[]): RunCharts['price'] {
  const first = times[0];
  if (first === undefined) return null;
  const startIndex = series.time.findIndex((ms) => formatBarTime(ms, series.intervalMs) === first);
  if (startIndex < 0) return null;
  const buckets = aggregateCandles(series, startIndex, times.length, MAX_CANDLES);
  const overlays: PriceOverlay[] = priceIndicators(result.strategy, result.params, series).map((line) => ({ name: line.name, v: atCandles(line.values, startIndex, buckets.last) }));
  const oscillator = oscillatorIndicator(result.strategy, result.params, series);
  const markers: TradeMarker[] = result.trades.flatMap((trade) => [
    { t: trade.entry_time, price: trade.entry_price, kind: 'entry' as const, side: trade.side },
    { t: trade.exit_time, price: trade.exit_price, kind: 'exit' as const, side: trade.side },
  ]);
  return {
    candles: { t: buckets.last.map((bar) => times[bar]!), o: buckets.open, h: buckets.high, l: buckets.low, c: buckets.close, bars_per_candle: buckets.barsPerCandle },
    overlays,
    oscillator: oscillator && oscillatorSeries(oscillator, startIndex, times),
    markers,
  };
}

/** Everything the charts draw for one run, from its equity curve, trades and (when given) its price series. */
export function runCharts(result: BacktestResult, row: Pick<RankingRow, 'rank' | 'baseline'>, series: OhlcvSeries | undefined): RunCharts {
  const times = result.equity.map((point) => point.t);
  const equity = Float64Array.from(result.equity, (point) => point.equity);
  const capital = result.settings.initial_capital;
  const periods = periodReturns(times, equity, capital);
  return {
    id: runId(result), symbol: result.symbol, strategy: result.strategy, params: result.params, rank: row.rank, metrics: result.metrics,
    ...equityCurveCharts(`${result.symbol} ${describeRun(result)}`, row.baseline, times, equity, capital),
    monthly_returns: periods.monthly,
    yearly_returns: periods.yearly,
    return_histogram: returnHistogram(equity, capital),
    price: series ? priceChart(result, series, times) : null,
    trades: result.trades,
  };
}

/** The best run and buy-and-hold on its symbol: the pair the drawdown and terminal charts contrast. */
export function bestAndBaseline<Run extends Pick<RunCharts, 'symbol' | 'strategy'>>(runs: readonly Run[]): Run[] {
  const [best] = runs;
  if (!best) return [];
  const hold = runs.find((run) => run !== best && run.symbol === best.symbol && run.strategy === 'buy_and_hold');
  return hold ? [best, hold] : [best];
}
