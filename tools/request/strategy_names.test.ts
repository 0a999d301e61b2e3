import { describe, expect, it } from 'vitest';
import { isNeighbourSwap } from './fuzzy_names.js';
import { parseRequest } from './parse_request.js';
import { notesOf, strategiesOf } from './test_support/strategies_of.js';

describe('strategy acronyms mistyped by a swap', () => {
  it('reads two neighbouring letters swapped as the acronym, and says so', () => {
    expect(strategiesOf('mcad on BTC 2022')).toEqual([{ name: 'macd' }]);
    expect(notesOf('mcad on BTC 2022')).toContain("read 'mcad' as 'macd'");
  });

  it.each(['maid', 'mace', 'mach', 'mac'])('never reads "%s" (another edit) as MACD', (word) => {
    expect(strategiesOf(`${word} on BTC 2022`)).not.toEqual(expect.arrayContaining([{ name: 'macd' }]));
  });

  it('is exactly one swap of neighbours', () => {
    expect(isNeighbourSwap('mcad', 'macd')).toBe(true);
    expect(isNeighbourSwap('macd', 'macd')).toBe(false);
    expect(isNeighbourSwap('mdca', 'macd')).toBe(false);
    expect(isNeighbourSwap('amcd', 'macd')).toBe(true);
  });
});

