import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from '../test_support/spec_of.js';

/**
 * A request written as a config line, "key=value" after "key=value": each key says what its value
 * sets, whatever words or numbers stand next to it (before: "tf=12h start=…" lost the bars, "bars=2h 2024"
 * read H2 2024, "rank=sortino" and "sym=spy" were ignored, "from=… to=…" made two periods).
 */
describe('bars named by a key', () => {
  it.each([
    ['strat=donchian entry=40 exit=15 sym=btc tf=12h start=2024-03-01 end=2025-06-30 fees=5bps', '12h'],
    ['strategy=macd ticker=btc interval=1h start=2024-06-01 end=2024-12-31', '1h'],
    ['strat=rsi pair=eth bar=6h 2024', '6h'],
    ['strat=rsi pair=btc bars=2h 2024', '2h'],
    ['strategy=momentum sym=spy resolution=1d 2015-2020', '1d'],
    ['sma sym=btc timeframe: 4h 2024', '4h'],
    ['sma on btc 2024 interval=hourly', '1h'],
  ])('"%s" → %s', (text, interval) => {
    expect(specOf(text).interval).toBe(interval);
  });

  it('keeps the whole year after a keyed size ("bars=2h 2024" is not H2 2024)', () => {
    expect(specOf('strat=rsi pair=btc bars=2h 2024').date_range).toEqual({ start: '2024-01-01', end: '2024-12-31' });
  });

  it('must not change: a length of something else in the writer\'s day is still no interval', () => {
    expect(specOf('I work 12-hour shifts, sma on btc 2022').interval).toBeUndefined();
  });
});

describe('the ranking named by a key', () => {
  it.each([
    ['opt bollinger sym=qqq 2012-01-01:2022-12-31 constraint: sharpe>0.9, maxdd>=-25% rank=sortino', 'sortino_ratio'],
    ['strategy=macd ticker=btc 2023 rank_by=calmar', 'calmar_ratio'],
    ['strat=rsi pair=btc 2024 sort_by=total_return', 'total_return'],
    ['strat=rsi pair=eth 2024 sort=sortino', 'sortino_ratio'],
    ['strategy=momentum sym=spy 2015-2020 objective=cagr', 'cagr'],
    ['strategy=momentum sym=spy 2015-2020 metric=calmar', 'calmar_ratio'],
    ['strategy=ema sym=btc 2022 order_by=sortino', 'sortino_ratio'],
  ])('"%s" → %s', (text, metric) => {
    expect(specOf(text).rank_by).toBe(metric);
  });

  it('must not change: a keyed metric with a threshold is a target', () => {
    const spec = specOf('sma on btc 2022 metric: sharpe > 1');
    expect(spec.targets).toEqual({ sharpe_ratio: { operator: '>', value: 1 } });
  });
});

describe('the other keys of a config line', () => {
  it.each([
    ['strategy=momentum sym=spy 2015-2020', ['SPY']],
    ['strategy=sma ticker: gld 2019', ['GLD']],
    ['sma 20/50 sym=tsla 2020', ['TSLA']],
  ])('"%s" trades %j', (text, symbols) => {
    expect(specOf(text).symbols).toEqual(symbols);
  });

  it('reads "from=" and "to=" as one range', () => {
    expect(specOf('strategy=sma symbol=eth timeframe=4h from=2024-02-01 to=2025-01-31').date_range).toEqual({ start: '2024-02-01', end: '2025-01-31' });
  });

  it.each([
    ['strategy=bollinger sym=gld 2019 cash=5000', 5_000],
    ['strategy=sma sym=aapl 2019 equity=50000', 50_000],
  ])('"%s" starts with %d', (text, capital) => {
    expect(specOf(text).initial_capital).toBe(capital);
    expect(userStrategiesOf(text).every((strategy) => strategy.params === undefined)).toBe(true);
  });

  it.each([
    ['strategy=sma sym=aapl 2019 short=true', true],
    ['strategy=sma sym=aapl short=true 2019', true],
    ['strategy=sma sym=aapl 2019 allow_short=1', true],
    ['strategy=sma sym=aapl 2019 allow_short=0', false],
    ['sma on aapl 2019 shorting: no', false],
  ])('"%s" → allow_short %s', (text, allowed) => {
    expect(specOf(text).allow_short).toBe(allowed);
  });

  it('must not change: the switch written in words', () => {
    expect(specOf('sma on btc 2022, shorts on').allow_short).toBe(true);
    expect(specOf('sma on btc 2022, allow shorting').allow_short).toBe(true);
  });
});
