import { SmaStream } from '../indicators/sma/sma.js';
import { cachedSma } from './cached_indicators.js';
import { defineCrossoverStrategy } from './moving_average_crossover.js';

/**
 * `sma_crossover {short=20, long=50}`: long while SMA(short) > SMA(long) of closes; with
 * `allowShort`, short while SMA(short) < SMA(long); flat when equal. Requires short < long.
 * Warm-up: `long` bars (SMA(long) first exists at bar long − 1); earlier bars are flat.
 */
export const smaCrossover = defineCrossoverStrategy({
  id: 'sma_crossover',
  averageName: 'simple moving average',
  cachedAverage: cachedSma,
  averageStream: (values, period) => new SmaStream(values, period),
  defaultShort: 20,
  defaultLong: 50,
  searchSpace: { short: { min: 5, max: 100, step: 1 }, long: { min: 20, max: 300, step: 5 } },
});