describe('parameter groups beside a strategy', () => {
  it.each([
    // The kind of average and the word "crossover" name the strategy.
    ['a 50/200 exponential crossover on SPY', [{ name: 'ema_crossover', params: { short: 50, long: 200 } }]],
    ['simple cross 10/30 on BTC', [{ name: 'sma_crossover', params: { short: 10, long: 30 } }]],
    // Both numbers fit one crossover: its two windows.
    ['ema 9 vs 21 on SOL 2022', [{ name: 'ema_crossover', params: { short: 9, long: 21 } }]],
    ['sma 20 versus 50 on BTC 2022', [{ name: 'sma_crossover', params: { short: 20, long: 50 } }]],
    // A half-year label after the numbers is not an hour unit of the last one.
    ['ema 20/50 H2 2019 on BTC', [{ name: 'ema_crossover', params: { short: 20, long: 50 } }]],
    ['msft ema20/50 H2-2019', [{ name: 'ema_crossover', params: { short: 20, long: 50 } }]],
    // Words in the parentheses that say these are the usual numbers.
    ['MACD (standard 12/26/9) on SPY 2020', [{ name: 'macd', params: { fast: 12, slow: 26, signal: 9 } }]],
  ])('%s', (text, expected) => {
    expect(strategiesOf(text)).toEqual(expected);
  });

  it('a strategy named plainly, then again with its numbers, is one strategy with those numbers', () => {
    // Before, the plain mention stayed and the numbers were dropped with the second.
    expect(strategiesOf('a trend-following sleeve on QQQ: a 50/200 simple moving average crossover')).toEqual([{ name: 'sma_crossover', params: { short: 50, long: 200 } }]);
    expect(strategiesOf('sma crossover on BTC, sma 20/50 and sma 10/30')).toEqual([
      { name: 'sma_crossover', params: { short: 20, long: 50 } }, { name: 'sma_crossover', params: { short: 10, long: 30 } },
    ]);
  });

  it.each([
    ['momentum 30 vs 90 on BTC 2023', [{ name: 'momentum', params: { lookback: 30 } }, { name: 'momentum', params: { lookback: 90 } }]],
    // Not RSI's bands 14/21 nor Donchian's exit 55: two settings compared.
    ['rsi 14 vs 21 on BTC 2022', [{ name: 'rsi_mean_reversion', params: { period: 14 } }, { name: 'rsi_mean_reversion', params: { period: 21 } }]],
    ['donchian 20 vs 55 on BTC 2022', [{ name: 'donchian_breakout', params: { period: 20 } }, { name: 'donchian_breakout', params: { period: 55 } }]],
    ['rsi 14 versus 21 vs 28 on BTC 2022', [14, 21, 28].map((period) => ({ name: 'rsi_mean_reversion', params: { period } }))],
    // A single number fills the first free parameter: MACD's fast average.
    ['macd 12 vs 8 on BTC 2022', [{ name: 'macd', params: { fast: 12 } }, { name: 'macd', params: { fast: 8 } }]],
    // A decimal is a deviation, as "bollinger 2.5" alone is.
    ['bollinger 2.0 vs 2.5 on BTC 2022', [{ name: 'bollinger_bands', params: { std_dev: 2 } }, { name: 'bollinger_bands', params: { std_dev: 2.5 } }]],
    // Whole groups compare too: two crossovers, two MACDs, RSI's bands.
    ['sma 20/50 vs 10/30 on BTC 2022', [{ name: 'sma_crossover', params: { short: 20, long: 50 } }, { name: 'sma_crossover', params: { short: 10, long: 30 } }]],
    ['macd 12/26/9 vs 8/17/9 on BTC 2022', [{ name: 'macd', params: { fast: 12, slow: 26, signal: 9 } }, { name: 'macd', params: { fast: 8, slow: 17, signal: 9 } }]],
    ['rsi 30/70 vs 20/80 on BTC 2022', [{ name: 'rsi_mean_reversion', params: { lower: 30, upper: 70 } }, { name: 'rsi_mean_reversion', params: { lower: 20, upper: 80 } }]],
    // Numbers after the compared settings belong to each of them.
    ['rsi 14 vs 21 with 30/70 bands on BTC 2022', [14, 21].map((period) => ({ name: 'rsi_mean_reversion', params: { period, lower: 30, upper: 70 } }))],
  ])('numbers joined by "vs" compare settings of one strategy: %s', (text, expected) => {
    expect(strategiesOf(text)).toEqual(expected);
    expect(notesOf(text)).toEqual([]);
  });

  it('"vs" then another strategy still compares the two strategies', () => {
    expect(strategiesOf('momentum 30 vs 90 vs rsi on BTC 2022')).toEqual([
      { name: 'momentum', params: { lookback: 30 } }, { name: 'momentum', params: { lookback: 90 } }, { name: 'rsi_mean_reversion' },
    ]);
  });

  it.each([
    // A crossover's single numbers are its windows: three of them fit no crossover.
    ['ema 9 vs 21 vs 50 on BTC 2022', { name: 'ema_crossover', params: { short: 9 } }, "'21', '50'"],
    // Groups of different lengths, or filling different parameters, are no settings compared.
    ['sma 20/50 vs 10 on BTC 2022', { name: 'sma_crossover', params: { short: 20, long: 50 } }, "'10'"],
    ['bollinger 20 vs 2.5 on BTC 2022', { name: 'bollinger_bands', params: { period: 20 } }, "'2.5'"],
  ])('says what it could not read where "vs" joins numbers that compare nothing: %s', (text, strategy, unread) => {
    expect(strategiesOf(text)).toEqual([strategy]);
    expect(notesOf(text).join(' ')).toContain(unread);
  });
});

