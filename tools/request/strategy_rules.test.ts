import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { userStrategiesOf } from './test_support/spec_of.js';
import { notesOf as notesRead, strategiesOf as strategiesRead } from './test_support/strategies_of.js';

const TODAY = '2025-11-20';

function parsed(text: string, history: string[] = []) {
  return parseRequest(text, { today: TODAY, history });
}

const strategiesOf = (text: string) => strategiesRead(text, TODAY);
const notesOf = (text: string) => notesRead(text, TODAY);

describe('a breakout named by the extremes it trades', () => {
  it.each([
    ['buy when price closes above the 20-day high, sell when it breaks the 10-day low. BTC 2020', { period: 20, exit_period: 10 }],
    ['enter on a new 55-day high, exit on a 20-day low. BTC 2020', { period: 55, exit_period: 20 }],
    ["BNB: buy when it closes above the top of the last 30 days' range, get out when it drops below the 15-day low. 2021", { period: 30, exit_period: 15 }],
    ['ETH: buy on a close above the highest high of the past 40 bars, sell on a 20-day low. 2021', { period: 40, exit_period: 20 }],
  ])('"%s"', (text, params) => {
    expect(strategiesOf(text)).toEqual([{ name: 'donchian_breakout', params }]);
  });

  it('never reads the window of "the last 30 days\' range" as a date range', () => {
    const outcome = parsed("BNB: buy when it closes above the top of the last 30 days' range. 2020 through 2022");
    expect(outcome.ok && outcome.spec.date_range).toEqual({ start: '2020-01-01', end: '2022-12-31' });
  });

  it('buying a low is no breakout', () => {
    expect(strategiesOf('buy BTC at the 20-day low, 2021')).toEqual([]);
  });

  it('gives a named breakout its windows', () => {
    expect(strategiesOf('donchian on BTC: buy a new 40-day high, sell a 15-day low, 2021')).toEqual([{ name: 'donchian_breakout', params: { period: 40, exit_period: 15 } }]);
  });
});

describe('momentum named by comparing today with N bars ago', () => {
  it.each([
    ['Go long MSFT whenever it closes higher than it did 60 bars ago. 2012 to now.', 60],
    ["go long SPY when today's close is above the close 120 days back, 2010", 120],
    ['buy QQQ when the price is higher than 90 days earlier, 2015', 90],
  ])('"%s"', (text, lookback) => {
    expect(strategiesOf(text)).toEqual([{ name: 'momentum', params: { lookback } }]);
  });

  it.each([
    // Against the trend: no momentum, and the words are reported rather than run as something else.
    'buy SPY when it closes lower than 60 days ago',
    'go short SPY when it closes higher than 60 days ago',
  ])('never reads "%s" as momentum', (text) => {
    expect(strategiesOf(text)).not.toEqual([expect.objectContaining({ name: 'momentum' })]);
  });

  it('sets the lookback of momentum named beside it, and is no filter on another strategy', () => {
    expect(strategiesOf('momentum on SPY: long when the close is above the close 90 days ago, 2020')).toEqual([{ name: 'momentum', params: { lookback: 90 } }]);
    expect(strategiesOf('rsi on SPY, buy only when the close is above the close 200 days ago, 2020')).toEqual([{ name: 'rsi_mean_reversion' }]);
  });
});

