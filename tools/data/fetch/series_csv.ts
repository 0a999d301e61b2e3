import { formatBarTime } from '../timestamps.js';
import type { Candle } from './candles.js';

export const STANDARD_HEADER = 'timestamp,open,high,low,close,volume';

/** Bars in the loader's standard dialect: dates for daily bars, ISO UTC times for intraday ones. */
export function formatSeriesCsv(candles: readonly Candle[], intervalMs: number): string {
  const lines = [STANDARD_HEADER];
  for (const [time, open, high, low, close, volume] of candles) {
    lines.push(`${formatBarTime(time, intervalMs)},${open},${high},${low},${close},${volume}`);
  }
  return `${lines.join('\n')}\n`;
}