describe('a parameter\'s name written right after the strategy\'s name fills that parameter', () => {
  it.each([
    // Before, "std" ended the name ("bollinger std bands") and the 2 became the period.
    ['bollinger std 2 on ETH 2023', { name: 'bollinger_bands', params: { std_dev: 2 } }],
    ['bollinger std dev 2.5 on ETH 2023', { name: 'bollinger_bands', params: { std_dev: 2.5 } }],
    ['bollinger sd 2 on ETH 2023', { name: 'bollinger_bands', params: { std_dev: 2 } }],
    ['bollinger sigma 2 on ETH 2023', { name: 'bollinger_bands', params: { std_dev: 2 } }],
    ['bollinger standard deviation 2 on ETH 2023', { name: 'bollinger_bands', params: { std_dev: 2 } }],
    ['bollinger bands std 2 on ETH 2023', { name: 'bollinger_bands', params: { std_dev: 2 } }],
    ['bollinger std 2 period 20 on ETH 2023', { name: 'bollinger_bands', params: { std_dev: 2, period: 20 } }],
    // The name written after the value, as before.
    ['bollinger 2 std on ETH 2023', { name: 'bollinger_bands', params: { std_dev: 2 } }],
    ['bollinger 2.5 standard deviations on ETH 2023', { name: 'bollinger_bands', params: { std_dev: 2.5 } }],
    // Before, "rsi length" was read as a parameter's name and the strategy was lost.
    ['rsi length 14 on BTC 2023', { name: 'rsi_mean_reversion', params: { period: 14 } }],
    ['rsi period 14 on BTC 2023', { name: 'rsi_mean_reversion', params: { period: 14 } }],
    ['macd signal 9 on BTC 2023', { name: 'macd', params: { signal: 9 } }],
    ['donchian exit 20 on BTC 2023', { name: 'donchian_breakout', params: { exit_period: 20 } }],
    ['donchian channel exit 10 on BTC 2023', { name: 'donchian_breakout', params: { exit_period: 10 } }],
    ['momentum lookback 60 on BTC 2023', { name: 'momentum', params: { lookback: 60 } }],
    ['ema fast 9 slow 21 on BTC 2023', { name: 'ema_crossover', params: { short: 9, long: 21 } }],
  ])('%s', (text, strategy) => {
    expect(strategiesOf(text)).toEqual([strategy]);
    expect(notesOf(text)).toEqual([]);
  });
});

describe('unnamed numbers, then a parameter\'s name with its own value', () => {
  it.each([
    // Before, the last unnamed number took the name after it and the name's own value was ignored.
    ['macd 12 26 signal 9 on BTC 2023', { name: 'macd', params: { fast: 12, slow: 26, signal: 9 } }],
    ['bollinger 20 std 2 on ETH 2023', { name: 'bollinger_bands', params: { period: 20, std_dev: 2 } }],
    ['sma 10 long 50 on BTC 2023', { name: 'sma_crossover', params: { short: 10, long: 50 } }],
    ['donchian 20 day exit 10 on BTC 2023', { name: 'donchian_breakout', params: { period: 20, exit_period: 10 } }],
    // Names written after their values keep them.
    ['donchian 40 entry 15 exit on LTC 2023', { name: 'donchian_breakout', params: { period: 40, exit_period: 15 } }],
    ['bollinger 20 2 std on ETH 2023', { name: 'bollinger_bands', params: { period: 20, std_dev: 2 } }],
  ])('%s', (text, strategy) => {
    expect(strategiesOf(text)).toEqual([strategy]);
    expect(notesOf(text)).toEqual([]);
  });
});

describe('numbers after RSI\'s level words are levels', () => {
  it.each([
    ['rsi thresholds 25/75 on BTC 2023', { name: 'rsi_mean_reversion', params: { lower: 25, upper: 75 } }],
    ['rsi levels 30/70 vs 20/80 on BTC 2023', [{ lower: 30, upper: 70 }, { lower: 20, upper: 80 }]],
    ['rsi bands 14 30 70 on BTC 2023', { name: 'rsi_mean_reversion', params: { period: 14, lower: 30, upper: 70 } }],
  ])('%s', (text, expected) => {
    const strategies = Array.isArray(expected) ? expected.map((params) => ({ name: 'rsi_mean_reversion', params })) : [expected];
    expect(strategiesOf(text)).toEqual(strategies);
  });

  it.each(['rsi threshold 25 on BTC 2023', 'rsi level 25 on BTC 2023'])('leaves a lone level, which one unsaid, unread and says so: %s', (text) => {
    // Before, the 25 silently became the RSI's period.
    expect(strategiesOf(text)).toEqual([{ name: 'rsi_mean_reversion' }]);
    expect(notesOf(text)).toContain("ignored: '25'");
  });
});

