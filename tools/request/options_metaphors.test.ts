import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { PHRASE_TEST_TODAY, specOf, userStrategiesOf } from './test_support/spec_of.js';

function errorCodeOf(text: string, history: string[] = []): string | undefined {
  const outcome = parseRequest(text, { today: PHRASE_TEST_TODAY, history });
  return outcome.ok ? undefined : outcome.error.code;
}

describe('options words the writer explains as a strategy here: that strategy runs on the symbol, with a note', () => {
  it('"selling strangles: fade the bands on QQQ. Bollinger 20-period at 2.5 sigma"', () => {
    const spec = specOf("Basically I'm selling strangles: fade the bands on QQQ. Bollinger 20-period at 2.5 sigma, 2016 through 2019.");
    expect(spec.symbols).toEqual(['QQQ']);
    expect(userStrategiesOf("Basically I'm selling strangles: fade the bands on QQQ. Bollinger 20-period at 2.5 sigma, 2016 through 2019.")).toEqual([{ name: 'bollinger_bands', params: { period: 20, std_dev: 2.5 } }]);
    expect(spec.notes).toContain("read 'strangles' as a figure of speech: options are not simulated, so bollinger_bands runs on QQQ itself");
  });

  it('"my \'iron condor\' on ETH (really it\'s just rsi mean reversion with the wings at 25 and 75), opening Jan 2021 and expiring end of 2023"', () => {
    const text = "run my 'iron condor' on ETH (really it's just rsi mean reversion with the wings at 25 and 75), opening Jan 2021 and expiring end of 2023";
    expect(userStrategiesOf(text)).toEqual([{ name: 'rsi_mean_reversion', params: { lower: 25, upper: 75 } }]);
    expect(specOf(text).date_range).toEqual({ start: '2021-01-01', end: '2023-12-31' });
  });

  it('"buying calls on breakouts: donchian 55 to get in, 20 to get out … buy puts on breakdowns too, i.e. go short"', () => {
    const text = "I'm buying calls on breakouts: donchian 55 to get in, 20 to get out, BTC, 2019 to 2021. And let it buy puts on breakdowns too, i.e. go short.";
    const spec = specOf(text);
    expect(userStrategiesOf(text)).toEqual([{ name: 'donchian_breakout', params: { period: 55, exit_period: 20 } }]);
    expect(spec.allow_short).toBe(true);
  });

  it.each([
    ['run a straddle on BTC, I mean the donchian breakout 20/10, for 2023', 'donchian_breakout'],
    ['buying calls on breakouts, i.e. donchian 20/10 on BTC 2021', 'donchian_breakout'],
    ['I run the wheel: RSI 30/70 on AAPL 2020', 'rsi_mean_reversion'],
    ['my covered calls are just bollinger bands on SPY 2019', 'bollinger_bands'],
    ['selling strangles on QQQ, aka bollinger 20/2, 2018', 'bollinger_bands'],
  ])('"%s"', (text, strategy) => {
    expect(userStrategiesOf(text).map(({ name }) => name)).toEqual([strategy]);
    expect(specOf(text).notes?.some((note) => note.includes('options are not simulated'))).toBe(true);
  });

  it('a follow-up: "let it buy puts on breakdowns too, i.e. go short" shorts the conversation\'s strategy', () => {
    const spec = specOf('let it buy puts on breakdowns too, i.e. go short', ['sma 20/50 on btc 2023']);
    expect(spec.allow_short).toBe(true);
    expect(spec.strategies.map(({ name }) => name)).toContain('sma_crossover');
  });

  it('after such a history, "now roll it forward to 2024, same strikes" keeps the strategy and the short side', () => {
    const spec = specOf('now roll it forward to 2024, same strikes', ['run a straddle on BTC, I mean the donchian breakout 20/10, for 2023', 'let it go short too']);
    expect(spec.strategies.filter((strategy) => !strategy.baseline)).toEqual([{ name: 'donchian_breakout', params: { period: 20, exit_period: 10 } }]);
    expect(spec.date_range).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(spec.allow_short).toBe(true);
  });
});

describe('must not change: options asked for as such are refused', () => {
  it.each([
    'Backtest selling 30-delta puts on SPY every month, 2019-2023. Want to see how it did through covid.',
    'Not sure this is even possible, but can you backtest a covered call strategy on SPY? Like selling monthly calls against the shares. Would be super helpful.',
    // A strategy beside the options, but not what they are said to mean.
    "run RSI on SPY and sell puts when it's oversold, 2020",
    'sma crossover on SPY 2020 with covered calls on top',
    // A marker, but what follows it is more options, or no strategy.
    'macd on spy 2020 — sell puts: 30 delta',
    'iron condor on SPY 2020: 10 delta wings, monthly',
    'selling puts on SPY: i.e. collecting premium, 2020',
    'straddle on BTC 2023, compare with buy and hold',
    // Buy and hold is what options are compared with, never what they mean.
    'sell covered calls on SPY: compare against buy and hold 2020',
    // The strategy only times the options, which are still traded.
    'Backtest selling covered calls on AAPL: RSI 14 decides when to write them, 2020-2024',
    'buying calls on SPY: the sma crossover says when to buy the calls, 2020',
  ])('"%s"', (text) => {
    expect(errorCodeOf(text)).toBe('unsupported_rule');
  });
});