describe('a crossover named by its two averages crossing', () => {
  it.each([
    ['buy AAPL when the 20 day average crosses above the 50 day, 2018', { name: 'sma_crossover', params: { short: 20, long: 50 } }],
    ['buy SPY when the 50-day moving average crosses above the 200-day moving average', { name: 'sma_crossover', params: { short: 50, long: 200 } }],
    ['sell SPY when the 10 day ema crosses under the 30 day, 2020', { name: 'ema_crossover', params: { short: 10, long: 30 } }],
    // The windows go by meaning: the shorter is the short one whichever is written first.
    ['buy SPY when the 200 day average falls below the 50 day, 2020', { name: 'sma_crossover', params: { short: 50, long: 200 } }],
  ])('"%s"', (text, strategy) => {
    expect(strategiesOf(text)).toEqual([strategy]);
  });

  it('buying as the shorter average crosses below is the opposite strategy: noted, never run as a crossover', () => {
    const text = 'buy SPY when the 50 day ema crosses below the 200 day ema, 2020';
    expect(strategiesOf(text)).toEqual([]);
    expect(notesOf(text).join(' ')).toContain('opposite of a crossover');
  });

  it('holding named as one side of a comparison is run, as a yardstick it is the baseline', () => {
    expect(strategiesOf('compare buying when the 20 day average crosses above the 50 day against just holding it. AAPL, 2016-2019'))
      .toEqual([{ name: 'sma_crossover', params: { short: 20, long: 50 } }, { name: 'buy_and_hold' }]);
    expect(strategiesOf('does the golden cross on SPY beat just holding it since 2000?')).toEqual([{ name: 'sma_crossover', params: { short: 50, long: 200 } }]);
  });
});

describe('RSI named by buying oversold and selling overbought', () => {
  it('reads the rule as RSI mean reversion', () => {
    expect(strategiesOf("buy ETH when it's oversold, sell when it's overbought. 2021-2023")).toEqual([{ name: 'rsi_mean_reversion' }]);
  });

  it('buying overbought is no RSI rule', () => {
    expect(strategiesOf("buy ETH when it's overbought, 2021")).toEqual([]);
  });
});

describe('RSI levels named by the trade made beyond them', () => {
  it.each([
    ['RSI on SOL, period 14, buy when it is below 25, sell when above 75. 2023', { period: 14, lower: 25, upper: 75 }],
    ['rsi 2 period buy under 5 sell ovr 95 on qqq from 2018', { period: 2, lower: 5, upper: 95 }],
    ["buy AAPL when RSI(14) dips under 25 and sell once it's back above 75? 2010-2020", { period: 14, lower: 25, upper: 75 }],
    ['rsi on SPY, buy once the rsi drops below 20 and sell when it rises above 80, 2020', { lower: 20, upper: 80 }],
    ['xrp oversold bounce since 2021, buy <30 sell >70', { lower: 30, upper: 70 }],
  ])('"%s"', (text, params) => {
    expect(strategiesOf(text)).toEqual([{ name: 'rsi_mean_reversion', params }]);
  });

  it('buying above and selling below name no level', () => {
    expect(strategiesOf('rsi on spy buy above 70 sell below 30, 2020')).toEqual([{ name: 'rsi_mean_reversion' }]);
  });
});

describe('a band counted in bars is the window, never a level', () => {
  it('reads "the lower band of a 20 period 2 sd bollinger" as period 20 and 2 deviations', () => {
    expect(strategiesOf('doge: buy when it tags the lower band of a 20 period 2 sd bollinger, sell at the upper band. 2021'))
      .toEqual([{ name: 'bollinger_bands', params: { period: 20, std_dev: 2 } }]);
  });

  it('keeps "period" naming the value after it when that value has no name of its own', () => {
    expect(strategiesOf('rsi upper 80 period 10 lower 20 on spy, 2020')).toEqual([{ name: 'rsi_mean_reversion', params: { upper: 80, period: 10, lower: 20 } }]);
  });
});

describe('strategy names in chat spelling', () => {
  it.each([
    ['golden cros on spy since 2015', "read 'cros' as 'cross'"],
    ['death cros on qqq 2008 thru 2012', "read 'cros' as 'cross'"],
    ['deth cross on qqq 2010', "read 'deth' as 'death'"],
  ])('"%s" is the golden/death cross, and the reading is noted', (text, note) => {
    expect(strategiesOf(text)).toEqual([{ name: 'sma_crossover', params: { short: 50, long: 200 } }]);
    expect(notesOf(text)).toContain(note);
  });

  it('reads a slip only beside the rest of the name, and never a different word', () => {
    expect(strategiesOf('golden cows on spy 2020')).toEqual([]);
    expect(strategiesOf('ema crossing on spy 2020')).toEqual([{ name: 'ema_crossover' }]);
  });

  it('reads a window joined to its average ("20sma 50sma cross")', () => {
    expect(strategiesOf('q1 2023 etherium 20sma 50sma cross 10bps fee')).toEqual([{ name: 'sma_crossover', params: { short: 20, long: 50 } }]);
    expect(strategiesOf('14rsi on eth 2022')).toEqual([{ name: 'rsi_mean_reversion', params: { period: 14 } }]);
  });
});

