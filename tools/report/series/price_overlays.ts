import { computeBollingerBands } from '../../strategy/indicators/bollinger/bollinger.js';
import { computeDonchianChannel } from '../../strategy/indicators/donchian/donchian.js';
import { computeEma } from '../../strategy/indicators/ema/ema.js';
import { computeMacd } from '../../strategy/indicators/macd/macd.js';
import { computeMomentum } from '../../strategy/indicators/momentum/momentum.js';
import { computeRsi } from '../../strategy/indicators/rsi/rsi.js';
import { computeSma } from '../../strategy/indicators/sma/sma.js';
import type { PriceColumns, StrategyParams } from '../../strategy/types.js';

export interface IndicatorLine {
  name: string;
  values: Float64Array;
}

/**
 * The lines a strategy trades on that share the price's scale (both averages of a crossover, the
 * Bollinger bands, the Donchian channel), computed by the same indicator functions the strategy
 * uses. Oscillators (RSI, MACD, momentum) are on another scale and are not drawn over the price.
 */
export function priceIndicators(strategy: string, params: StrategyParams, bars: PriceColumns): IndicatorLine[] {
  const { short, long, period, std_dev: stdDev, exit_period: exitPeriod } = params;
  switch (strategy) {
    case 'sma_crossover':
      return short && long ? [{ name: `SMA ${short}`, values: computeSma(bars.close, short) }, { name: `SMA ${long}`, values: computeSma(bars.close, long) }] : [];
    case 'ema_crossover':
      return short && long ? [{ name: `EMA ${short}`, values: computeEma(bars.close, short) }, { name: `EMA ${long}`, values: computeEma(bars.close, long) }] : [];
    case 'bollinger_bands': {
      if (!period || stdDev === undefined) return [];
      const bands = computeBollingerBands(bars.close, period, stdDev);
      return [{ name: `Upper band`, values: bands.upper }, { name: `SMA ${period}`, values: bands.middle }, { name: `Lower band`, values: bands.lower }];
    }
    case 'donchian_breakout': {
      if (!period || !exitPeriod) return [];
      return [
        { name: `${period}-bar high`, values: computeDonchianChannel(bars.high, bars.low, period).upper },
        { name: `${exitPeriod}-bar low`, values: computeDonchianChannel(bars.high, bars.low, exitPeriod).lower },
      ];
    }
    default:
      return [];
  }
}

/** An oscillator a strategy trades on, drawn in its own panel under the price: its lines and the levels it acts at. */
export interface OscillatorPanel {
  title: string;
  lines: IndicatorLine[];
  /** Horizontal lines: RSI's entry and exit levels, MACD's and momentum's zero. */
  levels: number[];
}

/** The oscillator of RSI, MACD and momentum strategies, from the same indicator functions they use; null for the rest. */
export function oscillatorIndicator(strategy: string, params: StrategyParams, bars: PriceColumns): OscillatorPanel | null {
  const { period, lower, upper, fast, slow, signal, lookback } = params;
  switch (strategy) {
    case 'rsi_mean_reversion':
      return period && lower !== undefined && upper !== undefined
        ? { title: `RSI ${period}`, lines: [{ name: `RSI ${period}`, values: computeRsi(bars.close, period) }], levels: [lower, upper] }
        : null;
    case 'macd': {
      if (!fast || !slow || !signal) return null;
      const macd = computeMacd(bars.close, fast, slow, signal);
      return { title: `MACD ${fast}/${slow}/${signal}`, lines: [{ name: 'MACD', values: macd.line }, { name: 'Signal', values: macd.signal }], levels: [0] };
    }
    case 'momentum':
      return lookback ? { title: `${lookback}-bar momentum`, lines: [{ name: `${lookback}-bar momentum`, values: computeMomentum(bars.close, lookback) }], levels: [0] } : null;
    default:
      return null;
  }
}