describe('short forms traders write', () => {
  it('"all strats" is every strategy; "30 len" is a period of 30', () => {
    expect(strategiesOf('run all strats on doge in 2024')).toHaveLength(7);
    expect(strategiesOf('bollinger 2.5 sd, 30 len on gld 2024')).toEqual([{ name: 'bollinger_bands', params: { std_dev: 2.5, period: 30 } }]);
  });

  it('"maxdd" is the maximum drawdown', () => {
    const outcome = parseRequest('optimise ema on btc 2020-2024, maxdd <= 20%', { today: '2026-11-24' });
    expect(outcome.ok && outcome.spec.targets).toEqual({ max_drawdown: { operator: '>=', value: -0.2 } });
  });

  it('"1M" is a million, not one-minute bars', () => {
    const outcome = parseRequest('split 1M between btc and eth equally since 2021', { today: '2026-11-24' });
    expect(outcome.ok && outcome.spec.initial_capital).toBe(1_000_000);
    expect(outcome.ok && outcome.spec.interval).toBeUndefined();
  });
});

describe('parameters named in plain words, as round ten wrote them', () => {
  it.each([
    // Before, the window was dropped and only the width kept.
    ['Bollinger on SOL 2022, 20-day bands at 2 standard deviations', { name: 'bollinger_bands', params: { period: 20, std_dev: 2 } }],
    ['Bollinger on GLD 2022, period of 30 days and 2.5 of standard deviation', { name: 'bollinger_bands', params: { period: 30, std_dev: 2.5 } }],
    ['donchian with a 55-day channel on BTC 2022', { name: 'donchian_breakout', params: { period: 55 } }],
    ['RSI on BTC 2022 with period 21 and the borders 25 and 75', { name: 'rsi_mean_reversion', params: { period: 21, lower: 25, upper: 75 } }],
    ['EMA cross on BNB 2022 with the quick line at 8 and the slow line at 34', { name: 'ema_crossover', params: { short: 8, long: 34 } }],
    ['Bollinger on AAPL 2022, lookback fixed at 20', { name: 'bollinger_bands', params: { period: 20 } }],
    // As Spanish or French build it: "cruce de medias".
    ['the strategy of cross of averages 10 and 30 on ETH 2022', { name: 'sma_crossover', params: { short: 10, long: 30 } }],
    ['crossing of the moving averages 20 and 50 on BTC 2021', { name: 'sma_crossover', params: { short: 20, long: 50 } }],
  ])('%s', (text, strategy) => {
    expect(strategiesOf(text)).toEqual([strategy]);
  });

  it('"bands at 2" alone is no window: a window needs its bar unit', () => {
    expect(strategiesOf('Bollinger on SOL 2022, bands at 2 standard deviations')).toEqual([{ name: 'bollinger_bands', params: { std_dev: 2 } }]);
  });
});

describe('buy and hold written as a purchase, and holding as the yardstick', () => {
  it.each([
    ['if I buy the Solana and hold from 2021 to 2022, and compare to momentum lookback 30', [{ name: 'buy_and_hold' }, { name: 'momentum', params: { lookback: 30 } }]],
    ['what if I had just bought Bitcoin at the start of 2018 and sat on it until the end of 2019, compared to a 20/50 SMA crossover',
      [{ name: 'buy_and_hold' }, { name: 'sma_crossover', params: { short: 20, long: 50 } }]],
  ])('%s', (text, strategies) => {
    expect(strategiesOf(text)).toEqual(strategies);
  });

  it('"and hold" needs a purchase earlier in its sentence, and is no pause ("hold on")', () => {
    const sma = [{ name: 'sma_crossover', params: { short: 20, long: 50 } }];
    expect(strategiesOf('buy on SMA 20/50 crosses, BTC 2022. And hold your horses, use 15 bps')).toEqual(sma);
    expect(strategiesOf('buy on SMA 20/50 crosses, BTC 2022 and hold on, use 15 bps')).toEqual(sma);
  });

  it('"beaten simply holding QQQ", "instead of holding": the baseline every run has, read without a note', () => {
    for (const text of ['Would a 3-day RSI with 15/85 bands have beaten simply holding QQQ in 2020?', 'a 10/40 EMA cross on ADA in 2021 instead of holding']) {
      expect(notesOf(text).filter((note) => note.startsWith('ignored'))).toEqual([]);
      expect((strategiesOf(text) as unknown[]).length).toBe(1);
    }
  });
});