describe('a split that cannot be a strategy\'s settings is weights', () => {
  it('reads macd 50/50 after two symbols as their weights (fast equal to slow is no MACD)', () => {
    const outcome = parsed('macd on AAPL and MSFT 50/50 from 2015');
    expect(outcome.ok && outcome.spec.portfolio?.weights).toEqual({ AAPL: 0.5, MSFT: 0.5 });
    expect(outcome.ok && outcome.spec.strategies.filter((strategy) => !strategy.baseline)).toEqual([{ name: 'macd' }]);
  });

  it('still gives numbers a strategy can take to it', () => {
    expect(parsed('now 20/50', ['sma 10/30 on BTC 2022'])).toMatchObject({ ok: true, spec: { strategies: [{ name: 'sma_crossover', params: { short: 20, long: 50 } }, expect.anything()] } });
  });

  it('"half and half" is two halves, for two symbols only', () => {
    const outcome = parsed('enter on a new 55-day high, exit on a 20-day low. BTC and ETH, half and half, 2018-2022');
    expect(outcome.ok && outcome.spec.portfolio?.weights).toEqual({ BTC: 0.5, ETH: 0.5 });
    expect(parsed('sma on BTC, ETH and SOL, half and half, 2021')).toMatchObject({ ok: false, error: { code: 'bad_weights' } });
  });
});

describe('targets and tuning in chat words', () => {
  it.each([
    ['sma cross on gld since 2012 find windows w win rate ovr 55%', { win_rate: { operator: '>', value: 0.55 } }],
    ['sortino ovr 2 n at least 20 trades tune rsi on ltc 2022-2023', { sortino_ratio: { operator: '>', value: 2 }, num_trades: { operator: '>=', value: 20 } }],
    ['sma on SOL with Sharpe over 1.2 without ever sitting more than 30% under its peak. 2021-2024', { sharpe_ratio: { operator: '>', value: 1.2 }, max_drawdown: { operator: '>=', value: -0.3 } }],
    ['donchian on SOL 2022 - keep the equity curve from ever sinking more than a quarter below its peak', { max_drawdown: { operator: '>=', value: -0.25 } }],
  ])('"%s"', (text, targets) => {
    const outcome = parsed(text);
    expect(outcome.ok && outcome.spec.targets).toEqual(targets);
    expect(outcome.ok && outcome.spec.optimization_required).toBe(true);
  });

  it('"sitting" beside no peak is no drawdown', () => {
    const outcome = parsed('sma on SOL 2022 without ever sitting more than 30 days in cash');
    expect(outcome.ok && outcome.spec.targets).toEqual({});
  });

  it.each(['Q4 2024 only, ETH, dial in the macd settings', 'macd on ETH 2024, find settings that work', 'try a bunch of ema window combos on ETH for 2022-2024'])('"%s" asks for tuning', (text) => {
    const outcome = parsed(text);
    expect(outcome.ok && outcome.spec.optimization_required).toBe(true);
  });

  it("\"don't dial it in\" asks for none", () => {
    const outcome = parsed("macd on ETH 2024, don't dial it in");
    expect(outcome.ok && outcome.spec.optimization_required).toBe(false);
  });
});

describe('a channel named by the side it trades', () => {
  it.each([
    ['Classic turtle setup on BTC please: 55-day breakout to get in, 20-day channel to get out. 2018 thru 2022.', { period: 55, exit_period: 20 }],
    ['donchian on eth 2022, 30 day channel for entries and 10 day channel for exits', { period: 30, exit_period: 10 }],
    ['turtle on btc 2020, 15-day low to exit', { period: 20, exit_period: 15 }],
  ])('"%s"', (text, params) => {
    const strategies = userStrategiesOf(text);
    expect(strategies).toEqual([{ name: 'donchian_breakout', params }]);
  });
});
