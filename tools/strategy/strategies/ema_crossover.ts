import { EmaStream } from '../indicators/ema/ema.js';
import { cachedEma } from './cached_indicators.js';
import { defineCrossoverStrategy } from './moving_average_crossover.js';

/**
 * `ema_crossover {short=12, long=26}`: long while EMA(short) > EMA(long) of closes, each EMA
 * seeded by the simple mean of its first window; with `allowShort`, short while EMA(short) <
 * EMA(long); flat when equal. Requires short < long. Warm-up: `long` bars (EMA(long) first
 * exists at bar long − 1).
 */
export const emaCrossover = defineCrossoverStrategy({
  id: 'ema_crossover',
  averageName: 'exponential moving average',
  cachedAverage: cachedEma,
  averageStream: (values, period) => new EmaStream(values, period),
  defaultShort: 12,
  defaultLong: 26,
  searchSpace: { short: { min: 3, max: 50, step: 1 }, long: { min: 10, max: 200, step: 2 } },
});