describe('shorthand and wordings of round eleven', () => {
  it('"ema 5 & 13": an ampersand joins a strategy\'s numbers', () => {
    expect(strategiesOf('bnb ema 5 & 13 2022')).toEqual([{ name: 'ema_crossover', params: { short: 5, long: 13 } }]);
  });

  it.each([
    ['an RSI with a 14-day period, buying below 35 and selling above 65, on SPY 2016', { name: 'rsi_mean_reversion', params: { period: 14, lower: 35, upper: 65 } }],
    ['Donchian on ETH 2021, with 30 days for the entry and 15 days for the exit', { name: 'donchian_breakout', params: { period: 30, exit_period: 15 } }],
    // "mobile averages": moving averages, in French and Spanish.
    ['the crossing of the exponential mobile averages 12 and 50 on SOL 2023', { name: 'ema_crossover', params: { short: 12, long: 50 } }],
    ['mobile averages 20 and 60 on BTC 2022', { name: 'sma_crossover', params: { short: 20, long: 60 } }],
    ["if I'd bought Litecoin in 2018 and never sold until the end of 2022", { name: 'buy_and_hold' }],
  ])('%s', (text, strategy) => {
    expect(strategiesOf(text)).toEqual([strategy]);
  });

  it('"whether the crossover held up" is no buy and hold', () => {
    expect(strategiesOf('check whether a 21/55 EMA crossover on LTC held up between July 2019 and June 2021')).toEqual([{ name: 'ema_crossover', params: { short: 21, long: 55 } }]);
  });
});

describe('shorthand and wordings of round twelve', () => {
  it.each([
    ['Channel breakout (Donchian) with a 20-session entry and 10-session exit on GLD 2012', { name: 'donchian_breakout', params: { period: 20, exit_period: 10 } }],
    ['the breakout of Donchian on LTC, with a channel of 20 days and the exit on 10 days, 2022', { name: 'donchian_breakout', params: { period: 20, exit_period: 10 } }],
    // Portuguese calls the RSI "IFR" (índice de força relativa); it was read as an unknown ticker.
    ['the strategy of IFR with period 14 on AAPL since 2019', { name: 'rsi_mean_reversion', params: { period: 14 } }],
  ])('%s', (text, strategy) => {
    expect(strategiesOf(text)).toEqual([strategy]);
  });

  it('typos with two letters swapped, or a letter dropped, still reach the grammar\'s words', () => {
    const outcome = parseRequest('momentm 45 on gld sicne 2020, rank by sortion', { today: '2026-11-24' });
    expect(outcome.ok && [outcome.spec.date_range, outcome.spec.rank_by]).toEqual([{ start: '2020-01-01', end: '2026-11-24' }, 'sortino_ratio']);
    // Before, "take proft" was left unread and the run went ahead without the exit.
    const takeProfit = parseRequest('rsi 14 30/70 on btc w/ a 10% take proft? jan-jun 2023', { today: '2026-11-24' });
    expect(takeProfit.ok ? takeProfit.spec : takeProfit.error.code).toBe('unsupported_rule');
    const months = parseRequest('sma 10/30 doge last 6 mnths', { today: '2026-11-24' });
    expect(months.ok && months.spec.date_range).toEqual({ start: '2026-05-24', end: '2026-11-24' });
    // "monthly" is its own word, not a misspelled "months".
    const monthly = parseRequest('monthly bars for SPY, sma 10/20, since 2000', { today: '2026-11-24' });
    expect(monthly.ok ? monthly.spec : monthly.error.code).toBe('bad_interval');
  });

  it('"a minimum of 30 round trips" and "max DD constraint of 40%" are targets', () => {
    const outcome = parseRequest('RSI(5) on ETH 2021-2022; max DD constraint of 40%; a minimum of 30 round trips', { today: '2026-11-24' });
    expect(outcome.ok && outcome.spec.targets).toEqual({ max_drawdown: { operator: '>=', value: -0.4 }, num_trades: { operator: '>=', value: 30 } });
  });
});

