import type { OhlcvSeries } from '../tools/data/types.js';
import { seededRandom } from './measure.js';

/** A seeded geometric random walk of `bars` hourly bars, shaped like a loaded file. */
export function syntheticSeries(bars: number, seed = 42): OhlcvSeries {
  const random = seededRandom(seed);
  const time = new Float64Array(bars);
  const open = new Float64Array(bars);
  const high = new Float64Array(bars);
  const low = new Float64Array(bars);
  const close = new Float64Array(bars);
  const volume = new Float64Array(bars);
  let price = 100;
  for (let index = 0; index < bars; index++) {
    const next = price * Math.exp((random() - 0.5) * 0.02);
    time[index] = Date.UTC(2000, 0, 1) + index * 3_600_000;
    open[index] = price;
    close[index] = next;
    high[index] = Math.max(price, next) * (1 + random() * 0.005);
    low[index] = Math.min(price, next) * (1 - random() * 0.005);
    volume[index] = 1_000 + random() * 1_000;
    price = next;
  }
  return {
    symbol: 'SYNTH', quote: 'USD', interval: '1h', intervalMs: 3_600_000, assetClass: 'crypto',
    file: `synthetic-${bars}`, sha256: `synthetic-${seed}`, format: 'standard',
    time, open, high, low, close, volume,
  };
}
