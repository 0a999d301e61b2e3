import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

const EMA_ON_RIPPLE = ["I'm a cleaner, just trying to learn. Ema crossover on ripple since 2022?"];

describe('costs said as what comes off each trade', () => {
  it.each([
    ["and could you knock off a tenth of a percent per trade for the broker's fee", 10],
    ['take 0.2% off each trade for commission', 20],
    ['charge me 5 bps a trade', 5],
    ['the broker takes a tenth of a percent', 10],
    ['knock 0.1% off every trade for fees', 10],
    ['take off about 0.15% per trade', 15],
    ['my broker charges me 0.3% per trade', 30],
    ['shave off 2 bps a trade for the exchange fee', 2],
  ] as const)('follow-up "%s" → fees %d bps, the run kept', (text, bps) => {
    const spec = specOf(text, EMA_ON_RIPPLE);
    expect(spec.fees_bps).toBe(bps);
    expect(spec.symbols).toEqual(['XRP']);
    expect(spec.strategies.filter((strategy) => !strategy.baseline).map((strategy) => strategy.name)).toEqual(['ema_crossover']);
    expect(spec.date_range?.start).toBe('2022-01-01');
  });

  it('in a first request too', () => {
    expect(specOf('sma 20/50 on btc 2022, knock off 0.1% per trade for fees').fees_bps).toBe(10);
    expect(specOf('rsi on eth 2021, the exchange takes 0.075% per trade').fees_bps).toBe(7.5);
  });

  it('the noun after the amount may name slippage', () => {
    expect(specOf('shave off 5 bps a trade for slippage', EMA_ON_RIPPLE).slippage_bps).toBe(5);
  });

  it('must not change: a share of something else, or a cost already read', () => {
    expect(specOf('sma 20/50 on btc 2022, the broker takes 10% of the profits').fees_bps).toBe(10);
    expect(specOf('sma 20/50 on btc 2022, fees 0.2% per trade').fees_bps).toBe(20);
    expect(specOf('sma 20/50 on btc 2022, take 5% off the top').fees_bps).toBe(10);
    expect(specOf('my broker charges 0.1% per trade, sma 20/50 on btc 2022').fees_bps).toBe(10);
  });
});