describe('strategies named by what they draw, set aside with "not", or with a remark in the brackets', () => {
  it.each([
    ['rsi on spy 2019, not sma', [{ name: 'rsi_mean_reversion' }]],
    ['not sma but rsi on spy 2019', [{ name: 'rsi_mean_reversion' }]],
    ['not bollinger, the other one with the channels: gold, 55 day entry / 20 day exit, 2015', [{ name: 'donchian_breakout', params: { period: 55, exit_period: 20 } }]],
    ['the one with the bands on spy 2020', [{ name: 'bollinger_bands' }]],
    ['the exponential-average crossover (12 and 26 days, which I gather are customary) on MSFT, 2010', [{ name: 'ema_crossover', params: { short: 12, long: 26 } }]],
    ['which pair of fast and slow exponential averages works on QQQ from 2000 to 2010', [{ name: 'ema_crossover' }]],
  ])('"%s" (before: SMA run, bollinger run, or the numbers ignored)', (text, strategies) => {
    expect(strategiesOf(text)).toEqual(strategies);
  });
});

describe('a breakout\'s channels written as the extreme a close breaks', () => {
  it.each([
    ['Try a thirty-day breakout channel on litecoin, exiting on a fifteen-day low, 2020', { period: 30, exit_period: 15 }],
    ['donchian on BTC 2022: buy a new 55-day high, sell on a 20-day low', { period: 55, exit_period: 20 }],
    ['turtle on gold 2015, entry on the 40 day high and exit at the 15-day low', { period: 40, exit_period: 15 }],
  ])('"%s" (before: the exit was ignored)', (text, params) => {
    expect(strategiesOf(text)).toEqual([{ name: 'donchian_breakout', params }]);
  });

  it('a low after a buying word is no exit', () => {
    expect(notesOf('rsi on spy 2020, buy the 20-day low').join(' ')).toContain("ignored: '20', 'low'");
  });
});

describe('RSI levels written as where to buy and sell', () => {
  it.each([
    ['rsi 14 on spy 2020, buy at 25 and sell at 75', { period: 14, lower: 25, upper: 75 }],
    ['the strategy of IFR of 14 periods, buying in 30 and selling in 70, on AAPL since 2019', { period: 14, lower: 30, upper: 70 }],
  ])('"%s" (before: the levels were ignored)', (text, params) => {
    expect(strategiesOf(text)).toEqual([{ name: 'rsi_mean_reversion', params }]);
  });

  it('a year after "buy in" is a date, never a level', () => {
    expect(strategiesOf('sma on btc, buy in 2020 and sell in 2022')).toBe('several_periods');
  });
});

describe('a date written with slashes after the parameters ends their list', () => {
  it.each([
    ["btc sma 20 60, 10/19/2020 through 04/30/2021", [{ name: 'sma_crossover', params: { short: 20, long: 60 } }]],
    ['Please run gold with bollinger 30 1.5 from 04/15/2020 to 11/30/2022.', [{ name: 'bollinger_bands', params: { period: 30, std_dev: 1.5 } }]],
  ])('"%s" (before: the month and day joined the list, and every number was dropped)', (text, strategies) => {
    expect(strategiesOf(text)).toEqual(strategies);
  });
});

