import { describe, expect, it } from 'vitest';
import { runBacktest } from '../backtest/run_backtest.js';
import { loadSeries } from '../data/index.js';
import { formatBarTime } from '../data/timestamps.js';
import { DEFAULT_ENGINE_SETTINGS } from '../strategy/engine/types.js';
import { computeRsi } from '../strategy/indicators/rsi/rsi.js';
import { MAX_CANDLES, runCharts } from './run_charts.js';

describe('runCharts: the price chart of a run', () => {
  it('four years of daily BTC: 4 bars to a candle, every high and low kept, the RSI panel keeps its extremes, a marker per entry and exit', async () => {
    const series = await loadSeries('BTC', { dataDir: process.env.BTP_DATA_DIR! });
    const result = runBacktest(series, { strategy: 'rsi_mean_reversion', range: { start: '2021-01-01', end: '2024-12-31' }, settings: DEFAULT_ENGINE_SETTINGS });
    const { price } = runCharts(result, { rank: 1, baseline: false }, series);
    const from = series.time.findIndex((ms) => formatBarTime(ms, series.intervalMs) === '2021-01-01');
    const bars = result.equity.length;
    expect(bars).toBe(1461);
    expect(price!.candles.bars_per_candle).toBe(Math.ceil(bars / MAX_CANDLES));
    expect(price!.candles.t).toHaveLength(Math.ceil(bars / 4));
    const window = (column: Float64Array) => Array.from(column.subarray(from, from + bars));
    expect(Math.max(...price!.candles.h)).toBe(Math.max(...window(series.high)));
    expect(Math.min(...price!.candles.l)).toBe(Math.min(...window(series.low)));
    expect(price!.candles.o[0]).toBe(series.open[from]);
    expect(price!.candles.c.at(-1)).toBe(series.close[from + bars - 1]);
    // The panel is thinned, but the RSI's lowest and highest values in the window are still drawn.
    const rsi = window(computeRsi(series.close, 14));
    const drawn = price!.oscillator!.lines[0]!.v.filter((value): value is number => value !== null);
    expect(Math.min(...drawn)).toBe(Math.min(...rsi));
    expect(Math.max(...drawn)).toBe(Math.max(...rsi));
    expect(price!.oscillator!.levels).toEqual([30, 70]);
    expect(price!.markers).toHaveLength(result.trades.length * 2);
  });
});