describe('strategies named by their rule, or named again in brackets', () => {
  it.each([
    ['can you test buying apple whenever the fast average crosses above the slow one? 10-day and 30-day, Jan–Mar 2024', [{ name: 'sma_crossover', params: { short: 10, long: 30 } }]],
    ['btc 2022: buy when the short EMA crosses over the long EMA, 9 and 21', [{ name: 'ema_crossover', params: { short: 9, long: 21 } }]],
    ['QQQ: buy new 20-day highs, get out on a 10-day low. 2010 onward.', [{ name: 'donchian_breakout', params: { period: 20, exit_period: 10 } }]],
    ['How did the turtle system do on SPY 2000-2010? Use 55-day entries and 20-day exits.', [{ name: 'donchian_breakout', params: { period: 55, exit_period: 20 } }]],
    ['the strategy of IFR (the RSI) of 14 periods on AAPL since 2019', [{ name: 'rsi_mean_reversion', params: { period: 14 } }]],
  ])('"%s" (before: not understood, or the numbers ignored)', (text, strategies) => {
    expect(strategiesOf(text)).toEqual(strategies);
  });

  it('two windows apart from an RSI are not its levels', () => {
    expect(strategiesOf('rsi 14 on spy 2020. 10 and 20 days.')).toEqual([{ name: 'rsi_mean_reversion', params: { period: 14 } }]);
  });
});

describe('terse and sloppy requests', () => {
  it.each([
    ['donchain breakout SOL 55/20 from jan 2023 thru jun 2024', [{ name: 'donchian_breakout', params: { period: 55, exit_period: 20 } }]],
    ['sma btc 20/50 2022', [{ name: 'sma_crossover', params: { short: 20, long: 50 } }]],
    ['bolinger bands on etherium 20d 2.5std since 2021', [{ name: 'bollinger_bands', params: { period: 20, std_dev: 2.5 } }]],
  ])('"%s" (before: the numbers after the symbol were ignored, or 20d was a bar interval)', (text, strategies) => {
    expect(strategiesOf(text)).toEqual(strategies);
  });

  it('"for my mom" is a person, not momentum', () => {
    expect(strategiesOf('i manage a small account for my mom, sma 50/150 on apple since 2015')).toEqual([{ name: 'sma_crossover', params: { short: 50, long: 150 } }]);
  });
});

describe('numbers beside a preset\'s name fill its parameters as after the strategy\'s own name', () => {
  it.each([
    ['turtle 55/20 on btc, 2024', [{ name: 'donchian_breakout', params: { period: 55, exit_period: 20 } }]],
    ['turtle 55 20 on btc 2024', [{ name: 'donchian_breakout', params: { period: 55, exit_period: 20 } }]],
    ['turtle system 40/15 eth 2023', [{ name: 'donchian_breakout', params: { period: 40, exit_period: 15 } }]],
    ['channel breakout 30/15 on sol 2022', [{ name: 'donchian_breakout', params: { period: 30, exit_period: 15 } }]],
    ['40/15 turtle on btc 2024', [{ name: 'donchian_breakout', params: { period: 40, exit_period: 15 } }]],
    // Those not written keep the preset's value.
    ['turtle 55 on btc 2024', [{ name: 'donchian_breakout', params: { period: 55, exit_period: 10 } }]],
    ['golden cross 20/100 on btc 2024', [{ name: 'sma_crossover', params: { short: 20, long: 100 } }]],
    ['death cross 30/90 btc 2024', [{ name: 'sma_crossover', params: { short: 30, long: 90 } }]],
  ])('"%s" (before: the preset, the numbers ignored)', (text, expected) => {
    expect(strategiesOf(text)).toEqual(expected);
    expect(notesOf(text)).not.toEqual(expect.arrayContaining([expect.stringContaining('ignored')]));
  });

  it('a preset without numbers, or a split of symbols after one, is unchanged', () => {
    expect(strategiesOf('turtle on btc 2024')).toEqual([{ name: 'donchian_breakout', params: { period: 20, exit_period: 10 } }]);
    expect(strategiesOf('golden cross on btc 2024')).toEqual([{ name: 'sma_crossover', params: { short: 50, long: 200 } }]);
    const outcome = parseRequest('golden cross on 60/40 btc/eth 2024', { today: '2026-11-24' });
    expect(outcome.ok && outcome.spec.strategies[0]).toEqual({ name: 'sma_crossover', params: { short: 50, long: 200 } });
    expect(outcome.ok && outcome.spec.portfolio?.weights).toEqual({ BTC: 0.6, ETH: 0.4 });
  });
});
